// Load: an autocannon run over a discovered query mix against the API started in-process.
export { runLoad, type LoadOptions, type LoadResult } from './load';
export { discoverMix, type Operation } from './mix';
export { startTarget, type LoadTarget } from './server';
