// One token's posting list: the numbers of the documents (index entries) that hold it, in
// ascending order, with their packed per-field frequencies. Two plain arrays of small integers,
// on the JS heap. Not typed arrays: those past 64 bytes live outside the heap, and V8 answers each
// 64 MB allocated there (a growing list leaves its old copy behind) by marking the whole heap, so
// a load of 4,000 documents paid three full collections and 10,000 about ten, each as long as
// the heap is big (issue #16: the store load grew 30× for 10× the documents).

/** Term frequencies of the three fields, 10 bits each (capped at 1023): a small integer. */
export const packTf = (name: number, aliases: number, sources: number): number =>
  (Math.min(name, 1023) << 20) | (Math.min(aliases, 1023) << 10) | Math.min(sources, 1023);
export const tfName = (p: number): number => (p >>> 20) & 1023;
export const tfAliases = (p: number): number => (p >>> 10) & 1023;
export const tfSources = (p: number): number => p & 1023;

export class Postings {
  readonly docs: number[] = [];
  readonly tfs: number[] = [];

  get length(): number {
    return this.docs.length;
  }

  /** Entry numbers only grow, so appending keeps the list sorted. */
  push(doc: number, tf: number): void {
    this.docs.push(doc);
    this.tfs.push(tf);
  }

  /** One more occurrence in field `f` (0 name, 1 aliases, 2 sources) for the last entry, capped as packTf caps. */
  countLast(f: number): void {
    const shift = 20 - 10 * f;
    const i = this.docs.length - 1;
    if (((this.tfs[i] >>> shift) & 1023) < 1023) this.tfs[i] += 1 << shift;
  }

  /** Keeps the live entries, renumbered (`renumber[old]`, -1 = dead); the order is preserved. */
  compact(renumber: Int32Array): void {
    const { docs, tfs } = this;
    let n = 0;
    for (let i = 0; i < docs.length; i++) {
      const to = renumber[docs[i]];
      if (to < 0) continue;
      docs[n] = to;
      tfs[n] = tfs[i];
      n++;
    }
    // Shortening an array in place gives its spare room back once it is half empty.
    docs.length = n;
    tfs.length = n;
  }

  /** Position of `doc` at or after `from` (galloping, then binary search); when absent, -(where it would go) - 1. */
  seek(doc: number, from: number): number {
    const { docs } = this;
    const length = docs.length;
    let lo = from;
    let step = 1;
    let hi = from;
    while (hi < length && docs[hi] < doc) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi >= length) hi = length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = docs[mid];
      if (v === doc) return mid;
      if (v < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  }
}
