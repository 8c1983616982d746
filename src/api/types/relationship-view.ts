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
