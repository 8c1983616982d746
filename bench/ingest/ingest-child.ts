import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { EmbeddedStore } from '../../src/graph';
import { buildGraph, buildGraphParallel, readDocuments, sliceGraph } from '../../src/ingest';
import { reply } from '../lib/child';
import { peakRssMb } from '../lib/stats';

// One ingest measurement in a fresh process: read (decode) → build (normalise … link), the
// pipeline proper; then slice per document and load the slices into an embedded store. argv[2]: JSON { paths, repeat }.
// With repeat > 1 (the tiny seed set) the pipeline runs again on the decoded documents and the
// median warm run is reported next to the first, cold one.

interface Args {
  paths: string[];
  repeat: number;
}

reply(async () => {
  const { paths, repeat } = JSON.parse(process.argv[2] ?? '{}') as Args;
  const t0 = performance.now();
  // Read relative to the working directory: a document's path is then as typed, so its size can be
  // taken from it (under an absolute folder the reader shows paths from the folder's name down).
  const read = await readDocuments(
    paths.map((p) => relative(process.cwd(), p) || '.'),
    { maxFiles: 1_000_000, maxBytes: 50_000_000, timeoutMs: 3_600_000 },
  );
  const t1 = performance.now();
  const graph = await buildGraphParallel(read.documents);
  const t2 = performance.now();
  const slices = sliceGraph(graph);
  const tSlice = performance.now();
  const store = new EmbeddedStore();
  await store.init();
  // A store that refuses a slice is a finding to report, not a reason to lose the pipeline's numbers.
  let storeError: string | null = null;
  try {
    // As the ingest command applies a build (commands/sync.ts): the store keeps the build's facts.
    await store.adoptDocuments(slices);
  } catch (err) {
    storeError = (err as Error).message;
  }
  const t3 = performance.now();
  const sliceMs = tSlice - t2;
  const warm: number[] = [];
  for (let i = 1; i < repeat; i++) {
    const s = performance.now();
    buildGraph(read.documents);
    warm.push(performance.now() - s);
  }
  warm.sort((a, b) => a - b);
  const bytes = read.documents.reduce((n, d) => n + statSync(d.path).size, 0);
  const chars = read.documents.reduce((n, d) => n + d.chars, 0);
  const labels = new Map<string, number>();
  for (const n of graph.nodes) labels.set(n.label, (labels.get(n.label) ?? 0) + 1);
  return {
    documents: read.documents.length,
    rejected: read.rejected.length,
    duplicates: read.duplicates.length,
    bytes,
    chars,
    readMs: t1 - t0,
    buildMs: t2 - t1,
    sliceMs,
    storeMs: t3 - tSlice,
    warmBuildMs: warm.length ? warm[Math.floor(warm.length / 2)] : null,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    ledTo: graph.relationships.filter((r) => r.type === 'LED_TO').length,
    byLabel: Object.fromEntries(labels),
    peakRssMb: peakRssMb(),
    storeError,
  };
});
