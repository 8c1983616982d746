// The ontology's types, shared by ingest, graph and api.
export * from './labels';
export * from './graph';
export * from './held-span';
export * from './ids';
export * from './export-format';
export * from './properties';
export * from './slices';
export * from './period';
export * from './text-units';
export * from './chinese-numerals';
export * from './pages';
export * from './simplified-chinese';
