import { syncStore } from '../../src/commands/sync';
import { SnapshotStore } from '../../src/graph';
import { loadFactsCache, readDocuments, saveFactsCache } from '../../src/ingest';
import type { SyncReport } from '../../src/commands/sync';
import { reply } from '../lib/child';
import { peakRssMb } from '../lib/stats';

// One `plangraph ingest DIR` with PLANGRAPH_DATA=data, as the CLI does it, in a fresh process:
// open the snapshot store for writing (its graph loaded only if needed) and the facts cache, read
// the folder, sync under the file's lock (which writes the snapshot: a patch, or the file whole),
// save the cache. argv[2]: JSON { dir, data }.

interface Args {
  dir: string;
  data: string;
}

reply(async () => {
  const { dir, data } = JSON.parse(process.argv[2] ?? '{}') as Args;
  const t0 = performance.now();
  const store = await SnapshotStore.open(data, { lazy: true });
  const cache = await loadFactsCache(`${data}.facts`);
  const t1 = performance.now();
  const read = await readDocuments([dir], { maxFiles: 1_000_000, maxBytes: 50_000_000, timeoutMs: 3_600_000 });
  const t2 = performance.now();
  let t3 = 0;
  const report = await store.transaction(async (): Promise<Omit<SyncReport, 'duplicates'>> => {
    const r = await syncStore(store, { add: read.documents }, undefined, { cache });
    t3 = performance.now();
    return r;
  });
  await saveFactsCache(cache, `${data}.facts`);
  const t4 = performance.now();
  return {
    documents: read.documents.length,
    extracted: report.extracted,
    nodes: report.nodes,
    relationships: report.relationships,
    loadMs: t1 - t0,
    readMs: t2 - t1,
    syncMs: t3 - t2,
    saveMs: t4 - t3,
    totalMs: t4 - t0,
    peakRssMb: peakRssMb(),
  };
});
