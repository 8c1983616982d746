import { Period } from '../../model';
import type { Lexicon } from '../lexicon';
import { inForceYear, spanStart } from './in-force';
import { asOfBefore, chineseNumber, insideTitle, numeralYear } from './text';
import type { DocumentTime, Line } from './types';

export type { DocumentTime };

// When a document speaks from, and the years it covers. Relative words (去年, 今年以来,
// 过去五年) are resolved against its date; a plan's targets default to its span. Read from the
// text: the dateline under the title (——2023年3月5日在…会议上), a labelled date, the date it is
// signed with at the end, else a date delivered with the file (a manifest), and the year in its
// title; the span from its title ((2020—2022年), 2024-2026, “十四五”, 三年行动), else from a title delivered with
// the file (a manifest's, in any language: …Action Plan (2025 - 2027)), else from how long it is valid
// (有效期至2025年12月31日, 有效期3年).

const FULL_DATE = /(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const SPAN = /(20\d{2})\s*(?:年)?\s*[-–—~～至到]\s*(20\d{2})\s*年?/;
const TAIL = 1200;
const VALID_UNTIL_BEFORE = /(有效期|截止|截至|至|到)\s*$/;

/** 自2024年1月1日起施行: the day a rule takes effect, not the day it was written. */
const IN_FORCE_AFTER = /^\s*(?:起|开始)?\s*(?:施行|实施|执行|生效)/;
/**
 * A line that is a date alone (2023年3月, 二〇二三年三月 under the signature, （2021年3月） under the title): the day it
 * was signed, to the month.
 */
const SIGNED_MONTH = /^[ \t\u3000]*[（(]?(20\d{2})\s*年\s*(\d{1,2})\s*月[）)]?[ \t\u3000]*$/gm;

function lastDate(text: string): { year: number; month: number } | undefined {
  let found: { year: number; month: number; at: number } | undefined;
  for (const m of text.matchAll(FULL_DATE)) {
    if (VALID_UNTIL_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (IN_FORCE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    found = { year: Number(m[1]), month: Number(m[2]), at: m.index };
  }
  for (const m of text.matchAll(SIGNED_MONTH)) {
    if (!found || m.index > found.at) found = { year: Number(m[1]), month: Number(m[2]), at: m.index };
  }
  return found && { year: found.year, month: found.month };
}

function firstDate(text: string): { year: number; month: number } | undefined {
  for (const m of text.matchAll(FULL_DATE)) {
    if (!IN_FORCE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))
      return { year: Number(m[1]), month: Number(m[2]) };
  }
  return undefined;
}

/** A date written in numerals (二〇一八年十二月七日, 二〇二三年三月; its year perhaps already digits), as digits; other text as it is. */
const NUMERAL_DATE =
  /([〇○零一二三四五六七八九]{4}|20\d{2})\s*年\s*([一二三四五六七八九十]{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?/g;

function digitDates(text: string): string {
  if (!text.includes('年')) return text;
  return text.replace(NUMERAL_DATE, (whole, y: string, mo: string, d: string | undefined) => {
    const year = numeralYear(y) ?? y;
    const month = chineseNumber(mo);
    const day = d === undefined ? undefined : chineseNumber(d);
    if (month === undefined || month < 1 || month > 12 || (d !== undefined && (day === undefined || day < 1 || day > 31))) return whole;
    return `${year}年${month}月${day === undefined ? '' : `${day}日`}`;
  });
}

/** （2021—2023年）: a span of years a title names. */
const TITLE_SPAN = /(20\d{2})\s*年?\s*[-‐‑‒–—―－~～至]+\s*(20\d{2})/;
/** 有效期至2025年12月31日: a policy's years run from its date to then. */
const VALID_UNTIL = /有效期(?:至|到|截至)(20\d{2})\s*年/;
/** 自发布之日起施行，有效期3年: a policy's years counted from its date. */
const VALID_FOR = /有效期(?:为)?\s*([1-5一二两三四五])\s*年/;
const YEARS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

export function readDocumentTime(
  folded: string,
  lead: Line[],
  title: string,
  labelled: string | undefined,
  lexicon: Lexicon,
  fallbackYear?: number,
  delivered?: string,
  deliveredSpan?: Period,
): DocumentTime {
  const leadText = lead.map((l) => folded.slice(l.start, l.end)).join('\n');
  const own =
    firstDate(digitDates(leadText)) ??
    (labelled ? { year: Number(labelled.slice(0, 4)), month: Number(labelled.slice(5, 7)) || undefined } : undefined) ??
    lastDate(digitDates(folded.slice(Math.max(0, folded.length - TAIL)))) ??
    lastDate(digitDates(leadText));
  const dated = own ?? (delivered ? { year: Number(delivered.slice(0, 4)), month: Number(delivered.slice(5, 7)) || undefined } : undefined);
  // …和2035年远景目标纲要: a year the title looks out to is not the year it is about.
  const titleYear = /(20\d{2})(?!\s*年\s*远景)/.exec(title);
  // A title's year names what the document is about (关于《…2024年行动方案》实施情况的报告,
  // published in 2025): it wins over the date it was published.
  // 关于《…三年行动计划（2021—2023年）》实施情况的报告, dated 2022: a span's first year is no year the text is
  // about; a date inside the span after it says when it speaks.
  const opening = titleYear ? TITLE_SPAN.exec(title) : null;
  const inSpan =
    opening && Number(opening[1]) === Number(titleYear![1]) && own && own.year > Number(opening[1]) && own.year <= Number(opening[2]);
  const known = inSpan ? own.year : titleYear ? Number(titleYear[1]) : dated?.year;
  const valid = VALID_UNTIL.exec(folded);
  const validFor = VALID_FOR.exec(folded);
  const years = validFor ? (YEARS[validFor[1]] ?? Number(validFor[1])) : 0;
  // An undated measure 自2024年7月1日起施行，有效期3年: its years count from when it takes effect.
  const from =
    known !== undefined && (valid || years > 1)
      ? spanStart(folded, known)
      : (known ?? (valid || years > 1 ? inForceYear(folded) : undefined));
  const span =
    spanOf(`${title}\n${leadText}`, known, lexicon) ??
    deliveredSpan ??
    (valid && from !== undefined && Number(valid[1]) > from ? Period.span(from, Number(valid[1])) : undefined) ??
    (years > 1 && from !== undefined ? Period.span(from, from + years - 1) : undefined);
  // An undated plan for a span is written as the span opens.
  const year = known ?? (span ? Period.firstYear(span) : fallbackYear);
  return {
    year,
    month: dated && dated.year === year ? dated.month : undefined,
    ...(dated ? { spokenIn: dated.year } : {}),
    ...(!own && dated ? { delivered: true } : {}),
    span,
    horizon: firstHorizon(folded, year) ?? deadlineHorizon(folded, year) ?? fiveYearGoals(folded, year, lexicon),
    ...termOf(`${title}\n${leadText}`, dated?.year),
  };
}

/** ——2017年3月5日在第十二届全国人民代表大会第五次会议上: the n-th yearly session of a congress's term. */
const SESSION = /第[一二三四五六七八九十]+届[^，。\n]{0,24}?第([一二三四五六七八九十]+)次会议/;

/** The year the term of the congress a report is delivered to began: one session a year, the first in its first year. */
function termOf(leadText: string, spoken: number | undefined): { termStart?: number } {
  const m = SESSION.exec(leadText);
  if (!m || spoken === undefined) return {};
  const n = chineseNumber(m[1]);
  return n !== undefined && n >= 1 && n <= 6 ? { termStart: spoken - n + 1 } : {};
}

/** The years a plan covers, from its title. */
function spanOf(title: string, year: number | undefined, lexicon: Lexicon): Period | undefined {
  const m = SPAN.exec(title);
  if (m && Number(m[2]) > Number(m[1])) return Period.span(Number(m[1]), Number(m[2]));
  for (const [name, years] of Object.entries(lexicon.plans.fiveYearPeriods)) {
    if (title.includes(name)) return Period.parse(years);
  }
  // 国民经济和社会发展第十四个五年规划: the period written out, “十四五” (its ordinal and 五).
  const ordinal = FIVE_YEAR_ORDINAL.exec(title);
  const written = ordinal ? lexicon.plans.fiveYearPeriods[`${ordinal[1]}五`] : undefined;
  if (written) return Period.parse(written);
  const length = /([二三四五])年(?:行动|计划|规划)/.exec(title);
  if (length && year !== undefined) return Period.span(year, year + '一二三四五'.indexOf(length[1]));
  // 数字山东2019行动方案, 2024年工作要点: a plan for one year; a later 到2022年 it writes serves a longer plan.
  const annual = ANNUAL_PLAN.exec(title);
  return annual ? Period.year(Number(annual[1])) : undefined;
}

const FIVE_YEAR_ORDINAL = /第(十[一二三四五六七八九])个五年/;

/** A plan titled by one year (数字山东2019行动方案, 2024年度工作计划). */
const ANNUAL_PLAN = /(20\d{2})\s*年?度?\s*(?:行动方案|行动计划|工作要点|工作计划|工作方案|实施方案)/;

const HORIZON = /(?:到|至)\s*(20\d{2})\s*年/g;

function firstHorizon(folded: string, year: number | undefined): number | undefined {
  for (const m of folded.matchAll(HORIZON)) {
    if (asOfBefore(folded, m.index) || insideTitle(folded, m.index)) continue; // 截至2022年: as of, not a horizon
    const y = Number(m[1]);
    if (year === undefined || y >= year) return lastStage(folded, m.index + m[0].length, y);
  }
  return scheduleEnd(folded, year);
}

// 2020年，制定…；2021年，启动…；2022年，建成…: a yearly schedule, each year heading a ；-item after the one before.
const SCHEDULE_STEP = /[；;]\s*(20\d{2})\s*年\s*[，,]/g;

/** With no 到20XX年 written, a plan laid out as a yearly schedule runs to its last year still ahead. */
function scheduleEnd(folded: string, year: number | undefined): number | undefined {
  if (year === undefined) return undefined;
  let last: number | undefined;
  for (const m of folded.matchAll(SCHEDULE_STEP)) {
    const y = Number(m[1]);
    if (y > year && (last === undefined || y > last)) last = y;
  }
  return last;
}

// 2019年12月底前，试点地区完成…: a deadline written to the end of a month or year (2019年底前), not inside a
// cited title; a bare 2030年前 (碳排放2030年前达峰) is a national horizon the plan serves, not its own.
const DEADLINE = /(20\d{2})\s*年\s*(?:(\d{1,2})\s*月)?\s*[底末]\s*前/g;

/**
 * With no 到20XX年 and no schedule written, the deadlines still ahead that the text sets end the plan: the last
 * year-end one, as goals in stages do (2023年底前，实现…；2025年底前，实现…: the measures run to 2025); a deadline
 * inside a year (2020年4月底前 for an acceptance after the pilot) is a step of work, and ends the plan only where no
 * year-end one is written.
 */
function deadlineHorizon(folded: string, year: number | undefined): number | undefined {
  if (year === undefined) return undefined;
  let first: number | undefined;
  let lastYearEnd: number | undefined;
  for (const m of folded.matchAll(DEADLINE)) {
    if (insideTitle(folded, m.index)) continue;
    const y = Number(m[1]);
    if (y < year) continue;
    first ??= y;
    if ((m[2] === undefined || Number(m[2]) === 12) && (lastYearEnd === undefined || y > lastYearEnd)) lastYearEnd = y;
  }
  return lastYearEnd ?? first;
}

/**
 * With no year written for its goals, goals a document sets by a five-year plan (根据《…“十二五”发展规划》要求，
 * 确定本工程的建设目标如下) are due by that period's end, when it is still ahead.
 */
function fiveYearGoals(folded: string, year: number | undefined, lexicon: Lexicon): number | undefined {
  if (year === undefined) return undefined;
  for (const [name, years] of Object.entries(lexicon.plans.fiveYearPeriods)) {
    const span = Period.parse(years);
    if (!span || Period.lastYear(span) < year) continue;
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const start = Math.max(folded.lastIndexOf('。', at), folded.lastIndexOf('\n', at)) + 1;
      const ends = [folded.indexOf('。', at), folded.indexOf('\n', at)].filter((i) => i >= 0);
      const sentence = folded.slice(start, ends.length ? Math.min(...ends) : folded.length);
      if (sentence.slice(sentence.indexOf(name)).includes(GOALS)) return Period.lastYear(span);
    }
  }
  return undefined;
}
const GOALS = '目标';

// 争取到2022年，… ⏎ 到2025年，…: goals written in stages, each opening its own paragraph, run to the last stage.
const STAGE = /\n[ \u3000]*(?:争取|力争)?(?:到|至)\s*(20\d{2})\s*年/g;
const STAGES_WITHIN = 800;

function lastStage(folded: string, from: number, first: number): number {
  let last = first;
  for (const m of folded.slice(from, from + STAGES_WITHIN).matchAll(STAGE)) if (Number(m[1]) > last) last = Number(m[1]);
  return last;
}
