// The graph phase: one store contract, two stores. The API and the CLI import from here only.
export * from './contract/graph-store';
export {
  EmbeddedStore,
  saveSnapshot,
  loadSnapshot,
  SnapshotError,
  SnapshotStore,
  DEFAULT_LOCK_TIMEOUT_MS,
  type LockOptions,
} from './embedded';
export type { Neo4jStore, Neo4jStoreOptions } from './neo4j';
import type { Neo4jStore, Neo4jStoreOptions } from './neo4j';

/** A Neo4j store; neo4j-driver is loaded only here, so the embedded default starts without it. */
export function createNeo4jStore(options: Neo4jStoreOptions): Neo4jStore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Neo4jStore: Store } = require('./neo4j') as typeof import('./neo4j');
  return new Store(options);
}
export { StoreUnavailableError, MAX_PATH_HOPS, compareValues } from './contract/facts';
