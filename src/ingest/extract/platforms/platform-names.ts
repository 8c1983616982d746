import type { Lexicon } from '../../lexicon';
import { startsWithAny } from '../../segment';

// What makes a written name a platform's (平台) name, apart from ending like one: how quoted
// brands look (“…码”, “一部手机…”, “全市一个…”), a platform word a few characters after the
// closing quote (“…”文化品牌), and what makes a …平台 phrase not a name at all (an award title,
// 上云用平台, a descriptor standing before the quoted name: 碳普惠平台“某某”).

type PlatformLexicon = Lexicon['platforms'];

const CUE_GAP = 2;
const HAN = /^[\u4e00-\u9fa5]*$/;
const VERSION = /\d+(\.\d+)+$/;

export const endsLikePlatform = (name: string, suffixes: readonly string[]): boolean =>
  suffixes.some((s) => name.replace(VERSION, '').endsWith(s));

/** A quoted name shaped like a brand: …码 (鲁通码), or opening like one (一部手机…, 智慧…). */
export function brandShaped(name: string, lex: PlatformLexicon): boolean {
  const bare = name.replace(/\s+/g, '');
  if (lex.quotedSuffixes.some((s) => bare.endsWith(s) && bare.length > s.length + 1)) return true;
  const opener = startsWithAny(bare, lex.quotedOpeners);
  return opener !== '' && bare.length >= opener.length + 2;
}

/** A cue word (平台, 品牌 …) right after the closing quote or at most two characters on. */
export function cuedAfter(after: string, lex: PlatformLexicon): boolean {
  for (let gap = 0; gap <= CUE_GAP; gap++) {
    if (!HAN.test(after.slice(0, gap))) return false;
    if (lex.cueWords.some((w) => after.startsWith(w, gap))) return true;
  }
  return false;
}

/** An honour or pilot title (示范基地, 试点平台) names an award, not a platform. */
export const isHonour = (name: string, lex: PlatformLexicon): boolean => lex.honourWords.some((w) => name.includes(w));

/** …用平台: a verb right before the platform word means using platforms, not naming one. */
export function verbBeforeSuffix(folded: string, suffixAt: number, lex: PlatformLexicon): boolean {
  const { verbs, words } = lex.usedWith;
  const verb = verbs.find((v) => folded.startsWith(v, suffixAt - v.length));
  if (!verb) return false;
  return !words.some((w) => w.endsWith(verb) && folded.startsWith(w, suffixAt - w.length));
}

/** A descriptor followed straight by the quoted name (碳普惠平台“青碳行”): the quote is the name. */
export const descriptorOfQuote = (folded: string, end: number): boolean => folded[end] === '“';

const COUNTED = /[\d一二三四五六七八九十百千万]+\s*[个家处项批座类种所套](?:以上|左右)?$/;

/** A phrase right after a count (10处以上智慧农业应用基地) is a category being counted, not a name. */
export const counted = (folded: string, start: number): boolean => COUNTED.test(folded.slice(Math.max(0, start - 10), start));

/**
 * For each platform word, the ordinary words that overlap it and run past it (系统性, 生态系统,
 * 服务中心|城 in 中心城), with where each starts relative to the platform word.
 */
export function wordsHolding(suffixes: readonly string[], inWords: readonly string[]): Map<string, [string, number][]> {
  const out = new Map<string, [string, number][]>();
  for (const suffix of suffixes) {
    const held: [string, number][] = [];
    for (const word of inWords) {
      for (let d = 1 - word.length; d < suffix.length; d++) {
        const from = Math.max(0, d);
        const to = Math.min(suffix.length, d + word.length);
        const past = d < 0 || d + word.length > suffix.length;
        if (past && to - from >= 2 && suffix.slice(from, to) === word.slice(from - d, to - d)) held.push([word, d]);
      }
    }
    out.set(suffix, held);
  }
  return out;
}

/** A platform word at `at` that is part of an ordinary word (不发生系统|性, 生态|系统) ends no name. */
export const insideWord = (folded: string, at: number, held: readonly [string, number][]): boolean =>
  held.some(([word, d]) => at + d >= 0 && folded.startsWith(word, at + d));

/**
 * Where a name starts when the boundary word before it cut a whole word (在|线政务服务平台): the
 * offset of the word's first character, or `start` itself when no word was cut.
 */
export function uncutStart(folded: string, start: number, whole: readonly string[]): number {
  for (const word of whole) {
    for (let k = 1; k < word.length; k++) if (start >= k && folded.startsWith(word, start - k)) return start - k;
  }
  return start;
}

const DESCRIPTOR_MAX = 12;
const NAME_CHAR = /[\u4e00-\u9fa5A-Za-z0-9]/;
const JOINS = /[和与及的等]/;

/**
 * “粤省事”移动民生服务平台, “亲清在线”新型政商服务平台: a quoted brand followed straight by a descriptor that
 * ends like a platform (no verb in it) is the platform's name; the descriptor says what kind it is. Returns
 * where the descriptor ends, or undefined when none follows.
 */
export function descriptorAfter(folded: string, from: number, suffixes: readonly string[], verbs: readonly string[]): number | undefined {
  for (let k = from + 1; k <= from + DESCRIPTOR_MAX && k < folded.length; k++) {
    if (!NAME_CHAR.test(folded[k - 1])) return undefined;
    const suffix = suffixes.find((w) => folded.startsWith(w, k));
    if (!suffix) continue;
    const descriptor = folded.slice(from, k);
    // “粤省事”和广东政务服务网, “一网通办”的统一受理系统: a joined or qualified name is another one.
    return JOINS.test(descriptor) || verbs.some((v) => descriptor.includes(v)) ? undefined : k + suffix.length;
  }
  return undefined;
}

// 数字平台建设处, 平台管理科: a platform word a short way before an office's ending names the office.
const OFFICE = /^[\u4e00-\u9fa5]{0,3}?[处科](?=[、，,。；;和与及负等]|$)/;

/** A platform word that opens the name of an office (数字平台建设处负责…): no platform is named. */
export const inOfficeName = (folded: string, end: number): boolean => OFFICE.test(folded.slice(end, end + 5));
