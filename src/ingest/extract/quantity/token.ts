import { chineseValue, isChineseNumeral, readMultipliers, scaleDecimal } from './numerals';
import { endsWithScale } from './scale';
import { unitAt } from './unit';
import { cueBetween } from './cues';
import type { Cue, Vocabulary } from './vocabulary';

// One number as written, up to (not including) its unit: sign or 百分之, digits or Chinese
// numerals, 余/多, multipliers (万, 亿), and a second number when it is a range (10-20, 3至5).

export interface NumberToken {
  start: number; // first character, 百分之 and the sign included
  digitsStart: number; // the number's own characters…
  digitsEnd: number; // …for the guards that look right beside them
  end: number; // where the unit would begin
  value: number;
  max?: number;
  multiplied: boolean; // 万/亿 written: 4.27万, 七十万
  percent: boolean; // 百分之三十
  cues: Cue[]; // 余/多 inside the number
  unit?: string; // a multiple written as a word (翻一番) carries its unit, 倍
}

/** A number token, `{ skip }` (a malformed or non-quantity number ending there), or null. */
export type NumberRead = { token: NumberToken } | { skip: number } | null;

const DIGIT = /[0-9]/;
const ARABIC_AT = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const NOT_BEFORE_SIGN = /[0-9A-Za-z%.)]/;

interface Core {
  digits: string;
  value: number;
  end: number;
  chinese: boolean;
  power: number;
  cues: Cue[];
}

/** Arabic digits at `at`; a comma counts only where the original text has an ASCII comma. */
function arabicAt(s: string, original: string, at: number): string | null {
  ARABIC_AT.lastIndex = at;
  const m = ARABIC_AT.exec(s);
  if (!m) return null;
  const bad = [...m[0]].findIndex((c, k) => c === ',' && original[at + k] !== ',');
  return bad < 0 ? m[0] : m[0].slice(0, bad);
}

/** The number proper with its 余/多 and multipliers; `{ skip }` when it must not be read. */
function coreAt(s: string, original: string, at: number, v: Vocabulary): Core | { skip: number } | null {
  let digits: string;
  let value: number;
  let p: number;
  const chinese = !DIGIT.test(s[at] ?? '');
  if (!chinese) {
    digits = arabicAt(s, original, at) ?? '';
    p = at + digits.length;
    if (s[p] === '.' && DIGIT.test(s[p + 1] ?? '')) {
      // 1.2.3 is a version or a date
      while (p < s.length && (DIGIT.test(s[p]) || s[p] === '.')) p++;
      return { skip: p };
    }
    value = Number(digits.replace(/,/g, ''));
  } else {
    p = at;
    while (p < s.length && p - at < 24 && isChineseNumeral(s[p], v)) p++;
    if (p === at) return null;
    digits = s.slice(at, p);
    const parsed = chineseValue(digits, v);
    const hasDigit = [...digits].some((c) => v.numerals.has(c) && v.numerals.get(c) !== 0);
    const digitByDigit = [...digits].every((c) => v.numerals.has(c));
    // 一 alone is an article (一件事, 一张网), unless it counts a multiple (提高一倍) or a rate (每月一课时); 千/万 alone an adjective (千家万户, 千亿级);
    // digit-by-digit runs are years, codes or vague pairs (二〇二五, 三五).
    if (
      parsed === null ||
      (digits === '一' && s[p] !== '倍' && !ledBy(s, at, v.rateLeads)) ||
      (!hasDigit && digits !== '十' && !bareCount(s, at, p, digits, v)) ||
      (digitByDigit && digits.length > 1)
    ) {
      return { skip: p };
    }
    value = parsed;
  }
  const cues: Cue[] = [];
  let power = 0;
  p = acrossBreak(s, p, v);
  const mid = cueBetween(s, p, v);
  if (mid) {
    cues.push(mid);
    p += mid.word.length;
  }
  if (!unitAt(s, p, v)) {
    // 5千米 is a unit; 5千万元 a multiplier
    const mult = readMultipliers(s, p, v, (i) => unitAt(s, i, v) !== null);
    if (!mult) {
      let q = p;
      while (v.multipliers.has(s[q] ?? '')) q++;
      return { skip: q };
    } // 3.35万万
    power = mult.power;
    p = mult.end;
    const late = cues.length === 0 && power > 0 ? cueBetween(s, p, v) : undefined;
    if (late) {
      cues.push(late);
      p += late.word.length;
      // 4万多亿元: the cue sits inside the multipliers (4万亿 and more), not after them.
      const rest = unitAt(s, p, v) ? null : readMultipliers(s, p, v, (i) => unitAt(s, i, v) !== null);
      if (rest) {
        power += rest.power;
        p = rest.end;
      }
    }
  }
  return { digits, value, end: p, chinese, power, cues };
}

/** A space, or a line break with the blank lines around it, inside a figure. */
const BREAK = / |[ \t\r]*\n\s{0,3}/y;

/**
 * PDF and web text space or break a figure from its multiplier (18.45 亿户, 7.51⏎亿), a blank line
 * between (国内生产总值达到74.4⏎⏎万亿元), and the 多 or 余 before it (光缆线路550⏎⏎多万公里): the
 * figure runs on where its multiplier follows the break, or its 余/多 and then its unit (达 40 余家).
 */
function acrossBreak(s: string, p: number, v: Vocabulary): number {
  BREAK.lastIndex = p;
  const gap = BREAK.exec(s);
  if (!gap) return p;
  const next = p + gap[0].length;
  const cue = cueBetween(s, next, v);
  if (v.multipliers.has(s[next + (cue?.word.length ?? 0)] ?? '')) return next;
  // 供应商达 40 余家: the 余 or 多 after the space, then the unit.
  return cue && unitAt(s, next + cue.word.length, v) ? next : p;
}

/** The least bare small unit that counts (百, 千; not 十, which opens words such as 十分). */
const SMALL_BARE = 100;

const ledBy = (s: string, at: number, leads: string[] | undefined) => (leads ?? []).some((w) => s.startsWith(w, at - w.length));

/**
 * A bare 万/千/亿 counts when a measure word follows it (万项技改, 万亿元, 上亿人) or it is the
 * scale its clause reaches (达到万亿级，), but not in an idiom of two (千家万户) nor as an
 * adjective (千亿级产业集群), nor after a vague word (数亿人). A run of two (千万, 百万) needs a word
 * that approximates it before (近千万家庭, 上千万农村人口): alone it is an adverb (千万不要).
 * Nor as a name or idiom whose classifier is not followed by what it counts (万家惠, 万家灯火; but
 * 万家以上, …家企业). A bare 千 or 百 counts only where that classifier is followed by what it counts (千家企业).
 */
function bareCount(s: string, at: number, p: number, digits: string, v: Vocabulary): boolean {
  if (at >= 2 && isChineseNumeral(s[at - 2], v)) return false; // the second half of 千家万户
  if (ledBy(s, at, v.vagueLeads)) return false;
  // 每万人口, 每千人: the base a rate is counted per; 万元GDP能耗: the base of an intensity.
  if (ledBy(s, at, v.baseLeads) || isIntensityBase(s, p, v)) return false;
  const big = [...digits].every((c) => v.bigUnits.has(c));
  const run = digits.length === 2 && v.smallUnits.has(digits[0]) && v.bigUnits.has(digits[1]);
  // 支持千家企业: a bare 千 or 百 counts only before a classifier whose counted noun must follow it.
  const small = digits.length === 1 && (v.smallUnits.get(digits) ?? 0) >= SMALL_BARE;
  if (digits.length > 2 || !(big || run || small)) return false;
  if (!small && endsWithScale(s, p, v)) return true;
  if (run) return ledBy(s, at, v.bareLeads) && !v.adjectiveSuffixes.some((w) => s.startsWith(w, p));
  const unit = unitAt(s, p, v);
  if (unit === null || isChineseNumeral(s[unit.end] ?? '', v) || s[p] === ' ') return false;
  const heads = v.bareHeads[s.slice(p, unit.end)];
  if (small) return heads !== undefined && heads.some((h) => s.startsWith(h, unit.end));
  return !heads || heads.some((h) => s.startsWith(h, unit.end));
}

/** 万元GDP, 万元地区生产总值: a bare amount of money right before the output an intensity is measured per. */
function isIntensityBase(s: string, p: number, v: Vocabulary): boolean {
  const unit = unitAt(s, p, v);
  return unit !== null && v.intensityBases.some((w) => s.startsWith(w, unit.end));
}

const scaled = (c: Core, power: number): number => (c.chinese ? c.value * 10 ** power : scaleDecimal(c.digits, power));

function isCore(c: Core | { skip: number } | null): c is Core {
  return c !== null && !('skip' in c);
}

const MAX_SIGNIFICANT_DIGITS = 15;
const isExact = (n: number) => Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER;
const significantDigits = (digits: string) => digits.replace(/[^0-9]/g, '').replace(/^0+/, '').length;

/** A fraction's parts: 三分之二 (of a whole, up to 十分之), 1/4 (one or two digits, the first the smaller). */
const CHINESE_FRACTION = /([一二两三四五六七八九十]{1,2})分之([一二两三四五六七八九十]{1,3})/y;
const ARABIC_FRACTION = /(\d{1,2})\/(\d{1,2})(?![\d/.])/y;
/** Tenths: 五成 is half, 四成以上; not where 成 starts a word (成为, 成员, 一成不变). */
const TENTHS = /([二两三四五六七八九])成(?![员为立本交果功效熟型长都就不])/y;

/** Not the other half (另一半) nor a share inside a longer word (大一半, 小一半, 一半天). */
const NOT_BEFORE_SHARE = /[另多大小]/;
const NOT_AFTER_SHARE = /[天]/;

/** Whether a clause writes a share in words (压减三分之一以上, 压缩一半, 下降五成): it carries a number. */
export function writesShareInWords(text: string, v: Vocabulary): boolean {
  if (v.shareWords.some(([w]) => text.includes(w))) return true;
  for (let at = text.search(/[一二两三四五六七八九十]/); at >= 0 && at < text.length; at++) if (fractionAt(text, at, v)) return true;
  return false;
}

/** Whether a clause writes a multiple in words (翻了一番, 增加两倍, 提高一倍): it carries a number. */
export function writesMultipleInWords(text: string, v: Vocabulary): boolean {
  return v.multipleWords.some(([w]) => text.includes(w)) || /[一二两三四五六七八九十]倍/.test(text);
}

/** A share written as a fraction (占总量的1/4, 超过三分之二, 下降超过五成) or a word (一半), read as a percentage. */
function fractionAt(s: string, at: number, v: Vocabulary): NumberToken | null {
  if (/[\d/.]/.test(s[at - 1] ?? '')) return null;
  const share = v.shareWords.find(([w]) => s.startsWith(w, at));
  const shareEnd = share ? at + share[0].length : at;
  if (share && !NOT_BEFORE_SHARE.test(s[at - 1] ?? '') && !NOT_AFTER_SHARE.test(s[shareEnd] ?? '')) {
    const end = shareEnd;
    return { start: at, digitsStart: at, digitsEnd: end, end, value: share[1], multiplied: false, percent: true, cues: [] };
  }
  TENTHS.lastIndex = at;
  const tenths = TENTHS.exec(s);
  if (tenths && !isChineseNumeral(s[at - 1] ?? '', v)) {
    const end = at + tenths[0].length;
    const value = (chineseValue(tenths[1], v) ?? 0) * 10;
    return { start: at, digitsStart: at, digitsEnd: end, end, value, multiplied: false, percent: true, cues: [] };
  }
  let m: RegExpExecArray | null = null;
  let whole: number | null = null;
  let part: number | null = null;
  for (const re of [CHINESE_FRACTION, ARABIC_FRACTION]) {
    re.lastIndex = at;
    m = re.exec(s);
    if (!m) continue;
    const read = (x: string) => (DIGIT.test(x) ? Number(x) : chineseValue(x, v));
    [whole, part] = re === CHINESE_FRACTION ? [read(m[1]), read(m[2])] : [read(m[2]), read(m[1])];
    break;
  }
  if (!m || whole === null || part === null || !(whole >= 2 && whole <= 10 && part >= 1 && part < whole)) return null;
  const end = at + m[0].length;
  return {
    start: at,
    digitsStart: at,
    digitsEnd: end,
    end,
    value: (part / whole) * 100,
    multiplied: false,
    percent: true,
    cues: [],
  };
}

/**
 * 6%－6.5%: a range of rates written with the sign at both ends; the second rate's end (its sign
 * follows, read as the unit). Not a fall written the same way (9.8%至7.5% reads as two figures).
 */
function percentRange(s: string, original: string, end: number, low: number, v: Vocabulary): { max: number; end: number } | undefined {
  const sign = v.percentSigns.find((w) => s.startsWith(w, end));
  const sep = sign && v.rangeSeparators.find((w) => s.startsWith(w, end + sign.length));
  if (!sign || !sep) return undefined;
  const second = coreAt(s, original, end + sign.length + sep.length, v);
  if (!isCore(second) || second.chinese || second.power > 0 || !s.startsWith(sign, second.end)) return undefined;
  const high = scaled(second, 0);
  return high > low ? { max: high, end: second.end } : undefined;
}

/**
 * 1万6千多户, 2万5千公里, 1亿3千多万: a multiplied figure whose lower places are written as a
 * second figure with a smaller multiplier (not a range, not a list). The tail's value and end,
 * with its 多/余; undefined when what follows is no such tail.
 */
function lowerPlaces(s: string, original: string, first: Core, v: Vocabulary): { value: number; end: number; cues: Cue[] } | undefined {
  if (first.chinese || first.power === 0 || first.cues.length > 0 || !/^\d+$/.test(first.digits)) return undefined;
  if (!DIGIT.test(s[first.end] ?? '')) return undefined;
  const tail = coreAt(s, original, first.end, v);
  if (!isCore(tail) || tail.chinese || tail.power === 0 || !/^\d+$/.test(tail.digits)) return undefined;
  const value = scaled(tail, tail.power);
  return value < 10 ** first.power ? { value, end: tail.end, cues: tail.cues } : undefined;
}

/** A multiple written as a word (翻一番, 翻了两番), read in 倍. */
function multipleAt(s: string, at: number, v: Vocabulary): NumberToken | null {
  const word = v.multipleWords.find(([w]) => s.startsWith(w, at));
  if (!word) return null;
  const end = at + word[0].length;
  return { start: at, digitsStart: at, digitsEnd: end, end, value: word[1], multiplied: false, percent: false, cues: [], unit: '倍' };
}

/** How far a zero rate's phrase is looked along for the head of a name it may sit in. */
const ZERO_PHRASE = 40;
const PHRASE_END = /[，,。；;：:]/;

/**
 * 零增长: a zero written before the change it sizes (`zeroRates`) is a rate, 0 %; not 一百零二, and
 * not inside a name whose phrase ends on a plan's head (实施化肥农药零增长行动).
 */
function zeroRateAt(s: string, at: number, v: Vocabulary): NumberToken | null {
  if (v.numerals.get(s[at]) !== 0 || isChineseNumeral(s[at - 1] ?? '', v) || DIGIT.test(s[at - 1] ?? '')) return null;
  if (!v.zeroRates.some((w) => s.startsWith(w, at + 1))) return null;
  const rest = s.slice(at + 1, at + 1 + ZERO_PHRASE);
  const end = rest.search(PHRASE_END);
  const phrase = end >= 0 ? rest.slice(0, end) : rest;
  if (v.zeroRateNames.some((h) => phrase.endsWith(h))) return null;
  return { start: at, digitsStart: at, digitsEnd: at + 1, end: at + 1, value: 0, multiplied: false, percent: true, cues: [] };
}

/** Reads the number starting at `at` in the folded text `s`. */
export function readNumber(s: string, original: string, at: number, v: Vocabulary): NumberRead {
  const fraction = fractionAt(s, at, v) ?? multipleAt(s, at, v) ?? zeroRateAt(s, at, v);
  if (fraction) return { token: fraction };
  let p = at;
  const percentPrefix = v.percentPrefixes.find((w) => s.startsWith(w, p));
  if (percentPrefix) p += percentPrefix.length;
  let sign = 1;
  const neg = v.negativeSigns.find((w) => s.startsWith(w, p));
  // 降低企业税负5700多亿元: the 负 ends a word (税负), it is no sign.
  if (neg && !NOT_BEFORE_SIGN.test(s[p - 1] ?? '') && !v.notSigns.some((w) => s.startsWith(w, p + neg.length - w.length))) {
    const next = s[p + neg.length] ?? '';
    if (DIGIT.test(next) || isChineseNumeral(next, v)) {
      sign = -1;
      p += neg.length;
    }
  }
  const first = coreAt(s, original, p, v);
  if (!isCore(first)) return first ?? (percentPrefix || sign < 0 ? { skip: p } : null);
  const digitsStart = p;
  const digitsEnd = p + first.digits.length;
  let end = first.end;
  let max: number | undefined;
  let power = first.power;
  const lower = lowerPlaces(s, original, first, v);
  if (lower) {
    const whole = scaled(first, power) + lower.value;
    return {
      token: { start: at, digitsStart, digitsEnd, end: lower.end, value: sign * whole, multiplied: true, percent: false, cues: lower.cues },
    };
  }
  // A range: 10-20个, 3至5家, 5～10万元 (the multiplier of the second applies to both).
  const sep = first.cues.length === 0 ? v.rangeSeparators.find((w) => s.startsWith(w, end)) : undefined;
  if (sep) {
    const second = coreAt(s, original, end + sep.length, v);
    if (second && 'skip' in second) return second;
    if (second && second.chinese === first.chinese) {
      if (power === 0) power = second.power;
      const low = scaled(first, power);
      const high = scaled(second, second.power);
      if (!(high > low)) return { skip: second.end }; // 2025-05-16 is a date, not a range
      max = high;
      end = second.end;
      first.cues.push(...second.cues);
    }
  } else if (first.cues.length === 0) {
    const range = percentRange(s, original, end, scaled(first, power), v);
    if (range) [max, end] = [range.max, range.end];
  }
  // A number too long to hold exactly (over 15 significant digits, e.g. a 400-digit run, which
  // would read as Infinity) is not a value: nothing downstream can compare or show it.
  const value = sign * scaled(first, power);
  if (!isExact(value) || (max !== undefined && !isExact(max)) || significantDigits(first.digits) > MAX_SIGNIFICANT_DIGITS)
    return { skip: end };
  return {
    token: {
      start: at,
      digitsStart,
      digitsEnd,
      end,
      max,
      value,
      multiplied: power > 0 || [...first.digits].some((c) => v.bigUnits.has(c)),
      percent: percentPrefix !== undefined,
      cues: first.cues,
    },
  };
}
