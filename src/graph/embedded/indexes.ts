import type { GraphNode, GraphRelationship } from '../../model';
import { nameKey } from '../text-fold';
import type { Changes } from './commit';
import { addTo, removeFrom, type StoreState } from './state';

// Keeping the secondary indexes in step with the graph after a committed write: only the facts
// that changed are touched, so a write costs the size of the slice, not of the graph.

const nameKeys = (n: GraphNode): Set<string> => new Set([n.name, ...n.aliases].map(nameKey));
const documentsOf = (f: { sources: { document: string }[] }): Set<string> =>
  new Set(f.sources.map((s) => s.document));

const sameText = (a: GraphNode, b: GraphNode): boolean =>
  a.label === b.label && a.name === b.name &&
  a.aliases.join('\n') === b.aliases.join('\n') &&
  a.sources.map((s) => s.text).join('\n') === b.sources.map((s) => s.text).join('\n');

function indexNode(state: StoreState, before?: GraphNode, after?: GraphNode): void {
  const id = (before ?? after)!.id;
  if (before) {
    removeFrom(state.byLabel, before.label, id);
    for (const k of nameKeys(before)) removeFrom(state.byNameKey, k, id);
    for (const d of documentsOf(before)) removeFrom(state.nodesByDocument, d, id);
    state.lazy.invalidate(before.label);
  }
  if (after) {
    addTo(state.byLabel, after.label, id);
    for (const k of nameKeys(after)) addTo(state.byNameKey, k, id);
    for (const d of documentsOf(after)) addTo(state.nodesByDocument, d, id);
    state.lazy.invalidate(after.label);
    if (!before || !sameText(before, after)) state.search.upsert(after);
  } else state.search.remove(id);
}

function indexRelationship(state: StoreState, before?: GraphRelationship, after?: GraphRelationship): void {
  const id = (before ?? after)!.id;
  if (before) {
    removeFrom(state.byType, before.type, id);
    for (const d of documentsOf(before)) removeFrom(state.relsByDocument, d, id);
  }
  if (after) {
    addTo(state.byType, after.type, id);
    for (const d of documentsOf(after)) addTo(state.relsByDocument, d, id);
  }
}

export function reindex(state: StoreState, changes: Changes): void {
  for (const c of changes.nodes) indexNode(state, c.before, c.after);
  for (const c of changes.rels) indexRelationship(state, c.before, c.after);
  state.lazy.invalidateQueries();
}
