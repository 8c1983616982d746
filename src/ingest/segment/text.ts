import { SENTENCE_END } from '../../model';
import type { Span } from './types';

// Character classes on folded text (full-width punctuation already half-width: ， → , ； → ;).

export { SENTENCE_END }; // one rule for the segmenter and the API's quotes (model/text-units)
export const CLAUSE_END = new Set([',', ';', '，', '；', ':', '：']);
// The same sets by char code: hot loops read codes, since `text[i]` makes a string per CJK character.
const codes = (chars: ReadonlySet<string>) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_END_CODES = codes(SENTENCE_END);
const CLAUSE_END_CODES = codes(CLAUSE_END);
/** What /[\s\u3000•·]/ matches: JavaScript's white space and line ends, and bullet dots. */
const SPACE_CODES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x2022, 0xb7,
]);
/** Whether the character at `i` ends a sentence. */
export const endsSentenceAt = (text: string, i: number): boolean => SENTENCE_END_CODES.has(text.charCodeAt(i));
/** Marks that make a line a sentence rather than a heading. */
/** A Han character of the common block (no `g` flag: `test` keeps no state between calls). */
export const HAN_CHAR = /[\u4e00-\u9fa5]/;

export const SENTENCE_PUNCT = /[。,;!?，；！？、:：]/;
const OPENERS: Record<string, string> = { '“': '”', '《': '》', '(': ')', '（': '）', '「': '」', '‘': '’', '"': '"' };
const MAX_QUOTED = 60;
const OPENER_OR_CLOSER = new Set(
  Object.entries(OPENERS)
    .flat()
    .map((c) => c.charCodeAt(0)),
);
const isSpace = (text: string, i: number): boolean => SPACE_CODES.has(text.charCodeAt(i));

/** Narrows a span past surrounding white space (and bullet dots). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text, s)) s++;
  while (e > s && isSpace(text, e - 1)) e--;
  return { start: s, end: e };
}

/**
 * Clause boundaries inside [start, end): commas and semicolons outside quotes, titles and
 * brackets, and not a thousands separator between digits. Enumeration marks (、) never split:
 * they join the objects of one action.
 */
export function splitClauses(folded: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const stack: { close: string; at: number }[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i);
    // Only quotes, brackets and clause marks matter here: skip the rest without making a string.
    if (!OPENER_OR_CLOSER.has(code) && !CLAUSE_END_CODES.has(code)) {
      if (stack.length && i - stack[0].at > MAX_QUOTED) stack.length = 0;
      continue;
    }
    const ch = folded[i];
    // An unclosed quote must not swallow the rest of the sentence.
    if (stack.length && i - stack[0].at > MAX_QUOTED) stack.length = 0;
    if (stack.length && ch === stack[stack.length - 1].close) {
      stack.pop();
      continue;
    }
    if (OPENERS[ch] && ch !== '"') {
      stack.push({ close: OPENERS[ch], at: i });
      continue;
    }
    if (stack.length > 0) continue;
    if (!CLAUSE_END.has(ch)) continue;
    if (ch === ',' && /\d/.test(folded[i - 1] ?? '') && /\d/.test(folded[i + 1] ?? '')) continue;
    push(out, folded, from, i);
    from = i + 1;
  }
  push(out, folded, from, end);
  return out;
}

function push(out: Span[], folded: string, s: number, e: number): void {
  const span = trimSpan(folded, s, e);
  while (span.end > span.start && endsSentenceAt(folded, span.end - 1)) span.end--;
  if (span.end > span.start) out.push(span);
}

/** Earliest occurrence of any word, as [index, word]; -1 when none. */
export function findFirst(text: string, words: readonly string[], from = 0): [number, string] {
  let best = -1;
  let word = '';
  for (const w of words) {
    const i = text.indexOf(w, from);
    if (i >= 0 && (best < 0 || i < best || (i === best && w.length > word.length))) {
      best = i;
      word = w;
    }
  }
  return [best, word];
}

export const containsAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

const sorted = new WeakMap<readonly string[], string[]>();
/**
 * The same, by the words themselves: a caller that builds its list afresh on every call (a filter
 * of a lexicon list, per name weighed) passes a new array each time, and joining the words costs
 * far less than sorting them again. Bounded: lists made of a document's own words cannot pile up.
 */
const sortedByWords = new Map<string, string[]>();
const MAX_LISTS = 4096;

/**
 * Words sorted longest first, so the longest match wins when several start at one place.
 * Remembered per array (the lexicon's own lists, or a caller's prepared one) and per content. The
 * list given back is shared: read it, never change it.
 */
export function longestFirst(words: readonly string[]): string[] {
  let out = sorted.get(words);
  if (out) return out;
  const key = words.join('\u0000');
  out = sortedByWords.get(key);
  if (out) return out;
  out = [...words].sort((a, b) => b.length - a.length);
  if (sortedByWords.size >= MAX_LISTS) sortedByWords.clear();
  sortedByWords.set(key, out);
  // Only a list seen the first time is remembered as an array too: a list built afresh per call is
  // found by its words, and would only crowd the weak map until collected.
  sorted.set(words, out);
  return out;
}

const escapeForPattern = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A character as a member of a character class (the class's own syntax escaped). */
const classMember = (c: string) => c.replace(/[\\\]^-]/g, '\\$&');
/** From this many words on, an alternation opens with a lookahead at the words' first characters. */
const GUARDED_FROM = 8;

/**
 * The words as one regular-expression alternation, escaped, longest first (so the longest wins).
 * A long one opens with a lookahead at the words' first characters: the engine tries every word
 * at every position otherwise, and the lookahead fails at most positions in one test. It matches
 * exactly what the words alone do (a word's first character is in the class by construction; a
 * whole code point, so a `u` pattern reads it as the word does), so it never changes a match.
 */
export function alternation(words: readonly string[]): string {
  const sorted = longestFirst(words);
  const body = sorted.map(escapeForPattern).join('|');
  const ahead = firstCharacters(sorted);
  return ahead ? `${ahead}(?:${body})` : body;
}

/**
 * The lookahead `alternation` opens a long list with, for a pattern that joins its words itself:
 * placed where the words' alternation starts, it changes no match. '' for a short list or one
 * holding the empty word (which matches before any character).
 */
export function firstCharacters(words: readonly string[]): string {
  if (words.length < GUARDED_FROM || words.includes('')) return '';
  const firsts = new Set(words.map((w) => String.fromCodePoint(w.codePointAt(0) as number)));
  return `(?=[${[...firsts].map(classMember).join('')}])`;
}

/** Builds a list once per key object (a lexicon) and reuses it. */
export function prepared<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

/**
 * A long list's words by first character, remembered per array (the lexicon's lists): a clause is
 * tried against hundreds of verbs, and only those sharing its first character can match. `size`
 * is the list's length when indexed, so a list grown since is indexed again.
 */
const byFirst = new WeakMap<readonly string[], FirstIndex>();
interface FirstIndex {
  size: number;
  words: Map<number, string[]>;
  /** The list holds the empty word, which starts anywhere. */
  empty: boolean;
}
const INDEXED_FROM = 24;
const NONE: readonly string[] = [];

function firstIndex(words: readonly string[]): FirstIndex {
  let index = byFirst.get(words);
  if (index === undefined || index.size !== words.length) {
    const map = new Map<number, string[]>();
    for (const w of words) {
      const code = w.charCodeAt(0);
      const list = map.get(code);
      if (list) list.push(w);
      else map.set(code, [w]);
    }
    index = { size: words.length, words: map, empty: words.includes('') };
    byFirst.set(words, index);
  }
  return index;
}

/** The words of a list that start with the character code `first`, in the list's order (never the empty word). */
export function wordsStarting(words: readonly string[], first: number): readonly string[] {
  return firstIndex(words).words.get(first) ?? NONE;
}

/**
 * The first word of the list, in its own order, that `text` holds at `at`: what
 * `words.find((w) => text.startsWith(w, at) && (accept?.(w) ?? true))` gives, with only the words
 * sharing the character at `at` tried (they keep their order). A list holding the empty word, which
 * matches anywhere, is searched whole.
 */
export function wordAt(text: string, at: number, words: readonly string[], accept?: (w: string) => boolean): string | undefined {
  let list = words;
  if (words.length >= INDEXED_FROM) {
    const index = firstIndex(words);
    if (!index.empty) list = index.words.get(text.charCodeAt(at)) ?? NONE;
  }
  for (let k = 0; k < list.length; k++) {
    const w = list[k];
    if (text.startsWith(w, at) && (accept === undefined || accept(w))) return w;
  }
  return undefined;
}

/**
 * Each list's words' places in it by first character code, remembered per array (the lexicon's lists), with a table
 * of the codes any word starts with: most characters of a text start none, and a table read costs less than a lookup.
 */
const placesByFirst = new WeakMap<readonly string[], WordPlaces>();
interface WordPlaces {
  size: number;
  starts: Uint8Array;
  places: Map<number, number[]>;
}

function wordPlaces(words: readonly string[]): WordPlaces {
  let index = placesByFirst.get(words);
  if (index === undefined || index.size !== words.length) {
    index = { size: words.length, starts: new Uint8Array(0x10000), places: new Map() };
    for (let k = 0; k < words.length; k++) {
      if (words[k] === '') continue;
      const code = words[k].charCodeAt(0);
      index.starts[code] = 1;
      const list = index.places.get(code);
      if (list) list.push(k);
      else index.places.set(code, [k]);
    }
    placesByFirst.set(words, index);
  }
  return index;
}

/**
 * Every place `text` holds a word of the list, to `visit` in the order a search per word from the text's start gives
 * them: word by word in the list's order (a word listed twice twice), places ascending, overlapping ones too; with
 * `apart`, a word's search goes on after the end of each place found (indexOf(w, i + w.length)). One pass over the
 * text tries only the words sharing each character, where a search per word reads the whole text once per word.
 * `k` is the word's place in the list. The empty word is never found. The list is indexed once per array: pass a lexicon's list or one prepared once.
 */
export function eachPlace(
  text: string,
  words: readonly string[],
  visit: (word: string, at: number, k: number) => void,
  apart = false,
): void {
  const { starts, places } = wordPlaces(words);
  // A hit is its word's place in the list and its offset in one number, so a numeric sort gives the search order.
  const span = text.length + 1;
  const hits: number[] = [];
  const ends = apart ? new Int32Array(words.length) : undefined;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (starts[code] === 0) continue;
    const ks = places.get(code) as number[];
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j];
      const w = words[k];
      if (!text.startsWith(w, at)) continue;
      if (ends !== undefined) {
        if (at < ends[k]) continue;
        ends[k] = at + w.length;
      }
      hits.push(k * span + at);
    }
  }
  if (hits.length > 1) hits.sort((a, b) => a - b);
  for (const h of hits) {
    const k = Math.floor(h / span);
    visit(words[k], h - k * span, k);
  }
}

/**
 * The first word of the list, in its own order, that `text` holds anywhere: what `words.find((w) => text.includes(w))`
 * gives, from one pass over a short text (a name) trying only the words sharing each character, where `find` reads
 * the text once per word of a long list (every city). A list holding the empty word is searched whole.
 */
export function firstIn(text: string, words: readonly string[]): string | undefined {
  if (words.length < INDEXED_FROM || firstIndex(words).empty) return words.find((w) => text.includes(w));
  const { starts, places } = wordPlaces(words);
  let first = words.length;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (starts[code] === 0) continue;
    const ks = places.get(code) as number[];
    // A word's places are listed in order: past the best found so far, none can win.
    for (let j = 0; j < ks.length && ks[j] < first; j++) if (text.startsWith(words[ks[j]], at)) first = ks[j];
  }
  return first < words.length ? words[first] : undefined;
}

/** Each list's words by last character code, in the list's order; its longest word's length; whether it holds ''. */
const byLast = new WeakMap<readonly string[], { size: number; words: Map<number, string[]>; longest: number; empty: boolean }>();

/**
 * The first word of the list, in its own order, that `text` holds ending at `end`: what
 * `words.find((w) => text.startsWith(w, end - w.length) && (accept?.(w) ?? true))` gives, trying only the words that end
 * in the character before `end`. Near the text's start, where `startsWith` reads a negative offset as 0, the list is
 * searched whole.
 */
export function wordEndingAt(text: string, end: number, words: readonly string[], accept?: (w: string) => boolean): string | undefined {
  let index = byLast.get(words);
  if (index === undefined || index.size !== words.length) {
    index = { size: words.length, words: new Map(), longest: 0, empty: false };
    for (const w of words) {
      index.longest = Math.max(index.longest, w.length);
      if (w === '') index.empty = true;
      const code = w.charCodeAt(w.length - 1);
      const list = index.words.get(code);
      if (list) list.push(w);
      else index.words.set(code, [w]);
    }
    byLast.set(words, index);
  }
  const list =
    words.length < INDEXED_FROM || end < index.longest || index.empty ? words : (index.words.get(text.charCodeAt(end - 1)) ?? NONE);
  for (let k = 0; k < list.length; k++) {
    const w = list[k];
    if (text.startsWith(w, end - w.length) && (accept === undefined || accept(w))) return w;
  }
  return undefined;
}

/** The word from the list that `text` starts with (longest), or ''. */
export function startsWithAny(text: string, words: readonly string[]): string {
  let best = '';
  // The first character is compared inline: most words fail there, and a call to startsWith costs more.
  const first = text.charCodeAt(0);
  if (words.length >= INDEXED_FROM) {
    for (const w of wordsStarting(words, first)) if (w.length > best.length && text.startsWith(w)) best = w;
    return best;
  }
  for (const w of words) if (w.charCodeAt(0) === first && w.length > best.length && text.startsWith(w)) best = w;
  return best;
}

/** Chinese numerals up to 99 (一 … 九十九), for outline ordinals and declared counts. */
export function chineseNumber(s: string): number | undefined {
  // Six digits at most: a declared count or ordinal is never larger, and a 400-digit run would be Infinity.
  if (/^\d+$/.test(s)) return s.length <= 6 ? Number(s) : undefined;
  const digits = '零一二三四五六七八九';
  if (!/^[零一二两三四五六七八九十]+$/.test(s)) return undefined;
  const d = (c: string) => (c === '两' ? 2 : digits.indexOf(c));
  if (!s.includes('十')) return s.length === 1 ? d(s) : undefined;
  const [tens, ones] = s.split('十');
  return (tens ? d(tens) : 1) * 10 + (ones ? d(ones) : 0);
}

/** The digits a year is written with in numerals (二〇二五, 二○二五, 二零二五). */
const NUMERAL_DIGIT = '〇一二三四五六七八九';
const numeralDigit = (c: string): number => (c === '○' || c === '零' ? 0 : NUMERAL_DIGIT.indexOf(c));

/** A year written in numerals (二〇二五), as its digits; anything else undefined. */
export function numeralYear(s: string): string | undefined {
  const digits = [...s].map(numeralDigit);
  return s.length === 4 && digits.every((d) => d >= 0) ? digits.join('') : undefined;
}

/** 二〇二五年, 一九九八年: a year of this century or the last written in numerals, before its 年. */
const NUMERAL_YEAR = /(?:二[〇○零]|一九)[〇○零一二三四五六七八九]{2}(?=\s*年)/g;
/** Every numeral year holds one of these: text without them has none, and is given back as it is. */
const NUMERAL_ZERO = /[〇○]|二零|一九/;

/**
 * The text with its years written in numerals (到二〇二五年, 二〇二三年底) as digits, the same length: what
 * reads periods reads them as it reads 2025年. Names keep the text as written.
 */
export function digitYears(text: string): string {
  if (!NUMERAL_ZERO.test(text)) return text;
  return text.replace(NUMERAL_YEAR, (y) => numeralYear(y) ?? y);
}

const AS_OF_CUE = /截\s*[止至]?\s*$/;
/** 截 just before a 至/到 at `index` (截至, 截止到, or 截\n至 broken over a printed line): as of, not a horizon. */
export const asOfBefore = (text: string, index: number): boolean => AS_OF_CUE.test(text.slice(Math.max(0, index - 4), index));

/** Whether `at` falls inside a 《》 title (a cited plan's years date nothing of the text citing it). */
export function insideTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.indexOf('》', open) > at;
}
