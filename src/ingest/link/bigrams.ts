import { foldForMatching } from '../normalise';

// Character bigrams of a clause, the text basis of a link. Chinese has no spaces, so bigrams
// are the usual cheap unit of overlap. Digits collapse to one symbol: a later report repeats
// the phrase of a target with a different number (3.35万 → 4.27万), and that should still match.

const WORDISH = /[\p{Script=Han}\p{L}]/u;
const NUMBER = /[0-9.]/;
const NUMBER_MARK = 0x23; // '#'

// What each UTF-16 unit is, read from the patterns above the first time it is seen (not all
// 65,536 at start-up): 1 number, 2 wordish, 0 neither. Bigrams are cut from every clause of the
// corpus, and a table lookup makes no string per character.
const UNSEEN = 255;
const KIND = new Uint8Array(0x10000).fill(UNSEEN);
function kindOf(unit: number): number {
  let kind = KIND[unit];
  if (kind === UNSEEN) {
    const ch = String.fromCharCode(unit);
    kind = KIND[unit] = NUMBER.test(ch) ? 1 : WORDISH.test(ch) ? 2 : 0;
  }
  return kind;
}

// Numbers are compared as written words: a magnitude after a number (4.27万) is part of the
// number, and a unit abbreviation is the word it stands for (1ms = 1毫秒).
const written = new WeakMap<object, RegExp | null>();
function asWritten(text: string, unitWrittenAs: Readonly<Record<string, string>>): string {
  let re = written.get(unitWrittenAs);
  if (re === undefined) {
    const units = Object.keys(unitWrittenAs)
      .sort((a, b) => b.length - a.length)
      .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<=[0-9])(?:[万亿]${units.length ? `|(?:${units.join('|')})(?![A-Za-z])` : ''})`, 'g');
    written.set(unitWrittenAs, re);
  }
  return re ? text.replace(re, (m) => unitWrittenAs[m] ?? '') : text;
}

// Codes are written here, then sorted and made distinct in place: a Set of them would box every
// code (most are above the small-integer range) for every clause of the corpus.
let scratch = new Uint32Array(1024);

/** Codes per block of a pool. */
const POOL_BLOCK = 1 << 20;
const NONE = new Uint32Array(0);

/**
 * A clause's bigrams as held in a pool: `bigramCount` codes from `bigramAt` in `bigramBlock`, a
 * block many clauses share. Three fields of the link view's own record, where a view of the
 * block (a typed array object per clause of the corpus) cost several times the codes it showed.
 */
export interface HeldBigrams {
  bigramBlock: Uint32Array;
  bigramAt: number;
  bigramCount: number;
}

/** Many clauses' bigrams in a few large blocks, which lie outside the JS heap. */
export class BigramPool {
  private block = NONE;
  private used = 0;

  /** Where a copy of `codes` is held. */
  hold(codes: Uint32Array): HeldBigrams {
    if (codes.length === 0) return { bigramBlock: NONE, bigramAt: 0, bigramCount: 0 };
    if (this.used + codes.length > this.block.length) {
      this.block = new Uint32Array(Math.max(POOL_BLOCK, codes.length));
      this.used = 0;
    }
    const at = this.used;
    this.block.set(codes, at);
    this.used += codes.length;
    return { bigramBlock: this.block, bigramAt: at, bigramCount: codes.length };
  }
}

/** Sorted, distinct bigram codes of a text, in a scratch array the next call overwrites. */
function codesOf(text: string, unitWrittenAs: Readonly<Record<string, string>>): Uint32Array {
  const folded = asWritten(foldForMatching(text), unitWrittenAs);
  if (scratch.length < folded.length) scratch = new Uint32Array(folded.length * 2);
  const codes = scratch;
  let n = 0;
  let prev = -1;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    const kind = kindOf(unit);
    let code: number;
    if (kind === 1) {
      if (prev === NUMBER_MARK) continue; // one symbol per number
      code = NUMBER_MARK;
    } else if (kind === 2) {
      code = unit;
    } else {
      prev = -1; // punctuation and spaces break a run
      continue;
    }
    if (prev >= 0) codes[n++] = prev * 0x10000 + code;
    prev = code;
  }
  // A typed array sorts by number itself: no comparator, no intermediate array.
  const sorted = codes.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (distinct === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i];
  return sorted.subarray(0, distinct);
}

/**
 * Sorted, distinct bigram codes (two UTF-16 units packed in one number) of a text, in an array of
 * their own.
 */
export function bigrams(text: string, unitWrittenAs: Readonly<Record<string, string>> = {}): Uint32Array {
  return codesOf(text, unitWrittenAs).slice();
}

/** A text's bigrams (as `bigrams` gives them), held in `pool`. */
export function heldBigrams(text: string, unitWrittenAs: Readonly<Record<string, string>>, pool: BigramPool): HeldBigrams {
  return pool.hold(codesOf(text, unitWrittenAs));
}

/** How many codes two sorted runs share: `a[i..iEnd)` and `b[j..jEnd)`. */
function sharedIn(a: Uint32Array, i: number, iEnd: number, b: Uint32Array, j: number, jEnd: number): number {
  let n = 0;
  while (i < iEnd && j < jEnd) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** How many codes two sorted arrays share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  return sharedIn(a, 0, a.length, b, 0, b.length);
}

/** Dice similarity of two bigram sets, 0..1. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * sharedCount(a, b)) / (a.length + b.length);
}

/** Dice similarity of two held bigram sets (the same number `dice` gives for their codes). */
export function diceHeld(a: HeldBigrams, b: HeldBigrams): number {
  if (a.bigramCount === 0 || b.bigramCount === 0) return 0;
  const n = sharedIn(a.bigramBlock, a.bigramAt, a.bigramAt + a.bigramCount, b.bigramBlock, b.bigramAt, b.bigramAt + b.bigramCount);
  return (2 * n) / (a.bigramCount + b.bigramCount);
}
