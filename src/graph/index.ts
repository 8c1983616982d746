// The graph phase: one store contract, two stores. The API and the CLI import from here only.
export * from './contract';
export { EmbeddedStore, saveSnapshot, loadSnapshot, SnapshotError } from './embedded';
export { Neo4jStore, type Neo4jStoreOptions } from './neo4j';
export { StoreUnavailableError, MAX_PATH_HOPS } from './facts';
