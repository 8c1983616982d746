// One token's posting list: the numbers of the documents (index entries) that hold it, in
// ascending order, with their packed per-field frequencies. Typed arrays, grown by half again
// when full: a million nodes hold tens of millions of postings, which plain objects could not.

/** Term frequencies of the three fields, 10 bits each (capped at 1023). */
export const packTf = (name: number, aliases: number, sources: number): number =>
  (Math.min(name, 1023) << 20) | (Math.min(aliases, 1023) << 10) | Math.min(sources, 1023);
export const tfName = (p: number): number => (p >>> 20) & 1023;
export const tfAliases = (p: number): number => (p >>> 10) & 1023;
export const tfSources = (p: number): number => p & 1023;

export class Postings {
  docs = new Int32Array(2);
  tfs = new Uint32Array(2);
  length = 0;

  /** Entry numbers only grow, so appending keeps the list sorted. */
  push(doc: number, tf: number): void {
    if (this.length === this.docs.length) {
      const size = Math.max(4, Math.ceil(this.length * 1.5));
      const docs = new Int32Array(size);
      docs.set(this.docs);
      const tfs = new Uint32Array(size);
      tfs.set(this.tfs);
      this.docs = docs;
      this.tfs = tfs;
    }
    this.docs[this.length] = doc;
    this.tfs[this.length] = tf;
    this.length++;
  }

  /** One more occurrence in field `f` (0 name, 1 aliases, 2 sources) for the last entry, capped as packTf caps. */
  countLast(f: number): void {
    const shift = 20 - 10 * f;
    const i = this.length - 1;
    if (((this.tfs[i] >>> shift) & 1023) < 1023) this.tfs[i] += 1 << shift;
  }

  /** Keeps the live entries, renumbered (`renumber[old]`, -1 = dead); the order is preserved. */
  compact(renumber: Int32Array): void {
    let n = 0;
    for (let i = 0; i < this.length; i++) {
      const to = renumber[this.docs[i]];
      if (to < 0) continue;
      this.docs[n] = to;
      this.tfs[n] = this.tfs[i];
      n++;
    }
    this.length = n;
    if (this.docs.length > 8 && n < this.docs.length / 2) {
      this.docs = this.docs.slice(0, Math.max(4, n));
      this.tfs = this.tfs.slice(0, Math.max(4, n));
    }
  }

  /** Position of `doc` at or after `from` (galloping, then binary search); when absent, -(where it would go) - 1. */
  seek(doc: number, from: number): number {
    const { docs, length } = this;
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
