import type { Found } from './found';
import type { LinkFact } from './view';

// An inverted index of bigrams over the later side of a link. Bigrams that occur in very many
// clauses (建设, 推进 …) say nothing and would make every lookup scan the corpus, so lists
// longer than `maxDf` are dropped, and a lookup reads only the fact's rarest lists: the cost of a
// lookup stays bounded whatever the corpus size.

export interface TextIndexOptions {
  maxDf: number;
  /** Candidates must share at least this many informative bigrams. */
  minShared: number;
  /** Best candidates kept per lookup, by shared bigrams. */
  limit: number;
  /** Only a fact's this many rarest indexed bigrams are looked up: they say the most, and a
   * long clause then costs no more than a short one. */
  probes: number;
}

/** The order facts are indexed in: by start, then id. */
export const byStartThenId = (a: LinkFact, b: LinkFact): number =>
  a.when.start - b.when.start || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0);

/** Puts `x` at `at` in a list kept at most `max` long, shifting the rest (no splice: it allocates). */
function insertAt<T>(list: T[], at: number, x: T, max: number): void {
  for (let m = Math.min(list.length, max - 1); m > at; m--) list[m] = list[m - 1];
  list[at] = x;
}

export class TextIndex {
  private readonly facts: LinkFact[];
  /** Per bigram, indices into `facts` (which is in time order), so a list is in time order too. */
  private readonly lists = new Map<number, Int32Array>();
  /** Shared-bigram counters, one per fact, reset after every lookup. */
  private readonly counts: Uint16Array;
  /** Facts a lookup touched (at most probes × maxDf), reused across lookups. */
  private readonly touched: Int32Array;

  constructor(
    facts: LinkFact[],
    private readonly options: TextIndexOptions,
  ) {
    this.facts = [...facts].sort(byStartThenId);
    // Every (bigram, fact) pair, grouped by bigram: a list per bigram in a map would be grown for
    // every pair, the common bigrams' long lists only to be dropped.
    let total = 0;
    for (const f of this.facts) total += f.bigramCount;
    const codes = new Uint32Array(total);
    const owners = new Int32Array(total);
    let n = 0;
    for (let i = 0; i < this.facts.length; i++) {
      const { bigramBlock, bigramAt, bigramCount } = this.facts[i];
      for (let k = bigramAt; k < bigramAt + bigramCount; k++) {
        codes[n] = bigramBlock[k];
        owners[n++] = i;
      }
    }
    const [byCode, ownersByCode] = byBigram(codes, owners);
    for (let start = 0; start < total;) {
      let end = start + 1;
      while (end < total && byCode[end] === byCode[start]) end++;
      if (end - start <= options.maxDf) this.lists.set(byCode[start], ownersByCode.slice(start, end));
      start = end;
    }
    this.counts = new Uint16Array(this.facts.length);
    this.touched = new Int32Array(Math.min(this.facts.length, options.probes * options.maxDf));
  }

  /** Reused by every lookup: the rarest lists, and the best hits so far. */
  private readonly probeLists: Int32Array[] = [];
  private readonly best: number[] = [];

  /**
   * Adds to `into` the facts starting at or after `minStart` that share the most informative
   * bigrams with `fact` (at most `limit`: most shared first, then earliest). Runs once per fact
   * per link type, so it keeps its scratch arrays instead of allocating per lookup.
   */
  candidates(fact: LinkFact, minStart: number, into: Found): void {
    const touched = this.touched;
    const counts = this.counts;
    let n = 0;
    const from = this.firstStartingFrom(minStart);
    for (const list of this.rarest(fact)) {
      for (let j = firstAtLeast(list, from); j < list.length; j++) {
        if (counts[list[j]]++ === 0) touched[n++] = list[j];
      }
    }
    // The `limit` best hits by (count desc, index asc), kept sorted by insertion: a full sort
    // of every hit would copy them all to keep ten.
    const best = this.best;
    const { limit, minShared } = this.options;
    best.length = 0;
    for (let k = 0; k < n; k++) {
      const i = touched[k];
      const c = counts[i];
      if (c < minShared) continue;
      let at = best.length;
      while (at > 0 && (counts[best[at - 1]] < c || (counts[best[at - 1]] === c && best[at - 1] > i))) at--;
      if (at < limit) insertAt(best, at, i, limit);
    }
    for (let k = 0; k < n; k++) counts[touched[k]] = 0;
    for (const i of best) into.add(this.facts[i]);
  }

  /** The fact's `probes` rarest indexed lists; of equal lengths, the first in bigram order. */
  private rarest(fact: LinkFact): Int32Array[] {
    const lists = this.probeLists;
    const { probes } = this.options;
    lists.length = 0;
    const { bigramBlock, bigramAt, bigramCount } = fact;
    for (let k = bigramAt; k < bigramAt + bigramCount; k++) {
      const list = this.lists.get(bigramBlock[k]);
      if (!list) continue;
      // Insert after every list no longer than it (what a stable sort by length would give).
      let at = lists.length;
      while (at > 0 && lists[at - 1].length > list.length) at--;
      if (at < probes) insertAt(lists, at, list, probes);
    }
    return lists;
  }

  /** Index of the first fact starting at or after `minStart` (facts are in time order). */
  private firstStartingFrom(minStart: number): number {
    let lo = 0;
    let hi = this.facts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.facts[mid].when.start < minStart) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The pairs ordered by bigram code, each code's facts still in the order given (ascending): a
 * stable radix sort, low 16 bits then high, with no comparison and no object per pair.
 */
function byBigram(codes: Uint32Array, owners: Int32Array): [Uint32Array, Int32Array] {
  const codes2 = new Uint32Array(codes.length);
  const owners2 = new Int32Array(owners.length);
  radixPass(codes, owners, codes2, owners2, 0);
  radixPass(codes2, owners2, codes, owners, 16);
  return [codes, owners];
}

function radixPass(codes: Uint32Array, owners: Int32Array, toCodes: Uint32Array, toOwners: Int32Array, shift: number): void {
  const at = new Uint32Array(0x10001);
  for (let i = 0; i < codes.length; i++) at[((codes[i] >>> shift) & 0xffff) + 1]++;
  for (let d = 1; d <= 0xffff; d++) at[d] += at[d - 1];
  for (let i = 0; i < codes.length; i++) {
    const p = at[(codes[i] >>> shift) & 0xffff]++;
    toCodes[p] = codes[i];
    toOwners[p] = owners[i];
  }
}

/**
 * Position of the first index at or above `from` in an ascending list: the list's first fact
 * starting at or after a time, found once over all facts, then in each list by the numbers
 * themselves rather than by reading every probed fact's time.
 */
function firstAtLeast(list: Int32Array, from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
