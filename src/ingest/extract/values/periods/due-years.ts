import { Period } from '../../../../model';
import type { Lexicon } from '../../../lexicon';
import { asOfBefore, chineseNumber, insideTitle, type SegmentedDocument, type Sentence } from '../../../segment';

// When a commitment is due, in the forms of measures and plans that write no 到20XX年 (read by
// value-period): a deadline inside a year (2024年6月底前, 2025年年底前), a horizon looked out to (展望2035年,
// 本世纪中叶), the years of effort it is given (用三年左右时间, 经过5年努力), a start year (自2024年起，每年…),
// a span written before it (第一阶段（2024—2025年）：…), the next year (明年) and a five-year period named
// for it (“十五五”期间). How the writing dates a commitment, not vocabulary; built once.

const N = '[1-9一二两三四五六七八九十]';
const count = (n: string): number => chineseNumber(n) ?? Number(n);

/**
 * 2024年6月底前, 2025年年底前, 2024年9月30日前, 2024年上半年前, 展望2035年, 2035年远景目标: the year due, where the
 * horizon value-period reads (到2025年, 2025年底前) is not written.
 */
const DUE_BY = new RegExp(
  [
    `(20\\d{2})\\s*年\\s*(?:年底|年末|(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月(?:份|\\s*\\d{1,2}\\s*日)?\\s*[底末]?|([上下]半年|第?[一二三四1-4]季度)(?:末)?)\\s*(?:之|以)?前`,
    `展望\\s*(20\\d{2})\\s*年`,
    `(20\\d{2})\\s*年\\s*远景`,
    `(本世纪中叶)`,
  ].join('|'),
  'g',
);
/** 本世纪中叶: the middle of the century the documents are written in. */
const MID_CENTURY = 2050;

const DECEMBER = new Set(['12', '十二']);

/**
 * The last due year those forms write in text, and where; a deadline after 截至 is an as-of date, not one.
 * A deadline inside a year (2019年6月底前，研究建立…) is a step of work: it dates its own words, not the
 * section after it, so it is read only where `steps` is asked for.
 */
export function dueBy(text: string, steps: boolean): { year: number; at: number } | undefined {
  let found: { year: number; at: number } | undefined;
  if (!text.includes('年') && !text.includes('本世纪')) return undefined;
  for (const m of text.matchAll(DUE_BY)) {
    if (asOfBefore(text, m.index)) continue;
    const inYear = (m[2] !== undefined && !DECEMBER.has(m[2])) || m[3] !== undefined;
    if (inYear && !steps) continue;
    const year = m[6] ? MID_CENTURY : Number(m[1] ?? m[4] ?? m[5]);
    found = { year, at: m.index };
  }
  return found;
}

/**
 * 2025年底，…; 2024年6月，…; 2024年上半年，…; 于2025年年内; 截至2025年底 (in a plan written before it): a date
 * written before a commitment, with the part of the year it names.
 */
const DATED = new RegExp(
  `(20\\d{2})\\s*年\\s*(?:度|年?[底末内]|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月(?:份|\\s*\\d{1,2}\\s*日)?\\s*[底末]?|[上下]半年|第?[一二三四1-4]季度(?:末)?)?(?=\\s*[，,：:]|\\s*(?:前|以前|之前)?\\s*(?:要|将|力争|争取|实现|完成|建成|达到))`,
  'g',
);
/** A year compared with (比2020年), started from (自2024年起, 2023年以来) or cited (《…2024年工作要点》) dates no due. */
const NOT_DUE_BEFORE = /(?:[比较与从由自]|相比)\s*$/;

/** The last year a commitment's words date it by (2025年底，全市…), not yet past; undefined where none is. */
export function datedBefore(text: string, year: number | undefined): number | undefined {
  if (year === undefined || !text.includes('年')) return undefined;
  let found: number | undefined;
  for (const m of text.matchAll(DATED)) {
    const y = Number(m[1]);
    if (y < year || insideTitle(text, m.index) || NOT_DUE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    found = y;
  }
  return found;
}

/** 用三年左右时间, 利用3年时间, 经过5年努力, 通过三年的努力, 力争三年之内, 五年以内, 经过5—10年左右时间: the years from now it is given. */
const EFFORT_YEARS = new RegExp(
  `(?:(?:用|利用|经过|通过|花)\\s*(?:${N}\\s*[-–—~～至到]\\s*)?(${N}|10)\\s*(?:个)?年\\s*(?:左右)?\\s*(?:的)?\\s*(?:时间|努力)|(?<![\\d十])(${N})\\s*年\\s*左右\\s*(?:的)?\\s*时间|(?<![\\d十])(${N})\\s*年\\s*[之以]内(?!的))`,
  'g',
);

/** 自2024年起, 从2025年开始, 2024年起: the year a yearly commitment starts. */
const SINCE_YEAR = /(20\d{2})\s*年\s*(?:起|开始)(?!\s*(?:实施|施行|执行|生效))/g;

/** 2024—2026年, 2024-2025年: a span written before the figure (a phase, a stage of the plan). */
const WRITTEN_SPAN = /(20\d{2})\s*年?\s*[-–—~～至到]\s*(20\d{2})\s*年/g;
/** A span of a cited title (《…（2018-2022年）》) or a base (比2016—2020年) dates nothing of the commitment. */
const BASE_BEFORE = /[比较与]\s*$/;

/**
 * Read before all else for a target (before a yearly amount takes the plan's years): a span written
 * before it (第一阶段（2024—2025年）：培育…; 2024—2026年，每年新增…), and a start year for what is done from then
 * on (自2025年起，每年安排…: from then to the plan's end, else that year). Not where a horizon (到2025年) is
 * written after it: the horizon dates the figure.
 */
export function targetStartOrSpan(
  text: string,
  year: number | undefined,
  planSpan: Period | undefined,
  horizonAt: number,
): Period | undefined {
  if (year === undefined || !text.includes('年')) return undefined;
  let span: RegExpExecArray | undefined;
  for (const m of text.matchAll(WRITTEN_SPAN)) {
    if (insideTitle(text, m.index) || BASE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    span = m as RegExpExecArray;
  }
  let since: RegExpExecArray | undefined;
  for (const m of text.matchAll(SINCE_YEAR)) if (!insideTitle(text, m.index)) since = m as RegExpExecArray;
  const spanAt = span?.index ?? -1;
  const sinceAt = since?.index ?? -1;
  if (Math.max(spanAt, sinceAt) <= horizonAt) return undefined;
  if (span && spanAt > sinceAt) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    return to > from && to >= year ? Period.span(from, to) : undefined;
  }
  if (!since) return undefined;
  const start = Number(since[1]);
  if (start < year) return undefined;
  const end = planSpan ? Period.lastYear(planSpan) : undefined;
  return end !== undefined && end > start ? Period.span(start, end) : Period.year(start);
}

// Built once per lexicon: a five-year period named for what is done in it (“十五五”期间, “十四五”时期).
const termCache = new WeakMap<Lexicon, RegExp>();
function termPattern(lexicon: Lexicon): RegExp {
  let re = termCache.get(lexicon);
  if (!re) {
    const names = Object.keys(lexicon.plans.fiveYearPeriods).join('|');
    re = new RegExp(`(?<![比较于是与高低][“"‘]?)[“"‘]?(${names})[”"’]?(?:期间|时期)(?![的，,]?[0-9.]+倍|的)`, 'g');
    termCache.set(lexicon, re);
  }
  return re;
}

/**
 * Read after the horizons and years a target's words write: the years of effort it is given (用三年左右时间,
 * counted from the document's year, as 3年内 is), the next year (明年), and a five-year period named for it that
 * is not over (“十五五”期间).
 */
export function dueAhead(text: string, year: number | undefined, lexicon: Lexicon): Period | undefined {
  if (year === undefined) return undefined;
  let effort: RegExpExecArray | undefined;
  for (const m of text.matchAll(EFFORT_YEARS)) effort = m as RegExpExecArray;
  let term: RegExpExecArray | undefined;
  for (const m of text.matchAll(termPattern(lexicon))) term = m as RegExpExecArray;
  // 明年, not the end of 文明 (文明年度).
  const next = Math.max(
    -1,
    ...(lexicon.valueKinds.periods.nextYear ?? []).map((w) => {
      const at = text.lastIndexOf(w);
      return at > 0 && text[at - 1] === '文' ? -1 : at;
    }),
  );
  const effortAt = effort?.index ?? -1;
  const termAt = term?.index ?? -1;
  const last = Math.max(effortAt, termAt, next);
  if (last < 0) return undefined;
  if (last === effortAt && effort) {
    const n = count(effort[1] ?? effort[2] ?? effort[3]);
    return n > 1 ? Period.span(year, year + n - 1) : Period.year(year);
  }
  if (last === termAt && term) {
    const span = Period.parse(lexicon.plans.fiveYearPeriods[term[1]]);
    return span && Period.lastYear(span) >= year ? span : undefined;
  }
  return Period.year(year + 1);
}

/** The rest of its sentence names goals or ends on a colon before their list. */
const GOALS_LEAD = /^[^。；;\n：:]*(?:目标|[：:])/;
const LEAD_WITHIN = 60;
const LOOKED_BACK = /^(?:经过|通过)/;
const STRIVEN = /(?:力争|争取|再)\s*$/;

// Read once per document: the years of effort its goals are given.
const effortCache = new WeakMap<SegmentedDocument, Period | undefined>();

/**
 * Measures that write no 到20XX年 but give their goals years of effort (力争用三年时间，实现以下目标：…) run
 * from their year over those years: the span of their targets that name no year. The first such words of the
 * document that lead its goals, outside a cited title.
 */
export function effortSpan(seg: SegmentedDocument): Period | undefined {
  if (effortCache.has(seg)) return effortCache.get(seg);
  const year = seg.time.year;
  let found: Period | undefined;
  if (year !== undefined) {
    for (const m of seg.folded.matchAll(EFFORT_YEARS)) {
      if (insideTitle(seg.folded, m.index)) continue;
      // 经过五年努力，我国经济实力…又上了一个大台阶: years gone by, unless striven for (力争经过三年努力).
      if (LOOKED_BACK.test(m[0]) && !STRIVEN.test(seg.folded.slice(Math.max(0, m.index - 4), m.index))) continue;
      // A lead over goals (力争用三年时间，实现以下目标：); 利用3年时间，打造10个…基地 dates its own words only.
      if (!GOALS_LEAD.test(seg.folded.slice(m.index + m[0].length, m.index + m[0].length + LEAD_WITHIN))) continue;
      const n = count(m[1] ?? m[2] ?? m[3]);
      if (n > 1) found = Period.span(year, year + n - 1);
      break;
    }
  }
  effortCache.set(seg, found);
  return found;
}

/** 第一阶段（2024—2025年）, 近期（2024—2026年）: a span a heading writes. */
const HEADING_SPAN = new RegExp(WRITTEN_SPAN.source);

/**
 * The span a heading over a commitment writes (（一）第一阶段（2024—2025年）。 then its goals), the nearest one up
 * from its section; not a cited title's (落实《…规划（2021—2025年）》), nor a span over before the document's year.
 */
export function headingSpan(seg: SegmentedDocument, sentence: Sentence): Period | undefined {
  const year = seg.time.year;
  if (year === undefined) return undefined;
  for (let i = sentence.section; i >= 0; i = seg.sections[i].parent) {
    const heading = seg.sections[i].headingText;
    const m = heading.includes('年') ? HEADING_SPAN.exec(heading) : null;
    if (!m || insideTitle(heading, m.index)) continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    return to > from && to >= year ? Period.span(from, to) : undefined;
  }
  return undefined;
}
