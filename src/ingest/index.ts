// Ingest: documents in, graph out (decode → normalise → segment → extract → resolve → link).
export { buildGraph, buildGraphParallel, type BuildOptions } from './pipeline';
export { FactsCache, loadFactsCache, saveFactsCache, type CacheStats } from './cache';
export { extractAll, workersFor } from './parallel';
export { sliceGraph } from '../model';
export { loadLexicon, type Lexicon } from './lexicon';
export { segment, type SegmentedDocument } from './segment';
export {
  extractDocument,
  extractWithin,
  findQuantities,
  DEFAULT_EXTRACT_LIMITS,
  ExtractBudget,
  type DocumentFacts,
  type ExtractLimits,
  type Quantity,
} from './extract';
export { resolve, canonical } from './resolve';
export * from './read';
export * from './decode';
export * from './normalise';
export * from './link';
export * from './series';
export * from './score';
