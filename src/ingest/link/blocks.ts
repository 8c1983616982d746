import { Found } from './found';
import { Postings } from './postings';
import { byStartThenId, TextIndex } from './text-index';
import type { LinkFact } from './view';

// Candidate search blocked by city: lineage never crosses cities, so each city's later facts get
// their own indexes, and a fact looks only in its city's block and the block of facts whose city
// is unknown. Besides making the work grow with a city's documents rather than the corpus, the
// nearest partners under a shared indicator are then this city's, not another's. A fact whose
// city is unknown may continue in any city: it looks once in an index of every later fact, so
// its cost does not grow with the number of cities either.

export interface BlockOptions {
  perBasis: number;
  maxDf: number;
}

/** Rarest bigrams a text lookup reads (see TextIndex). */
const PROBES = 6;

interface Block {
  shared: Postings;
  text: TextIndex;
}

// A fact's keys are asked for on both sides of both link types: build them once. Many facts
// share a node, so each key is one string (`interned`), not one per fact that names it.
const keyCache = new WeakMap<LinkFact, string[]>();
export function keysOf(f: LinkFact, interned: Map<string, string>): string[] {
  let keys = keyCache.get(f);
  if (!keys) {
    const key = (prefix: string, id: string) => {
      const k = `${prefix}${id}`;
      const known = interned.get(k);
      if (known !== undefined) return known;
      interned.set(k, k);
      return k;
    };
    keys = [
      ...f.indicators.map((id) => key('i:', id)),
      ...[...f.platforms, ...f.nearPlatforms].map((id) => key('p:', id)),
      ...f.projects.map((id) => key('j:', id)),
    ];
    keyCache.set(f, keys);
  }
  return keys;
}

export class CandidateBlocks {
  private readonly blocks = new Map<string | undefined, Block>();
  /** Built on first need: only a fact of unknown city looks in it. */
  private everything?: Block;
  private readonly keys = new Map<string, string>();

  private readonly later: LinkFact[];

  constructor(
    later: LinkFact[],
    private readonly o: BlockOptions,
  ) {
    // In index order (start, then id) once: each block's text index and postings lists then
    // receive their facts already ordered, and their own sorts only confirm it (one pass each).
    const ordered = [...later].sort(byStartThenId);
    this.later = ordered;
    const byCity = new Map<string | undefined, LinkFact[]>();
    for (const f of ordered) {
      const list = byCity.get(f.city);
      if (list) list.push(f);
      else byCity.set(f.city, [f]);
    }
    for (const [city, facts] of byCity) this.blocks.set(city, this.block(facts));
    if (byCity.size <= 1) this.everything = [...this.blocks.values()][0] ?? this.block([]);
  }

  private block(facts: LinkFact[]): Block {
    const shared = new Postings();
    for (const f of facts) for (const key of keysOf(f, this.keys)) shared.add(key, f);
    shared.seal();
    return { shared, text: new TextIndex(facts, { maxDf: this.o.maxDf, minShared: 2, limit: this.o.perBasis * 2, probes: PROBES }) };
  }

  /** One list, refilled by every lookup: read it before the next `candidates` call. */
  private readonly found = new Found();

  /**
   * Later facts from `minStart` on that share a node or rare wording with `a`, in its city. The
   * list is reused by the next call, so the caller reads it before asking again.
   */
  candidates(a: LinkFact, minStart: number): readonly LinkFact[] {
    const out = this.found;
    out.clear();
    const blocks =
      a.city === undefined ? [(this.everything ??= this.block(this.later))] : [this.blocks.get(a.city), this.blocks.get(undefined)];
    for (const block of blocks) {
      if (!block) continue;
      block.text.candidates(a, minStart, out);
      for (const key of keysOf(a, this.keys)) block.shared.addFrom(key, minStart, this.o.perBasis * 2, out);
    }
    return out.facts;
  }
}
