import type { DocumentKind } from '../../model';
import type { Lexicon } from '../lexicon';
import { readCity } from './document-city';
import { containsAny } from './text';
import type { DocumentMeta, Line, Span } from './types';

// What a document is: its title, kind (文档类型), publication date and the period it covers,
// read from the lines above the body, the headings and dates in the text.

const YEAR = /(?<![\d.])(20\d{2})(?![\d.%])/g;
const HORIZON_BEFORE = /(?<!截)[到至]\s*$/;

/** 2035年远景目标: a year looked out to, as a cited title names it (《…第十四个五年规划和2035年远景目标纲要》). */
const OUTLOOK_AFTER = /^\d{4}\s*年\s*远景/;

/**
 * Whether a year written at `at` is one the text speaks of as past or present, not one a horizon (到2025年) or an outlook
 * (2035年远景目标) looks to. A cited plan's own year (《数字济南建设2025年工作要点》) is the year it is about.
 */
const speaksOf = (folded: string, at: number): boolean =>
  !HORIZON_BEFORE.test(folded.slice(Math.max(0, at - 2), at)) && !OUTLOOK_AFTER.test(folded.slice(at, at + 10));
const DATELINE = /(\d{1,2})月(\d{1,2})日(?:讯|电)/;
const pad = (n: string) => n.padStart(2, '0');

export const isMetadataLine = (text: string, lexicon: Lexicon): boolean =>
  containsAny(text, lexicon.documentKinds.metadataLabels) || (/[:：]\s*\S*$/.test(text) && text.length < 30);

/**
 * A first line that is a title and its subtitle (…解读政府工作报告要点之一:2022年工作回顾; 2024年政府工作报告：今年经济增长
 * 预期目标5%左右): a colon its only mark, a title's length before it (a label, 来源：, is shorter) and words after it.
 */
export const SUBTITLED = /^[^。,;!?，；！？、:：]{8,40}[:：][^。,;!?，；！？、:：]{2,24}$/;

export const isBoilerplate = (text: string, lexicon: Lexicon): boolean => containsAny(text, lexicon.documentKinds.boilerplate);

/** ——2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上: when and where it was delivered. */
const DELIVERED_LINE = /^\s*[—－]{1,2}\s*(?:20\d{2}|[〇○零一二]{4})\s*年/;
const ABOUT = '关于';

/** Marks that end a title or a clause: a line ending in one is not cut mid-sentence. */
const LINE_CLOSE = /[,，。;；:：、.!?！？)）》”]\s*$/;
/** The line right under another, with no blank line between. */
const NEXT_LINE = /^\n([^\n]*)/;
const CLAUSE_MARK = /[,，。;；]/;

/** How much shorter than the line under it a wrapped line may be: a paragraph's indent and a little of the layout's slack. */
const WRAP_SLACK = 4;

/**
 * A line a layout wrapped mid-sentence (持续推进数字技术适老化是践行积极应对人口老龄化⏎战略的重要举措，…): it ends in no
 * mark, and the line right under it, with no blank line between, is about as wide and goes on with the sentence's clauses.
 * A title line is shorter than the prose under it (国家职业教育改革实施方案⏎各级政府要…), or stands over its own wrapped
 * tail, which carries no clause mark.
 */
function wrappedProse(folded: string, line: Line): boolean {
  const text = folded.slice(line.start, line.end).trim();
  if (LINE_CLOSE.test(text)) return false;
  const next = (NEXT_LINE.exec(folded.slice(line.end, line.end + 400))?.[1] ?? '').trim();
  return CLAUSE_MARK.test(next) && Math.abs(next.length - text.length) <= WRAP_SLACK;
}

/** （2023年6月5日 市生态环境局）, （2021年3月）: the date a text was issued, under its title, never the title. */
const DATE_IN_BRACKETS = /^\s*[（(]\s*(?:20\d{2}|[〇○零一二]{4})\s*年[^（()）]*[）)]\s*$/;

/** Lines above the body that could be the title, best first. */
function pickTitle(folded: string, lead: Line[], lexicon: Lexicon): Line | undefined {
  const kindWords = Object.values(lexicon.documentKinds.title).flat();
  let best: Line | undefined;
  let bestScore = -1;
  for (const line of lead) {
    const text = folded.slice(line.start, line.end);
    // A headline with its subtitle reads like a field (label：value) but is the title.
    const subtitled = line === lead[0] && SUBTITLED.test(text.trim());
    if ((isMetadataLine(text, lexicon) && !subtitled) || isBoilerplate(text, lexicon) || text.length < 6 || DATE_IN_BRACKETS.test(text))
      continue;
    if (wrappedProse(folded, line)) continue;
    let score = text.length / 100;
    // A line naming what it reports on (国务院关于…情况的报告) over the dateline under it (——2022年10月28日在…会议上).
    if (text.includes(ABOUT) && !DELIVERED_LINE.test(text)) score += 1;
    if (line.marker === 'markdown' && line.rank === 0) score += 3;
    if (text.includes('《')) score += 2;
    if (containsAny(text, kindWords)) score += 2;
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return best;
}

/** The value of a labelled title field (标 题：…, on its line or the next), when the metadata block has one. */
function labelledTitle(folded: string, lexicon: Lexicon): Span | undefined {
  for (const label of lexicon.documentKinds.titleLabels) {
    const spaced = [...label].join('[ \\t\\u3000]{0,4}');
    const m = new RegExp(`(?:^|\\n)[ \\t\\u3000]{0,4}${spaced}[ \\t\\u3000]{0,4}[:：]\\s{0,8}([^\\n]{4,200})`).exec(folded.slice(0, 4000));
    if (m) {
      const start = m.index + m[0].length - m[1].length;
      return { start, end: start + m[1].trimEnd().length };
    }
  }
  return undefined;
}

function detectKind(folded: string, title: string, headings: string[], lexicon: Lexicon): DocumentKind {
  const k = lexicon.documentKinds;
  const isNews = containsAny(folded, k.bylines) || DATELINE.test(folded);
  for (const kind of k.titleOrder) {
    if (kind === 'news' && isNews) return 'news';
    if (containsAny(title, k.title[kind] ?? [])) return kind as DocumentKind;
  }
  for (const [kind, words] of Object.entries(k.headings)) {
    if (headings.some((h) => containsAny(h, words))) return kind as DocumentKind;
  }
  return 'other';
}

function labelledDate(folded: string, lexicon: Lexicon): string | undefined {
  for (const label of lexicon.plans.dateLabels) {
    const re = new RegExp(`${label}\\s*[:：]?\\s*(20\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})`);
    const m = re.exec(folded);
    if (m) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  }
  return undefined;
}

/**
 * A line near the top that is a date alone, in figures, perhaps with the time of release (2024-10-18 10:00, as a
 * statistics office's release is dated under its title, with no label before it).
 */
const HEAD_DATE = /^[ \t\u3000]*(20\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*$/m;
const HEAD = 400;

function headDate(folded: string): string | undefined {
  const m = HEAD_DATE.exec(folded.slice(0, HEAD));
  if (!m) return undefined;
  const [month, day] = [Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : undefined;
}

/**
 * `delivered`: the title and date a manifest gives with the file (read/manifest.ts), used only
 * where the text names none of its own.
 */
export function readMeta(
  folded: string,
  lead: Line[],
  body: Span,
  headings: string[],
  lexicon: Lexicon,
  delivered: { title?: string; date?: string } = {},
): DocumentMeta {
  const titleLine = pickTitle(folded, lead, lexicon);
  const titleSpan =
    labelledTitle(folded, lexicon) ?? (titleLine && (titleLine.heading ?? { start: titleLine.bodyStart, end: titleLine.end }));
  const title = titleSpan ? folded.slice(titleSpan.start, titleSpan.end) : (delivered.title ?? '');
  const kind = detectKind(folded, title, headings, lexicon);
  const years = [...folded.matchAll(YEAR)].filter((m) => speaksOf(folded, m.index)).map((m) => Number(m[1]));
  // …第十四个五年规划和2035年远景目标纲要: a year the title looks out to is not the year it is about.
  const titleYear = /(20\d{2})(?!\s*年\s*远景)年?(上半年|下半年)?/.exec(title);
  let date = labelledDate(folded, lexicon) ?? headDate(folded);
  let year = titleYear ? Number(titleYear[1]) : undefined;
  if (kind === 'news') {
    // A news item is dated by its dateline; its year is the latest the text speaks of.
    year ??= years.length ? Math.max(...years) : undefined;
    const dl = DATELINE.exec(folded);
    if (!date && dl && year) date = `${year}-${pad(dl[1])}-${pad(dl[2])}`;
  }
  if (year === undefined && (date ?? delivered.date)) year = Number((date ?? delivered.date)!.slice(0, 4));
  if (year === undefined) {
    const first = [...folded.slice(body.start, body.end).matchAll(/(20\d{2})年/g)].find((m) => speaksOf(folded, body.start + m.index));
    if (first) year = Number(first[1]);
  }
  let period = year !== undefined ? String(year) : undefined;
  const half = titleYear?.[2] ? (containsAny(titleYear[2], lexicon.sections.firstHalf) ? 'H1' : 'H2') : titleHalf(title, lexicon);
  if (period && half) period += half;
  return { kind, title, titleSpan, date, year, period, city: readCity(folded, title, lexicon) };
}

/** The half of the year a title names (…上半年工作总结, 下半年重点工作), if any. */
export function titleHalf(title: string, lexicon: Lexicon): 'H1' | 'H2' | undefined {
  if (containsAny(title, lexicon.sections.firstHalf)) return 'H1';
  if (containsAny(title, lexicon.sections.nextHalf)) return 'H2';
  return undefined;
}
