// Per-request DataLoaders over the store contract, and the views GraphQL types resolve from.
export { createLoaders, type Loaders } from './create-loaders';
export { toView, documentView, type NodeView } from './views';
