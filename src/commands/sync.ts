import type { DocumentRecord } from '../model';
import type { GraphStore } from '../graph';
import type { Logger } from '../log';
import { buildGraphParallel, readDocuments, sliceGraph, type ReadLimits, type Rejection } from '../ingest';

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
}

/** Worker threads for segment + extract (config.ingest.workers; 0 = automatic), and progress. */
export interface SyncOptions { workers?: number; onProgress?: (done: number, total: number) => void }

export async function syncStore(
  store: GraphStore,
  change: { add?: DocumentRecord[]; remove?: string[] },
  log?: Logger,
  options: SyncOptions = {},
): Promise<Omit<SyncReport, 'rejected' | 'duplicates'>> {
  const removed = new Set(change.remove ?? []);
  const added = new Map((change.add ?? []).map((d) => [d.id, d]));
  const existing = (await store.listDocuments()).filter((d) => !removed.has(d.id) && !added.has(d.id));
  log?.info({ documents: existing.length + added.size }, 'building graph');
  const graph = await buildGraphParallel([...existing, ...added.values()], options);
  const gone: string[] = [];
  for (const id of removed) if (await store.removeDocument(id)) gone.push(id);
  const slices = sliceGraph(graph);
  log?.info({ documents: slices.length }, 'applying documents');
  await store.applyDocuments(slices);
  return {
    ingested: [...added.keys()].filter((id) => graph.documents.some((d) => d.id === id)),
    removed: gone,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
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
  const report = await syncStore(store, { add: read.documents }, log, options);
  return { ...report, rejected: read.rejected, duplicates: read.duplicates };
}
