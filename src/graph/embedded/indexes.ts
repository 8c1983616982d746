import { forEachDocument, type GraphNode, type GraphRelationship } from '../../model';
import { nameKey } from '../contract/text-fold';
import type { Changes } from './commit';
import { addTo, removeFrom, type StoreState } from './state';

// Keeping the secondary indexes in step with the graph after a committed write: only the facts
// that changed are touched, so a write costs the size of the slice, not of the graph.

const nameKeys = (n: GraphNode): Set<string> => new Set([n.name, ...n.aliases].map(nameKey));
const documentsOf = (f: { sources: { document: string }[] }): Set<string> => new Set(f.sources.map((s) => s.document));

const sameText = (a: GraphNode, b: GraphNode): boolean =>
  a.label === b.label &&
  a.name === b.name &&
  a.aliases.join('\n') === b.aliases.join('\n') &&
  a.sources.map((s) => s.text).join('\n') === b.sources.map((s) => s.text).join('\n');

/** Moves `id` from the keys it had to the keys it has, touching only the difference. */
function rekey<K>(map: Map<K, Set<string>>, id: string, had: Set<K>, has: Set<K>): void {
  for (const k of had) if (!has.has(k)) removeFrom(map, k, id);
  for (const k of has) if (!had.has(k)) addTo(map, k, id);
}

const none = new Set<never>();

function indexNode(state: StoreState, before?: GraphNode, after?: GraphNode): void {
  const id = (before ?? after)!.id;
  rekey(state.byLabel, id, before ? new Set([before.label]) : none, after ? new Set([after.label]) : none);
  rekey(state.byNameKey, id, before ? nameKeys(before) : none, after ? nameKeys(after) : none);
  rekey(state.nodesByDocument, id, before ? documentsOf(before) : none, after ? documentsOf(after) : none);
  if (before) state.lazy.invalidate(before.label);
  if (after) {
    state.lazy.invalidate(after.label);
    if (!before || !sameText(before, after)) state.search.upsert(after);
  } else state.search.remove(id);
}

function indexRelationship(state: StoreState, before?: GraphRelationship, after?: GraphRelationship): void {
  const id = (before ?? after)!.id;
  // A new relationship (most of a fresh load) only adds: no key sets to compare.
  if (!before && after) {
    addTo(state.byType, after.type, id);
    forEachDocument(after.sources, (d) => addTo(state.relsByDocument, d, id));
    return;
  }
  rekey(state.byType, id, before ? new Set([before.type]) : none, after ? new Set([after.type]) : none);
  rekey(state.relsByDocument, id, before ? documentsOf(before) : none, after ? documentsOf(after) : none);
}

export function reindex(state: StoreState, changes: Changes): void {
  // A first load is indexed straight from the graph it filled: every fact there is new.
  if (changes.fresh) {
    state.graph.forEachNode((_, n) => indexNode(state, undefined, n));
    state.graph.forEachEdge((_, r) => indexRelationship(state, undefined, r));
  }
  for (const c of changes.nodes) indexNode(state, c.before, c.after);
  for (const c of changes.rels) indexRelationship(state, c.before, c.after);
  state.lazy.invalidateQueries();
}
