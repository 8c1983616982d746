// Extract: a segmented document → facts (nodes and relationships with their source spans).
export { extractDocument, extractWithin } from './extract';
export { DEFAULT_EXTRACT_LIMITS, ExtractBudget, type ExtractLimits } from './facts/budget';
export type { DocumentFacts, NodeFact, RelFact } from './facts/facts';
export { findQuantities, type Quantity } from './quantity';
