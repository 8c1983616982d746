import type { GraphRelationship } from '../../model';

/** A stored relationship with its properties lifted to the top level, as edge types resolve from. */
export interface RelationshipView extends GraphRelationship {
  [property: string]: unknown;
}

export const toRelationshipView = (rel: GraphRelationship): RelationshipView =>
  ({ ...rel.properties, ...rel }) as RelationshipView;
