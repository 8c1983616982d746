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

const byStartThenId = (a: LinkFact, b: LinkFact) =>
  a.when.start - b.when.start || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0);

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
    const build = new Map<number, number[]>();
    this.facts.forEach((f, i) => {
      for (const code of f.bigrams) {
        const list = build.get(code);
        if (list) list.push(i);
        else build.set(code, [i]);
      }
    });
    for (const [code, list] of build) if (list.length <= options.maxDf) this.lists.set(code, Int32Array.from(list));
    this.counts = new Uint16Array(this.facts.length);
    this.touched = new Int32Array(Math.min(this.facts.length, options.probes * options.maxDf));
  }

  /** Facts starting at or after `minStart` that share the most informative bigrams with `fact`. */
  candidates(fact: LinkFact, minStart: number): LinkFact[] {
    const touched = this.touched;
    let n = 0;
    for (const list of this.rarest(fact)) {
      for (let j = this.firstFrom(list, minStart); j < list.length; j++) {
        if (this.counts[list[j]]++ === 0) touched[n++] = list[j];
      }
    }
    const hits: number[] = [];
    for (let k = 0; k < n; k++) if (this.counts[touched[k]] >= this.options.minShared) hits.push(touched[k]);
    hits.sort((a, b) => this.counts[b] - this.counts[a] || a - b);
    if (hits.length > this.options.limit) hits.length = this.options.limit;
    for (let k = 0; k < n; k++) this.counts[touched[k]] = 0;
    return hits.map((i) => this.facts[i]);
  }

  private rarest(fact: LinkFact): Int32Array[] {
    const lists: Int32Array[] = [];
    for (const code of fact.bigrams) {
      const list = this.lists.get(code);
      if (list) lists.push(list);
    }
    if (lists.length <= this.options.probes) return lists;
    return lists.sort((a, b) => a.length - b.length).slice(0, this.options.probes);
  }

  private firstFrom(list: Int32Array, minStart: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.facts[list[mid]].when.start < minStart) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
