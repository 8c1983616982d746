import { existsSync } from 'node:fs';
import type { Config } from '../config/config';
import { EmbeddedStore, SnapshotStore, createNeo4jStore, type GraphStore } from '../graph';
import { FactsCache, loadFactsCache, saveFactsCache } from '../ingest';
import type { Logger } from '../config/log';

/**
 * The configured store: Neo4j when NEO4J_URI is set, else the in-process graph, kept in the
 * snapshot file when PLANGRAPH_DATA names one (every write, CLI or HTTP, is then saved under the
 * file's lock). `forWriting`: a batch write (ingest, remove) that may never need the whole graph.
 */
export async function openStore(config: Config, log: Logger, options: { forWriting?: boolean } = {}): Promise<GraphStore> {
  if (!config.neo4j) {
    // A write command loads the snapshot's graph only if it must (see SnapshotStore.applyBuild).
    if (config.dataFile)
      return SnapshotStore.open(config.dataFile, { onWait: (m) => log.warn(m), timeoutMs: config.lockTimeoutMs, lazy: options.forWriting });
    const store = new EmbeddedStore();
    await store.init();
    return store;
  }
  const store = createNeo4jStore({ ...config.neo4j, log: (msg: string) => log.warn(msg) });
  await store.init();
  return store;
}

/**
 * A batch write needs the store now: Neo4j still unreachable after its start-up retries is a
 * failure (exit 1, nothing written), not an empty success. `serve` instead keeps retrying in the
 * background and answers 503 meanwhile.
 */
export async function requireReady(store: GraphStore): Promise<void> {
  const h = await store.health().catch((err: unknown) => ({ state: 'unavailable', detail: (err as Error).message }));
  if (h.state === 'ready') return;
  await store.close().catch(() => undefined);
  throw new StoreNotReadyError(
    `the graph store (${store.kind}) is unreachable${h.detail ? ` (${h.detail.split('\n')[0]})` : ''}; nothing was written`,
  );
}

export class StoreNotReadyError extends Error {}

/** Whether `serve` should start from the store as it is rather than from the seeds. */
export function storeHasGraph(config: Config): boolean {
  return Boolean(config.neo4j) || Boolean(config.dataFile && existsSync(config.dataFile));
}

/**
 * A write command's whole read-build-write as one unit: for a snapshot, under its lock on the
 * file's latest graph and saved once at the end, so two commands never lose each other's batch.
 * Neo4j commits per document.
 */
export function writing<T>(store: GraphStore, work: () => Promise<T>): Promise<T> {
  return store instanceof SnapshotStore ? store.transaction(work) : work();
}

/** The facts cache file beside the snapshot: re-ingesting extracts only new or changed documents. */
const factsFile = (config: Config): string | undefined => (config.dataFile ? `${config.dataFile}.facts` : undefined);

/** The cache a write starts from: the file's, when there is a data file; else an empty one. */
export async function openFactsCache(config: Config): Promise<FactsCache> {
  const file = factsFile(config);
  // Entries extracted now go to a file beside it until saved, not into memory (FactsCache's spill).
  return file ? loadFactsCache(file, { spill: true }) : new FactsCache();
}

/** Saved under the snapshot's lock, once extraction is done. Keys are content hashes, so any saved cache is a correct one. */
export async function persistFactsCache(cache: FactsCache, config: Config): Promise<void> {
  const file = factsFile(config);
  if (file) await saveFactsCache(cache, file);
}
