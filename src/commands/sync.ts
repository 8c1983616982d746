import type { DocumentRecord } from '../model';
import { EmbeddedStore, SnapshotStore, type GraphStore } from '../graph';
import type { Logger } from '../config/log';
import {
  buildGraphParallel,
  readDocuments,
  sliceGraph,
  type ExtractLimits,
  type FactsCache,
  type ReadLimits,
  type Rejection,
} from '../ingest';

// Bringing a store up to date with a set of documents. The pipeline resolves names and links
// lineage across the whole corpus, so it runs over the store's documents plus the new ones,
// and every document's slice is applied (a shared Indicator gains the new document's support).

export interface SyncReport {
  ingested: string[];
  rejected: Rejection[];
  duplicates: { path: string; sameAs: string }[];
  removed: string[];
  nodes: number;
  relationships: number;
  /** Documents segmented and extracted in this run (the others' facts came from the facts cache). */
  extracted: number;
  /** True when `ifChanged` found every document already stored, and nothing was written. */
  unchanged?: boolean;
}

/**
 * Worker threads for segment + extract (config.ingest.workers; 0 = automatic), progress,
 * `ifChanged`: leave the store alone when it already holds every document read, with the same
 * text (hash), and the facts cache: with one, only new or changed documents are extracted.
 */
export interface SyncOptions {
  workers?: number;
  ifChanged?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Per-document budget of segment + extract (default: the ingest's own). */
  extractLimits?: ExtractLimits;
  cache?: FactsCache;
  /**
   * Saves the cache (its file): called once extraction is done, before resolve, and the cache is
   * let go after it (FactsCache.release). Keys are content hashes, so a cache saved before the
   * store is written is still a correct one.
   */
  saveCache?: (cache: FactsCache) => Promise<void>;
  /** Called between resolve's documents and between stages (`BuildOptions.between`; the CLI's heap governor). */
  between?: (stageEnd?: boolean) => void;
}

/** Whether the store holds every one of these documents with the same text (by hash). */
export async function storeHoldsDocuments(store: GraphStore, documents: DocumentRecord[]): Promise<boolean> {
  if (documents.length === 0) return false;
  const stored = await store.getDocuments(documents.map((d) => d.id));
  return documents.every((d, i) => stored[i]?.hash === d.hash);
}

export async function syncStore(
  store: GraphStore,
  change: { add?: DocumentRecord[]; remove?: string[] },
  log?: Logger,
  options: SyncOptions = {},
): Promise<Omit<SyncReport, 'duplicates'>> {
  const removed = new Set(change.remove ?? []);
  const added = new Map((change.add ?? []).map((d) => [d.id, d]));
  const existing = (await store.listDocuments()).filter((d) => !removed.has(d.id) && !added.has(d.id));
  log?.info({ documents: existing.length + added.size }, 'building graph');
  const extractedBefore = options.cache?.stats.extracted ?? 0;
  // A document over its extraction budget is refused like one that cannot be read: left out, one line.
  const rejected: Rejection[] = [];
  const { cache, saveCache } = options;
  const onExtracted = async () => {
    // Facts of documents no longer in the corpus (removed, or changed since) leave the cache.
    cache?.retainUsed();
    if (!cache || !saveCache) return;
    await saveCache(cache);
    cache.release();
  };
  const graph = await buildGraphParallel([...existing, ...added.values()], { ...options, onRefused: (r) => rejected.push(r), onExtracted });
  options.between?.();
  let gone: string[] = [];
  if (store instanceof SnapshotStore) {
    // A snapshot file takes the build whole: only what changed is written (SnapshotStore.applyBuild).
    log?.info({ documents: graph.documents.length }, 'writing changes');
    gone = await store.applyBuild(graph, [...removed]);
  } else {
    for (const id of removed) if (await store.removeDocument(id)) gone.push(id);
    const slices = sliceGraph(graph);
    log?.info({ documents: slices.length }, 'applying documents');
    // The build is this function's own: an embedded store keeps its facts instead of copies.
    if (store instanceof EmbeddedStore) await store.adoptDocuments(slices);
    else await store.applyDocuments(slices);
  }
  return {
    ingested: [...added.keys()].filter((id) => graph.documents.some((d) => d.id === id)),
    rejected,
    removed: gone,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    extracted: options.cache ? options.cache.stats.extracted - extractedBefore : graph.documents.length,
  };
}

export async function ingestPaths(
  store: GraphStore,
  paths: string[],
  limits: ReadLimits,
  log?: Logger,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const read = await readDocuments(paths, limits);
  if (options.ifChanged && (await storeHoldsDocuments(store, read.documents))) {
    log?.info({ documents: read.documents.length }, 'documents unchanged: not re-ingested');
    return {
      ingested: [],
      removed: [],
      nodes: 0,
      relationships: 0,
      extracted: 0,
      rejected: read.rejected,
      duplicates: read.duplicates,
      unchanged: true,
    };
  }
  const report = await syncStore(store, { add: read.documents }, log, options);
  return { ...report, rejected: [...read.rejected, ...report.rejected], duplicates: read.duplicates };
}
