import { Period } from '../../../../model';
import { chineseNumber } from '../../../segment/text';

// The part of a year a result is counted over, written without its year (一季度, 前三季度, 1—5月,
// 今年1至5月, 前10个月): the months summed from January, as of the last of them (to December: the year);
// a quarter alone is that quarter; a month's end (6月末) or a month heading a clause (8月，) is that month
// (December's end is the year's).
// The year is the one the value's other words give (the document's, or the year its section reviews). How a
// writing system counts months and quarters, not vocabulary.

/** 一季度, 第一季度, 1季度, 四季度: one quarter (not 前三季度 nor 一至三季度, which sum them). */
const QUARTER = /(?<!前\s*|[-–—~～至到]\s*)第?\s*([一二三四1-4])\s*季度/g;
/** 前三季度, 前两个季度, 一至三季度, 1—2季度, 首三季 (as Hong Kong and Macao write it): the quarters from January. */
const FIRST_QUARTERS = /(?:[前首]\s*|[一1]\s*[-–—~～至到]\s*)([两二三2-3])\s*个?\s*季度?/g;
/**
 * 1—5月, 1至5月份, 今年1-10月: the months from January, not 2022年1—7月 (a written year reads them), nor 5月以来,
 * nor a season inside the year (每年6—9月).
 */
const MONTH_RANGE = /(?<!\d\s*年\s*)(?<![\d.])1\s*[-–—~～至到]\s*(\d{1,2})\s*月(?!\s*(?:以来|起|开始|\d))/g;
/** 去年一季度: the year before's part; 比去年同期, 较上年一季度: a base compared with, which dates nothing. */
const LAST_YEAR_BEFORE = /(?:去年|上年)\s*(?:同期)?\s*$/;
const BASE_BEFORE = /[比较与]\s*(?:去年|上年)?\s*(?:同期)?\s*$/;
/** 前10个月, 前五个月, 首十个月: the months from January. */
const FIRST_MONTHS = /[前首]\s*([1-9]|1[01]|[二两三四五六七八九十]|十一)\s*个月/g;
/**
 * 6月末, 9月底, 8月份，: as of a month's end, or over a month heading its clause; not 2022年6月底 (a written year
 * reads it), nor a deadline (6月底前), nor a date each year (每年6月底), nor the end of a range (1—6月, read above).
 */
const MONTH_END = /(?<!\d\s*年\s*|每年\s*|[\d.\-–—~～至到]\s*)(\d{1,2})\s*月(?:份)?\s*(?:[末底](?!\s*前)|(?=[，,]))/g;

/** The months to December, or December's end: the whole year. */
export const monthsTo = (year: number, month: number): Period => (month === 12 ? Period.year(year) : Period.month(year, month));

/**
 * The last part of a year written in text, in the year given (去年一季度: in the year before now), and where it is
 * written; undefined where none is.
 */
export function yearPart(text: string, year: number, now = year): { at: number; period: Period } | undefined {
  let found: { at: number; period: Period } | undefined;
  if (!text.includes('季') && !text.includes('月')) return undefined;
  const keep = (at: number, part: (y: number) => Period) => {
    const before = text.slice(Math.max(0, at - 6), at);
    if (BASE_BEFORE.test(before) || (found && at < found.at)) return;
    found = { at, period: part(LAST_YEAR_BEFORE.test(before) ? now - 1 : year) };
  };
  for (const m of text.matchAll(QUARTER)) {
    const q = chineseNumber(m[1]);
    if (q !== undefined && q >= 1 && q <= 4) keep(m.index, (y) => Period.quarter(y, q as 1 | 2 | 3 | 4));
  }
  for (const m of text.matchAll(FIRST_QUARTERS))
    keep(m.index, (y) => (m[1] === '三' || m[1] === '3' ? Period.month(y, 9) : Period.half(y, 1)));
  for (const m of text.matchAll(MONTH_RANGE)) {
    const to = Number(m[1]);
    if (to > 1 && to <= 12) keep(m.index, (y) => monthsTo(y, to));
  }
  for (const m of text.matchAll(MONTH_END)) {
    const to = Number(m[1]);
    // December's end is the year's end (年末); December heading a clause (12月份，失业率为5.1%) is that month alone.
    const end = /[末底]$/.test(m[0]);
    if (to >= 1 && to <= 12) keep(m.index, (y) => (end ? monthsTo(y, to) : Period.month(y, to)));
  }
  for (const m of text.matchAll(FIRST_MONTHS)) {
    const n = chineseNumber(m[1]);
    if (n !== undefined && n >= 1 && n <= 11) keep(m.index, (y) => Period.month(y, n));
  }
  return found;
}

/** A title's year and the part of it after (2023年1—10月份全国固定资产投资…, 2023年前三季度…经济运行情况). */
const TITLE_YEAR = /(20\d{2})\s*年/;

/**
 * The part of a year a title names (2023年1—10月份…: 2023-10; …前三季度…: 2023-09), its results' period where they write
 * none of their own; undefined for a title naming a year alone. A title that writes no year (前三季度国民经济运行…, a
 * release dated under it) names a part of the year it was released in, or of the year before when that part had not
 * ended by then (四季度… released in January).
 */
export function titledPart(title: string, released?: { year: number; month?: number }): Period | undefined {
  if (!title.includes('月') && !title.includes('季度')) return undefined;
  const year = TITLE_YEAR.exec(title);
  if (year) {
    const rest = title.slice(year.index + year[0].length);
    const part = yearPart(rest, Number(year[1]));
    return part && part.at <= 1 ? part.period : undefined;
  }
  if (!released || TITLE_ANY_YEAR.test(title)) return undefined;
  const part = yearPart(title, released.year);
  if (!part || part.at > 0) return undefined;
  if (released.month === undefined) return part.period;
  // The months it covers run past the month of release: the part is the year before's.
  const ends = Period.months(part.period).end - released.year * 12;
  return ends > released.month ? yearPart(title, released.year - 1)?.period : part.period;
}

/** A year written anywhere in a title, in figures or numerals (二〇二四年). */
const TITLE_ANY_YEAR = /(?:20\d{2}|[〇○零一二三四五六七八九]{4})\s*年/;
