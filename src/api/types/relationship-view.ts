import type { GraphRelationship } from '../../model';

/** A stored relationship with its properties lifted to the top level, as edge types resolve from. */
export interface RelationshipView extends GraphRelationship {
  [property: string]: unknown;
}

// Object.assign rather than a double spread, which V8 runs on a slow path (see loaders/views.ts).
export const toRelationshipView = (rel: GraphRelationship): RelationshipView =>
  Object.assign({}, rel.properties, rel) as RelationshipView;

/**
 * A target or measurement whose stored value is a finite number: one that is not (written by an
 * older ingest, or by hand into Neo4j) is left out, as the timeline leaves it out, rather than
 * failing the whole list.
 */
export const hasFiniteValue = (rel: GraphRelationship): boolean =>
  typeof rel.properties.value === 'number' && Number.isFinite(rel.properties.value);
