// The facts cache: each document's extraction kept by content, lexicon and code version.
export { FactsCache, type CacheStats } from './facts-cache';
export { loadFactsCache, saveFactsCache } from './cache-file';
export { extractionCodeVersion } from './code-version';
