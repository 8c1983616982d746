// Extract: a segmented document → facts (nodes and relationships with their source spans).
export { extractDocument } from './extract';
export type { DocumentFacts, NodeFact, RelFact } from './facts';
export { findQuantities, type Quantity } from './quantity';
