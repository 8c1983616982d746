// Fields of one or two characters listed before a plan's name (大气、水、土壤污染防治行动计划; 钢铁、水泥、平板玻璃等行业产能
// 置换办法): no plan has so short a name of its own, so the items are what the one plan covers, and the name opens at the first.

/**
 * Where a list of fields of one or two characters that ends right before `start` opens (大气、水、|土壤…): no name has so short
 * a name of its own, so the items are what the plan after them covers. `start` when no such list stands there whole, from a
 * cue, a word before names or a mark.
 */
const NUMERAL = /[一二三四五六七八九十]/;

export function fieldsBefore(
  text: string,
  start: number,
  boundAt: (at: number) => boolean,
  /** Words that are no field (国家, 省: governments; a heading's numeral, 二、). */
  notFields: readonly string[] = [],
): number {
  const han = (at: number) => /\p{Script=Han}/u.test(text[at] ?? '') && !NUMERAL.test(text[at]);
  const opens = (at: number) => at <= 0 || !han(at - 1) || text[at - 1] === '、' || boundAt(at);
  let at = start;
  while (text[at - 1] === '、') {
    const len = [1, 2].find((n) => han(at - 1 - n) && (n === 1 || han(at - 2)) && opens(at - 1 - n) && text[at - 1 - n] !== '、');
    if (!len) return start;
    at -= 1 + len;
    if (notFields.includes(text.slice(at, at + len))) return start;
    if (text[at - 1] !== '、') return at < start && opens(at) ? at : start;
  }
  return start;
}

/** 制定钢铁、水泥、平板玻璃等行业产能置换办法: a shared head's items, all fields of one or two characters. */
export const allFields = (items: readonly string[], notFields: readonly string[] = []): boolean =>
  items.length > 0 && items.every((i) => i.length >= 1 && i.length <= 2 && !NUMERAL.test(i) && !notFields.includes(i));
