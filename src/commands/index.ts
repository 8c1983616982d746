export type { CommandContext } from './context';
export { exportCommand } from './export';
export { statsCommand, graphQuality, type GraphQuality } from './stats';
export { ingestCommand, removeCommand } from './ingest';
export { serveCommand } from './serve';
export { schemaCommand } from './schema';
export { ingestPaths, syncStore, type SyncReport } from './sync';
export { openStore, writing } from './store';
