import type { GraphNode, NodeLabel } from '../../model';
import type { SearchHit } from '../contract/graph-store';
import { bestMatchingText, indexTokens, queryTokens } from '../contract/cjk-tokens';
import { MAX_DOCS, Postings, tfAliases, tfName, tfSources } from './postings';

// Full-text search over node names, aliases and source sentences (CJK bigrams), kept up to date
// by every write (indexes.ts calls upsert/remove after each commit, a snapshot load included), so
// no query ever waits for indexing. An inverted index of posting lists: a query walks its
// rarest token's list and seeks the others (AND), so a common pair (城市, 数据) costs a seek per
// candidate, not a score per posting. Ranking is BM25+ per field, name ×3, aliases ×2.

const BOOST = [3, 2, 1] as const;
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
/** A lone Han character also matches the pairs it starts, at this weight (MiniSearch's prefix weight). */
const PREFIX_WEIGHT = 0.375;
const HAN = /^\p{Script=Han}/u;

/** The texts a node is found by, each once: a Task's name is usually its own source sentence. */
function fieldsOf(n: GraphNode): [string[], string[], string[]] {
  const seen = new Set<string>([n.name, ...n.aliases]);
  const sentences: string[] = [];
  for (const s of n.sources) {
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    sentences.push(s.text);
  }
  return [[n.name], n.aliases, sentences];
}

/** A query token's matches, read in ascending entry order. */
interface TermCursor {
  size: number;
  /** The `i`th doc, to drive from when this term is the rarest. */
  docAt(i: number): number;
  /** The term's score for `doc`, or -1 when the doc lacks it; calls come in ascending doc order. */
  scoreOf(doc: number): number;
}

export class SearchIndex {
  private readonly postings = new Map<string, Postings>();
  /** Han character → the indexed tokens starting with it (itself and its pairs). */
  private readonly byFirst = new Map<string, string[]>();
  private readonly numOf = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private labelOf: (NodeLabel | undefined)[] = [];
  // Per entry, appended in entry order: plain arrays on the JS heap, like the posting lists
  // (postings.ts says why not typed arrays).
  private readonly lens: [number[], number[], number[]] = [[], [], []];
  private readonly tokenCounts: number[] = [];
  private readonly totals = [0, 0, 0];
  private next = 0;
  private live = 0;
  private livePostings = 0;
  private deadPostings = 0;

  /** `minDead`: dead postings tolerated before a compaction (which also needs dead > live). */
  constructor(private readonly minDead = 200_000) {}

  /** Nodes indexed now (tests and benches read it: the index is filled by writes, not queries). */
  get size(): number {
    return this.live;
  }

  upsert(node: GraphNode): void {
    this.drop(node.id);
    if (this.next >= MAX_DOCS) this.compact();
    if (this.next >= MAX_DOCS) throw new Error(`the search index holds at most ${MAX_DOCS} nodes`);
    const num = this.next++;
    // Each token's list is found once per occurrence and its entry for this node counted in
    // place (entry numbers only grow, so this node's entry, if any, is the list's last).
    let distinct = 0;
    const fields = fieldsOf(node);
    for (let f = 0; f < 3; f++) {
      let len = 0;
      for (const text of fields[f]) {
        const tokens = indexTokens(text);
        len += tokens.length;
        for (const t of tokens) {
          let p = this.postings.get(t);
          if (!p) {
            this.postings.set(t, (p = new Postings()));
            if (HAN.test(t)) {
              const first = String.fromCodePoint(t.codePointAt(0)!);
              const list = this.byFirst.get(first);
              if (list) list.push(t);
              else this.byFirst.set(first, [t]);
            }
          }
          if (p.length === 0 || p.docAt(p.length - 1) !== num) {
            p.push(num, 0);
            distinct++;
          }
          p.countLast(f);
        }
      }
      this.lens[f][num] = len;
      this.totals[f] += len;
    }
    this.tokenCounts[num] = distinct;
    this.livePostings += distinct;
    this.ids[num] = node.id;
    this.labelOf[num] = node.label;
    this.numOf.set(node.id, num);
    this.live++;
  }

  remove(id: string): void {
    this.drop(id);
  }

  private drop(id: string): void {
    const num = this.numOf.get(id);
    if (num === undefined) return;
    this.numOf.delete(id);
    this.ids[num] = undefined;
    this.labelOf[num] = undefined;
    for (let f = 0; f < 3; f++) this.totals[f] -= this.lens[f][num];
    this.livePostings -= this.tokenCounts[num];
    this.deadPostings += this.tokenCounts[num];
    this.live--;
    if (this.deadPostings > this.minDead && this.deadPostings > this.livePostings) this.compact();
  }

  /** Drops dead entries from every list and renumbers the live ones densely, order kept. */
  private compact(): void {
    const renumber = new Int32Array(this.next).fill(-1);
    let n = 0;
    for (let old = 0; old < this.next; old++) {
      const id = this.ids[old];
      if (id === undefined) continue;
      renumber[old] = n;
      this.ids[n] = id;
      this.labelOf[n] = this.labelOf[old];
      for (let f = 0; f < 3; f++) this.lens[f][n] = this.lens[f][old];
      this.tokenCounts[n] = this.tokenCounts[old];
      this.numOf.set(id, n);
      n++;
    }
    this.ids.length = n;
    this.labelOf.length = n;
    for (const lens of this.lens) lens.length = n;
    this.tokenCounts.length = n;
    this.next = n;
    for (const p of this.postings.values()) p.compact(renumber);
    this.deadPostings = 0;
  }

  private termScore(p: Postings, i: number, weight: number): number {
    // Dead entries stay in a list until the next compaction: never count more holders than nodes
    // (the idf, and so every score, stays positive).
    const df = Math.min(p.length, this.live);
    const idf = Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
    const doc = p.docAt(i);
    const packed = p.tfAt(i);
    const score =
      this.fieldScore(0, tfName(packed), doc) + this.fieldScore(1, tfAliases(packed), doc) + this.fieldScore(2, tfSources(packed), doc);
    return score * idf * weight;
  }

  private fieldScore(f: 0 | 1 | 2, tf: number, doc: number): number {
    if (tf === 0) return 0;
    const avg = this.totals[f] / Math.max(1, this.live) || 1;
    return BOOST[f] * (DELTA + (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lens[f][doc]) / avg)));
  }

  private exact(p: Postings): TermCursor {
    let cursor = 0;
    return {
      size: p.length,
      docAt: (i) => p.docAt(i),
      scoreOf: (doc) => {
        const at = p.seek(doc, cursor);
        if (at < 0) {
          cursor = -at - 1;
          return -1;
        }
        cursor = at;
        return this.termScore(p, at, 1);
      },
    };
  }

  /** A lone Han character: itself (a run's last character) or the first of any indexed pair. */
  private prefix(char: string): TermCursor {
    const scores = new Map<number, number>();
    for (const t of this.byFirst.get(char) ?? []) {
      const p = this.postings.get(t)!;
      const weight = t === char ? 1 : PREFIX_WEIGHT;
      for (let i = 0; i < p.length; i++) {
        const doc = p.docAt(i);
        if (this.ids[doc] === undefined) continue;
        scores.set(doc, (scores.get(doc) ?? 0) + this.termScore(p, i, weight));
      }
    }
    const docs = Int32Array.from(scores.keys()).sort();
    return { size: docs.length, docAt: (i) => docs[i], scoreOf: (doc) => scores.get(doc) ?? -1 };
  }

  search(
    text: string,
    labels: readonly NodeLabel[] | undefined,
    limit: number,
    nodeOf: (id: string) => GraphNode | undefined,
  ): SearchHit[] {
    const tokens = queryTokens(text);
    if (tokens.length === 0 || limit <= 0) return [];
    const terms: TermCursor[] = [];
    for (const t of tokens) {
      const single = [...t].length === 1 && HAN.test(t);
      const p = single ? undefined : this.postings.get(t);
      const term = single ? this.prefix(t) : p ? this.exact(p) : undefined;
      if (!term || term.size === 0) return [];
      terms.push(term);
    }
    terms.sort((a, b) => a.size - b.size);
    const [driver, ...rest] = terms;
    const wanted = labels && labels.length > 0 ? new Set<string>(labels) : null;
    const found: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < driver.size; i++) {
      const doc = driver.docAt(i);
      const label = this.labelOf[doc];
      if (label === undefined || (wanted && !wanted.has(label))) continue;
      let score = driver.scoreOf(doc);
      for (const other of rest) {
        const s = other.scoreOf(doc);
        if (s < 0) {
          score = -1;
          break;
        }
        score += s;
      }
      if (score < 0) continue;
      found.push(doc);
      scores.push(score);
    }
    return this.best(found, scores, limit, text, nodeOf);
  }

  /** The `limit` best, score first then id; only those are sorted. */
  private best(found: number[], scores: number[], limit: number, text: string, nodeOf: (id: string) => GraphNode | undefined): SearchHit[] {
    let order = found.map((_, i) => i);
    if (order.length > limit) {
      const threshold = Float64Array.from(scores).sort()[scores.length - limit];
      order = order.filter((i) => scores[i] >= threshold);
    }
    const idOf = (i: number) => this.ids[found[i]]!;
    order.sort((a, b) => scores[b] - scores[a] || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
    const hits: SearchHit[] = [];
    for (const i of order) {
      const node = nodeOf(idOf(i));
      if (!node) continue;
      const texts = [node.name, ...node.aliases, ...node.sources.map((s) => s.text)];
      hits.push({ id: node.id, score: scores[i], text: bestMatchingText(text, texts) });
      if (hits.length >= limit) break;
    }
    return hits;
  }
}
