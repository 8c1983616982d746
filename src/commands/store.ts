import { existsSync } from 'node:fs';
import type { Config } from '../config';
import { EmbeddedStore, createNeo4jStore, loadSnapshot, saveSnapshot, type GraphStore } from '../graph';
import type { Logger } from '../log';

/**
 * The configured store: Neo4j when NEO4J_URI is set, else the in-process graph, loaded from the
 * snapshot file when PLANGRAPH_DATA names one.
 */
export async function openStore(config: Config, log: Logger): Promise<GraphStore> {
  if (!config.neo4j) {
    if (config.dataFile) return loadSnapshot(config.dataFile);
    const store = new EmbeddedStore();
    await store.init();
    return store;
  }
  const store = createNeo4jStore({ ...config.neo4j, log: (msg: string) => log.warn(msg) });
  await store.init();
  return store;
}

/** Whether `serve` should start from the store as it is rather than from the seeds. */
export function storeHasGraph(config: Config): boolean {
  return Boolean(config.neo4j) || Boolean(config.dataFile && existsSync(config.dataFile));
}

/** After a write: an embedded store with a data file saves it (atomically); Neo4j has committed. */
export async function persist(store: GraphStore, config: Config): Promise<void> {
  if (store instanceof EmbeddedStore && config.dataFile) await saveSnapshot(store, config.dataFile);
}
