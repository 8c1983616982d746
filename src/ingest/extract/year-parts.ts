import { Period } from '../../model';
import { chineseNumber } from '../segment/text';

// The part of a year a result is counted over, written without its year (一季度, 前三季度, 1—5月,
// 今年1至5月, 前10个月): the months summed from January, as of the last of them; a quarter alone is
// that quarter. The year is the one the value's other words give (the document's, or the year its section
// reviews). How a writing system counts months and quarters, not vocabulary.

/** 一季度, 第一季度, 1季度, 四季度: one quarter (not 前三季度, which sums them). */
const QUARTER = /(?<!前\s*)第?\s*([一二三四1-4])\s*季度/g;
/** 前三季度, 前两个季度: the quarters from January. */
const FIRST_QUARTERS = /前\s*([两二三])\s*个?\s*季度/g;
/** 1—5月, 1至5月份, 今年1-10月: the months from one to another, not 2022年1—7月 (a written year reads them) nor 5月以来. */
const MONTH_RANGE = /(?<!\d\s*年\s*)(?<![\d.])(\d{1,2})\s*[-–—~～至到]\s*(\d{1,2})\s*月(?!\s*(?:以来|起|开始|\d))/g;
/** 前10个月, 前五个月: the months from January. */
const FIRST_MONTHS = /前\s*([1-9]|1[01]|[二两三四五六七八九十]|十一)\s*个月/g;

/** The last part of a year written in text, in the year given, and where it is written; undefined where none is. */
export function yearPart(text: string, year: number): { at: number; period: Period } | undefined {
  let found: { at: number; period: Period } | undefined;
  const keep = (at: number, period: Period | undefined) => {
    if (period && (!found || at >= found.at)) found = { at, period };
  };
  if (!text.includes('季度') && !text.includes('月')) return undefined;
  for (const m of text.matchAll(QUARTER)) {
    const q = chineseNumber(m[1]);
    if (q !== undefined && q >= 1 && q <= 4) keep(m.index, { kind: 'quarter', year, quarter: q as 1 | 2 | 3 | 4 });
  }
  for (const m of text.matchAll(FIRST_QUARTERS)) keep(m.index, m[1] === '三' ? Period.month(year, 9) : Period.half(year, 1));
  for (const m of text.matchAll(MONTH_RANGE)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from >= 1 && to > from && to <= 12) keep(m.index, Period.month(year, to));
  }
  for (const m of text.matchAll(FIRST_MONTHS)) {
    const n = chineseNumber(m[1]);
    if (n !== undefined && n >= 1 && n <= 11) keep(m.index, Period.month(year, n));
  }
  return found;
}
