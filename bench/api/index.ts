// API throughput section: public surface.
export { benchApi, type ApiReport, type ApiPlan, type LoadRow, type ServerKind } from './api';
export { QUERIES, QUERY_NAMES, chooseVariables, requestBodies, type QueryName, type MixVariables } from './queries';
export { countingStore, type CallCounter } from './counting-store';
export { load, type LoadResult } from './load';
