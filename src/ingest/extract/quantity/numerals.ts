import { foldForMatching } from '../../normalise';
import { quantityVocabulary, type Vocabulary } from './vocabulary';

// Reading the number itself: Arabic digits with 万/亿-style multipliers, or Chinese numerals.

/** Arabic digits at the start of a string: 1,000 · 4.27 · 2240. */
export const ARABIC = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/;

/** `digits` × 10^power, exactly: the decimal point moves in the string, so 4.27万 is 42700, not 42699.99…. */
export function scaleDecimal(digits: string, power: number): number {
  if (power === 0) return Number(digits.replace(/,/g, ''));
  const [int, frac = ''] = digits.replace(/,/g, '').split('.');
  const moved = frac.length <= power ? int + frac + '0'.repeat(power - frac.length) : `${int}${frac.slice(0, power)}.${frac.slice(power)}`;
  return Number(moved);
}

/**
 * A run of multipliers after a number (千万, 万亿) as a power of ten; null when malformed (万万, 亿万).
 * `unitAt` says where a measure word begins: one that starts with a multiplier's character ends
 * the run (10亿千瓦 is 10亿 of 千瓦, not a malformed 亿千).
 */
export function readMultipliers(
  s: string,
  at: number,
  v: Vocabulary,
  unitAt?: (at: number) => boolean,
): { power: number; end: number } | null {
  let power = 0;
  let last = 0;
  let i = at;
  for (; i < s.length; i++) {
    const m = v.multipliers.get(s[i]);
    if (m === undefined) break;
    if (i > at && unitAt?.(i)) break;
    if (m <= last) return null; // each multiplier must be larger than the one before it
    last = m;
    power += Math.round(Math.log10(m));
  }
  return { power, end: i };
}

/** True when every character is a Chinese numeral or numeral unit. */
export function isChineseNumeral(ch: string, v: Vocabulary): boolean {
  return v.numerals.has(ch) || v.smallUnits.has(ch) || v.bigUnits.has(ch);
}

/**
 * Chinese numerals: 三十 → 30, 两千零二十 → 2020, 十二 → 12, 一万二千 → 12000, 一百二 → 120,
 * 二〇二五 (digit by digit) → 2025. Null for anything that is not one well-formed number (十四五).
 */
export function chineseValue(s: string, v: Vocabulary): number | null {
  const chars = [...s];
  if (chars.length === 0 || !chars.every((c) => isChineseNumeral(c, v))) return null;
  if (chars.every((c) => v.numerals.has(c))) return Number(chars.map((c) => v.numerals.get(c)).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let wanUsed = false;
  let prevUnit = 0; // the unit right before a trailing digit: 一百二 means 一百二十, 两万五 两万五千
  for (const c of chars) {
    const n = v.numerals.get(c);
    const small = v.smallUnits.get(c);
    const big = v.bigUnits.get(c);
    if (n !== undefined) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 十四五
      if (digit === 0 || n === 0) prevUnit = 0; // 一百零二 is 102
      digit = n;
    } else if (small !== undefined) {
      if (small >= lastSmall) return null; // 百千, 十十
      if (digit === null && (section !== 0 || total !== 0)) return null; // 一百十: digit missing
      section += (digit ?? 1) * small;
      lastSmall = small;
      digit = null;
      prevUnit = small;
    } else if (big !== undefined) {
      const empty = section === 0 && digit === null;
      const part = empty ? 1 : section + (digit ?? 0);
      if (big === 10000) {
        if (wanUsed || (empty && total !== 0)) return null; // 万万, 亿万
        total += part * big;
        wanUsed = true;
      } else if (empty && total !== 0) {
        if (!wanUsed) return null; // 亿亿
        total *= big; // 一万亿
        wanUsed = false;
      } else {
        total = (total + part) * big;
        wanUsed = false;
      }
      section = 0;
      digit = null;
      lastSmall = Infinity;
      prevUnit = big;
    }
  }
  if (digit !== null && digit !== 0 && prevUnit > 10) return total + section + digit * (prevUnit / 10);
  return total + section + (digit ?? 0);
}

/**
 * One number written in Chinese, Arabic or both: 三十 → 30, 两千零二十 → 2020, 1.5万 → 15000,
 * １２３ → 123, 负三 → -3. Null when the string is not exactly one well-formed number (3.35万万).
 */
export function parseChineseNumber(s: string): number | null {
  const v = quantityVocabulary();
  let body = foldForMatching(s).trim();
  let sign = 1;
  const neg = v.negativeSigns.find((n) => body.startsWith(n));
  if (neg) {
    sign = -1;
    body = body.slice(neg.length);
  }
  const arabic = ARABIC.exec(body);
  if (arabic) {
    const mult = readMultipliers(body, arabic[0].length, v);
    if (!mult || mult.end !== body.length) return null;
    return sign * scaleDecimal(arabic[0], mult.power);
  }
  const value = chineseValue(body, v);
  return value === null ? null : sign * value;
}
