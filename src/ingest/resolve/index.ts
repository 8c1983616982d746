// Resolve: facts of all documents → one graph with canonical names, stable ids and merged nodes.
export { resolve, type FactsEntry } from './resolve';
export { canonical, type Canonical } from './names';
