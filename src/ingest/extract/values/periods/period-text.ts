import type { Period } from '../../../../model';
import { chineseNumber } from '../../../segment';

// What every period rule returns, and the small readings they share: the last match of a pattern, a count of years
// written in digits or numerals, count words that are not the end of a year.

/** When a value holds or is due, and why (a reason code). */
export interface PeriodJudgement {
  period?: Period;
  reason: string;
}

/** The last match of a global pattern in text. */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  for (const m of text.matchAll(re)) found = m as RegExpExecArray;
  return found;
}

/** 三, 3: a count of years written either way. */
export const yearsIn = (n: string): number => chineseNumber(n) ?? Number(n);

/** Count words found in text, except as the end of a year (5年 in 2015年). */
export function hasCount(text: string, words: readonly string[]): boolean {
  return words.some((w) => {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) if (!/\d/.test(text[i - 1] ?? '')) return true;
    return false;
  });
}
