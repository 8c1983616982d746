import type { DocumentRecord, Graph } from '../model';
import type { FactsCache } from './cache';
import { extractWithin, type ExtractLimits } from './extract';
import { loadLexicon, type Lexicon } from './lexicon';
import { link } from './link';
import { extractAll } from './parallel';
import { decodeFacts, wireOutline } from './parallel/wire';
import { resolve, type FactsEntry } from './resolve';
import { evidenceOfFacts, mergesFrom, platformEvidence, type Merge, type PlatformEvidence } from './resolve/identity';
import type { Rejection } from './read';
import { identityReader, linkSeries } from './series';

// The pipeline: documents in, graph out. Pure and deterministic: the same documents (in any
// order) always give the same graph, ids included. The only I/O is reading the lexicon once.

export interface BuildOptions {
  lexicon?: Lexicon;
  /** Worker threads for segment + extract in `buildGraphParallel` (0 = automatic, 1 = none). */
  workers?: number;
  /** Called as documents are extracted (done of total), for progress on a terminal. */
  onProgress?: (done: number, total: number) => void;
  /** Per-document time, memory and work budget of segment + extract (extract/facts/budget). */
  extractLimits?: ExtractLimits;
  /** Called for each document refused for going over that budget; it is left out of the graph. */
  onRefused?: (rejection: Rejection) => void;
  /** Facts already extracted, by document content (see cache/): only the others are extracted. */
  cache?: FactsCache;
  /**
   * Called once every document's facts are at hand (extracted or cached), before resolve: where a
   * caller saves the cache and lets it go, so its bytes leave as resolve reads each document.
   */
  onExtracted?: () => Promise<void>;
  /**
   * Called between documents in resolve and between stages, where little that is short-lived is
   * alive: where a caller keeps the heap near what is live (the CLI's heap governor). `stageEnd`:
   * a stage has ended and its own structures are garbage now.
   */
  between?: (stageEnd?: boolean) => void;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One record per distinct text: of documents with the same hash, the first by id stays. */
function distinct(documents: DocumentRecord[]): DocumentRecord[] {
  const seen = new Set<string>();
  return [...documents].sort(byId).filter((d) => !seen.has(d.hash) && seen.add(d.hash));
}

function assemble(all: FactsEntry[], lexicon: Lexicon, options: BuildOptions, merges?: Map<string, Merge>): Graph {
  const facts = all.filter((f) => {
    if (typeof f === 'function' || f.refused === undefined) return true;
    options.onRefused?.({ path: f.document.path, reason: f.refused });
    return false;
  });
  // `all` is this pipeline's own list: emptied, it no longer holds the facts.
  all.length = 0;
  // Handed over: each document's facts go once they are in the graph, before link, which allocates most.
  const graph = resolve(facts, lexicon, { release: true, merges, between: options.between });
  // Resolve's builder is garbage now: link, the peak, grows from what is live without it.
  options.between?.(true);
  // A work report's issuer, read from its opening address: the State Council's targets are not led to by a district's results.
  const identity = identityReader(lexicon);
  const reportIssuers = new Map<string, string>();
  for (const doc of graph.documents) {
    const issuer = identity.read(doc)?.issuer;
    if (issuer) reportIssuers.set(doc.id, issuer);
  }
  const derived = link(graph, { unitWrittenAs: lexicon.indicators.unitWrittenAs, reportIssuers, between: options.between });
  options.between?.(true);
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

// A wire names a platform where a node's label is one; a cached entry is one document's facts, not refused.
const PLATFORM_TEXT = '"l":"Platform"';
const PLATFORM = Buffer.from(PLATFORM_TEXT);
const OPEN = Buffer.from('[{"d":{');
const CLOSE = Buffer.from(']}]');

/**
 * The same graph as `buildGraph`, with segment + extract spread over worker threads, and with a
 * cache only the documents it does not hold extracted (resolve and link always see every fact).
 */
export async function buildGraphParallel(documents: DocumentRecord[], options: BuildOptions = {}): Promise<Graph> {
  const lexicon = options.lexicon ?? loadLexicon();
  const { cache } = options;
  const docs = distinct(documents);
  if (!cache) {
    const all = await extractAll(docs, lexicon, options.workers, options.onProgress, options.extractLimits);
    await options.onExtracted?.();
    return assemble(all, lexicon, options);
  }
  // Each document's facts stay in the cache's compact form (bytes, outside the JS heap) until
  // resolve reaches the document: decoded all at once, they took more heap than the graph. Platform
  // identity needs every document before the first is resolved, so its evidence is read as each
  // document's form arrives (identity.ts), and folded in document order.
  const evidence: (PlatformEvidence | undefined)[] = new Array(docs.length);
  const entries: FactsEntry[] = new Array(docs.length);
  const later = (i: number, read: () => string) => () => decodeFacts(read(), [docs[i]!])[0]!;
  const missingAt: number[] = [];
  docs.forEach((d, i) => {
    const wire = cache.entry(d, lexicon, (bytes) => {
      // Read now only when it names a platform; otherwise its frame is checked, and resolve decodes it.
      if (!bytes.includes(PLATFORM)) return bytes.subarray(0, OPEN.length).equals(OPEN) && bytes.subarray(-CLOSE.length).equals(CLOSE);
      const o = wireOutline(bytes.toString('utf8'));
      if (o.refused !== undefined) return false;
      evidence[i] = platformEvidence(o.nodes, o.relationships, lexicon);
      return true;
    });
    if (wire) entries[i] = later(i, () => wire.toString('utf8'));
    else missingAt.push(i);
  });
  const missing = missingAt.map((i) => docs[i]!);
  const fresh = await extractAll(missing, lexicon, options.workers, options.onProgress, options.extractLimits, (j, wire) => {
    const i = missingAt[j]!;
    // Only a document naming a platform has evidence, and only a refused one says why: the others need no reading now.
    const o = wire.includes(PLATFORM_TEXT) || wire.includes('"x":') ? wireOutline(wire) : undefined;
    if (o?.refused !== undefined) {
      // A refusal is not cached (it depends on the budget, which the next run may set otherwise); assemble reports it.
      entries[i] = decodeFacts(wire, [docs[i]!])[0]!;
      return;
    }
    if (o) evidence[i] = platformEvidence(o.nodes, o.relationships, lexicon);
    // What a worker sent is already the cache's form: kept as it came, not encoded again.
    entries[i] = later(i, cache.put(docs[i]!, undefined, lexicon, wire));
  });
  // Documents extracted in this thread (a small batch) come as facts.
  fresh.forEach((f, j) => {
    if (!f) return;
    const i = missingAt[j]!;
    entries[i] = f;
    if (f.refused !== undefined) return;
    evidence[i] = evidenceOfFacts(f, lexicon);
    cache.put(docs[i]!, f, lexicon);
  });
  fresh.length = 0;
  await options.onExtracted?.();
  try {
    return assemble(entries, lexicon, options, mergesFrom(evidence, lexicon));
  } finally {
    // A cache saved and let go is read no more once resolve is done: its spill file can close.
    if (cache.released) cache.close();
  }
}
