import { ROLES, type GraphRelationship } from '../../model';
import { judgementOf } from './judgement.type';

/** A stored relationship with its properties lifted to the top level, as edge types resolve from. */
export interface RelationshipView extends GraphRelationship {
  [property: string]: unknown;
}

// Object.assign rather than a double spread, which V8 runs on a slow path (see loaders/views.ts).
// A value's judgement (kindReason and its cue's offsets) is lifted into one object; role is a
// closed vocabulary (an enum): a word outside it reads as null, and stays in properties.
export function toRelationshipView(rel: GraphRelationship): RelationshipView {
  const view = Object.assign({}, rel.properties, rel) as RelationshipView;
  if (rel.properties.kindReason !== undefined) view.judgement = judgementOf(rel);
  if (view.role != null && !(ROLES as readonly unknown[]).includes(view.role)) view.role = undefined;
  return view;
}

/**
 * A target or measurement whose stored value is a finite number: one that is not (written by an
 * older ingest, or by hand into Neo4j) is left out, as the timeline leaves it out, rather than
 * failing the whole list.
 */
export const hasFiniteValue = (rel: GraphRelationship): boolean =>
  typeof rel.properties.value === 'number' && Number.isFinite(rel.properties.value);
