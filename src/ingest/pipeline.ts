import type { DocumentRecord, Graph } from '../model';
import type { FactsCache } from './cache';
import { extractWithin, type DocumentFacts, type ExtractLimits } from './extract';
import { loadLexicon, type Lexicon } from './lexicon';
import { link } from './link';
import { extractAll } from './parallel';
import { resolve } from './resolve';
import type { Rejection } from './read';
import { linkSeries } from './series';

// The pipeline: documents in, graph out. Pure and deterministic: the same documents (in any
// order) always give the same graph, ids included. The only I/O is reading the lexicon once.

export interface BuildOptions {
  lexicon?: Lexicon;
  /** Worker threads for segment + extract in `buildGraphParallel` (0 = automatic, 1 = none). */
  workers?: number;
  /** Called as documents are extracted (done of total), for progress on a terminal. */
  onProgress?: (done: number, total: number) => void;
  /** Per-document time, memory and work budget of segment + extract (extract/budget). */
  extractLimits?: ExtractLimits;
  /** Called for each document refused for going over that budget; it is left out of the graph. */
  onRefused?: (rejection: Rejection) => void;
  /** Facts already extracted, by document content (see cache/): only the others are extracted. */
  cache?: FactsCache;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One record per distinct text: of documents with the same hash, the first by id stays. */
function distinct(documents: DocumentRecord[]): DocumentRecord[] {
  const seen = new Set<string>();
  return [...documents].sort(byId).filter((d) => !seen.has(d.hash) && seen.add(d.hash));
}

function assemble(all: DocumentFacts[], lexicon: Lexicon, options: BuildOptions): Graph {
  const facts = all.filter((f) => {
    if (f.refused !== undefined) options.onRefused?.({ path: f.document.path, reason: f.refused });
    return f.refused === undefined;
  });
  // `all` is this pipeline's own list: emptied, it no longer holds the facts.
  all.length = 0;
  // Handed over: each document's facts go once they are in the graph, before link, which allocates most.
  const graph = resolve(facts, lexicon, { release: true });
  const derived = link(graph, { unitWrittenAs: lexicon.indicators.unitWrittenAs });
  // Work reports in a series: read after link, so a link already drawn is marked, not doubled.
  return linkSeries({ ...graph, relationships: [...graph.relationships, ...derived] }, lexicon);
}

export function buildGraph(documents: DocumentRecord[], options: BuildOptions = {}): Graph {
  const lexicon = options.lexicon ?? loadLexicon();
  return assemble(
    distinct(documents).map((d) => extractWithin(d, lexicon, options.extractLimits)),
    lexicon,
    options,
  );
}

/**
 * The same graph as `buildGraph`, with segment + extract spread over worker threads, and with a
 * cache only the documents it does not hold extracted (resolve and link always see every fact).
 */
export async function buildGraphParallel(documents: DocumentRecord[], options: BuildOptions = {}): Promise<Graph> {
  const lexicon = options.lexicon ?? loadLexicon();
  const { cache } = options;
  const docs = distinct(documents);
  const extract = (some: DocumentRecord[], onWire?: (index: number, wire: string) => void) =>
    extractAll(some, lexicon, options.workers, options.onProgress, options.extractLimits, onWire);
  if (!cache) return assemble(await extract(docs), lexicon, options);
  const facts = docs.map((d) => cache.get(d, lexicon));
  const missing = docs.filter((_, i) => facts[i] === undefined);
  // What a worker sent is already the cache's form: kept as it came (as bytes, outside the JS
  // heap, from the moment it arrives), not encoded again.
  const wires: (Buffer | undefined)[] = new Array(missing.length);
  const fresh = await extract(missing, (i, wire) => (wires[i] = Buffer.from(wire, 'utf8')));
  // A refusal is not cached: it depends on the budget, which the next run may set otherwise.
  missing.forEach((d, i) => fresh[i]!.refused === undefined && cache.put(d, fresh[i]!, lexicon, wires[i]));
  wires.length = 0;
  // One list of every document's facts, handed to assemble, which lets them go after resolve:
  // no other list here may still hold them while link runs.
  let next = 0;
  for (let i = 0; i < facts.length; i++) if (facts[i] === undefined) facts[i] = fresh[next++];
  fresh.length = 0;
  return assemble(facts as DocumentFacts[], lexicon, options);
}
