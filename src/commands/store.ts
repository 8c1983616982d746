import type { Config } from '../config';
import { EmbeddedStore, Neo4jStore, type GraphStore } from '../graph';
import type { Logger } from '../log';

/** The configured store: Neo4j when NEO4J_URI is set, else the in-process graph. */
export async function openStore(config: Config, log: Logger): Promise<GraphStore> {
  if (!config.neo4j) {
    const store = new EmbeddedStore();
    await store.init();
    return store;
  }
  const store = new Neo4jStore({ ...config.neo4j, log: (msg: string) => log.warn(msg) });
  await store.init();
  return store;
}
