// One token's posting list: the numbers of the documents (index entries) that hold it, in
// ascending order, each with its packed per-field frequencies. One plain array per list, each
// entry one double (doc × 2^30 + frequencies): a double array holds its numbers unboxed, so an
// entry costs 8 bytes, and a growing list leaves one array behind per growth, not two. Not typed
// arrays: those past 64 bytes live outside the heap, and V8 answers each 64 MB allocated there (a
// growing list leaves its old copy behind) by marking the whole heap, so a load of 4,000 documents
// paid three full collections and 10,000 about ten, each as long as the heap is big (issue #16).

/** Term frequencies of the three fields, 10 bits each (capped at 1023): a small integer. */
export const packTf = (name: number, aliases: number, sources: number): number =>
  (Math.min(name, 1023) << 20) | (Math.min(aliases, 1023) << 10) | Math.min(sources, 1023);
export const tfName = (p: number): number => (p >>> 20) & 1023;
export const tfAliases = (p: number): number => (p >>> 10) & 1023;
export const tfSources = (p: number): number => p & 1023;

/** Room for the frequencies below each entry's doc: a double is exact to 2^53, so docs stay under 2^23. */
const TF_ROOM = 2 ** 30;
/** Entry numbers a list can hold: the search index compacts before its next entry reaches it. */
export const MAX_DOCS = 2 ** 23;

export class Postings {
  private readonly entries: number[] = [];

  get length(): number {
    return this.entries.length;
  }

  docAt(i: number): number {
    return Math.floor(this.entries[i] / TF_ROOM);
  }

  tfAt(i: number): number {
    return this.entries[i] % TF_ROOM;
  }

  /** Entry numbers only grow, so appending keeps the list sorted. */
  push(doc: number, tf: number): void {
    this.entries.push(doc * TF_ROOM + tf);
  }

  /** One more occurrence in field `f` (0 name, 1 aliases, 2 sources) for the last entry, capped as packTf caps. */
  countLast(f: number): void {
    const shift = 20 - 10 * f;
    const i = this.entries.length - 1;
    if (((this.tfAt(i) >>> shift) & 1023) < 1023) this.entries[i] += 1 << shift;
  }

  /** Keeps the live entries, renumbered (`renumber[old]`, -1 = dead); the order is preserved. */
  compact(renumber: Int32Array): void {
    const { entries } = this;
    let n = 0;
    for (let i = 0; i < entries.length; i++) {
      const to = renumber[this.docAt(i)];
      if (to < 0) continue;
      entries[n++] = to * TF_ROOM + this.tfAt(i);
    }
    // Shortening an array in place gives its spare room back once it is half empty.
    entries.length = n;
  }

  /** Position of `doc` at or after `from` (galloping, then binary search); when absent, -(where it would go) - 1. */
  seek(doc: number, from: number): number {
    const { entries } = this;
    const length = entries.length;
    // Entries of `doc` lie in [key, key + TF_ROOM): find the first at or past key.
    const key = doc * TF_ROOM;
    let lo = from;
    let step = 1;
    let hi = from;
    while (hi < length && entries[hi] < key) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi >= length) hi = length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (entries[mid] < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return lo < length && entries[lo] < key + TF_ROOM ? lo : -lo - 1;
  }
}
