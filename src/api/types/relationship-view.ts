import type { GraphRelationship } from '../../model';

/** A stored relationship with its properties lifted to the top level, as edge types resolve from. */
export interface RelationshipView extends GraphRelationship {
  [property: string]: unknown;
}

// Object.assign rather than a double spread, which V8 runs on a slow path (see loaders/views.ts).
export const toRelationshipView = (rel: GraphRelationship): RelationshipView =>
  Object.assign({}, rel.properties, rel) as RelationshipView;
