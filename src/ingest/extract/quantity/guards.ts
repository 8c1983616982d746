import { endsWithScale } from './scale';
import type { NumberToken } from './token';
import type { Vocabulary } from './vocabulary';

// Numbers that are not quantities even with a unit after them: ordinals (第6位), formulas and
// names (1+N, “10+1”), model names (F5G, PM2.5), and numbers inside titles or quoted names
// (《…2023…》, “1ms时延圈”, 【2025】).

const LATIN = /[A-Za-z]/;
const REACH = 40; // how far a quote or title may stretch around a number
const NEWLINE = 10;

export function isOrdinalOrCode(s: string, t: NumberToken, v: Vocabulary): boolean {
  const before = (s[t.start - 1] === ' ' ? s[t.start - 2] : s[t.start - 1]) ?? '';
  const after = s[t.digitsEnd] ?? '';
  return (
    v.ordinalMarks.includes(before) ||
    LATIN.test(s[t.digitsStart - 1] ?? '') ||
    v.formulaMarks.includes(before) ||
    v.formulaMarks.includes(after)
  );
}

/** The pair's closing index when [start, end) sits between its open and close marks, else -1. */
function closeOf(s: string, start: number, end: number, openMark: string, closeMark: string): number {
  const open = openMark.charCodeAt(0);
  const close = closeMark.charCodeAt(0);
  const stop = Math.max(0, start - REACH);
  let i = start - 1;
  for (; i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (c === open) break;
    if (c === close || c === NEWLINE) return -1;
  }
  if (i < stop) return -1;
  const last = Math.min(s.length, end + REACH);
  for (let j = end; j < last; j++) {
    const c = s.charCodeAt(j);
    if (c === close) return j;
    if (c === open || c === NEWLINE) return -1;
  }
  return -1;
}

/**
 * Inside a title or bracket (《》, 【】) a number is part of a name. Inside quotes it is a name
 * too (“1ms时延圈”, “双12”), unless the quote holds nothing but the quantity itself.
 */
export function isInsideName(s: string, start: number, end: number, v: Vocabulary): boolean {
  for (const [o, c] of v.nameBrackets) if (closeOf(s, start, end, o, c) >= 0) return true;
  for (const [o, c] of v.quotes) {
    const close = closeOf(s, start, end, o, c);
    if (close >= 0 && (close !== end || s[start - 1] !== o)) return true;
  }
  return false;
}

/**
 * A multiplier followed by 级 is an adjective (千亿级); a lone multiplied number needs a noun after.
 * Not when the 级 ends its clause (规模达到N亿级，): that is the scale reached.
 */
export const isAdjective = (s: string, at: number, v: Vocabulary): boolean =>
  !endsWithScale(s, at, v) && v.adjectiveSuffixes.some((w) => s.startsWith(w, at));
