import { syncStore } from '../../src/commands/sync';
import { EmbeddedStore, loadSnapshot, saveSnapshot } from '../../src/graph';
import { FactsCache, loadFactsCache, readDocuments, saveFactsCache } from '../../src/ingest';
import { reply } from '../lib/child';
import { peakRssMb } from '../lib/stats';

// One `plangraph ingest DIR` with PLANGRAPH_DATA=data, as the CLI does it, in a fresh process:
// load the snapshot and the facts cache (if any), read the folder, sync, save both.
// argv[2]: JSON { dir, data }.

interface Args {
  dir: string;
  data: string;
}

reply(async () => {
  const { dir, data } = JSON.parse(process.argv[2] ?? '{}') as Args;
  const t0 = performance.now();
  const store = await loadSnapshot(data);
  const cache = await loadFactsCache(`${data}.facts`);
  const t1 = performance.now();
  const read = await readDocuments([dir], { maxFiles: 1_000_000, maxBytes: 50_000_000, timeoutMs: 3_600_000 });
  const t2 = performance.now();
  const report = await syncStore(store, { add: read.documents }, undefined, { cache });
  const t3 = performance.now();
  await saveSnapshot(store as EmbeddedStore, data);
  await saveFactsCache(cache as FactsCache, `${data}.facts`);
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
