import { EmbeddedStore } from '../../src/graph';
import { buildGraph, readDocuments, sliceGraph } from '../../src/ingest';
import type { DocumentSlice } from '../../src/model';

// An embedded store filled from files the way the CLI fills it (read → build → slice → apply).
// A slice the store still refuses is counted and reported rather than ending the benchmark.

export interface LoadedStore {
  store: EmbeddedStore; documents: number; nodes: number; relationships: number; ms: number;
  /** Slices needing a second pass, and slices the store refused even then. */
  retried: number; refused: number; firstRefusal: string | null;
}

export async function loadCorpusStore(paths: string[]): Promise<LoadedStore> {
  const t0 = performance.now();
  const store = new EmbeddedStore();
  await store.init();
  const read = await readDocuments(paths, { maxBytes: 50_000_000, maxFiles: 1_000_000, timeoutMs: 3_600_000 });
  if (read.rejected.length > 0) throw new Error(`rejected while loading: ${read.rejected.map((x) => `${x.path}: ${x.reason}`).join('; ')}`);
  const graph = buildGraph(read.documents);
  // A slice can cite a node only another document brings (a derived edge's far end). Such slices
  // are applied without those edges first, then again whole once every node is in.
  let firstRefusal: string | null = null;
  const retry: DocumentSlice[] = [];
  for (const slice of sliceGraph(graph)) {
    try {
      await store.applyDocument(slice);
    } catch (err) {
      firstRefusal ??= (err as Error).message;
      const here = new Set(slice.nodes.map((n) => n.id));
      const known = new Set((await store.getNodes([...new Set(slice.relationships.flatMap((r) => [r.from, r.to]))])).flatMap((n) => (n ? [n.id] : [])));
      const ok = (id: string) => here.has(id) || known.has(id);
      await store.applyDocument({ ...slice, relationships: slice.relationships.filter((r) => ok(r.from) && ok(r.to)) });
      retry.push(slice);
    }
  }
  let refused = 0;
  for (const slice of retry) {
    try {
      await store.applyDocument(slice);
    } catch {
      refused++;
    }
  }
  return {
    store, documents: read.documents.length, nodes: graph.nodes.length, relationships: graph.relationships.length,
    ms: performance.now() - t0, retried: retry.length, refused, firstRefusal,
  };
}
