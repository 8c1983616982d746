import { MultiDirectedGraph } from 'graphology';
import type { DocumentRecord, GraphNode, GraphRelationship, NodeLabel, RelType } from '../../model';
import { LazyIndexes } from './lazy-indexes';
import { SearchIndex } from './search-index';

// Everything the embedded store holds. The graph is the truth; every other structure is an index
// kept in step with it by indexes.ts after each committed write.

export type FactGraph = MultiDirectedGraph<GraphNode, GraphRelationship>;

export interface StoreState {
  graph: FactGraph;
  documents: Map<string, DocumentRecord>;
  byLabel: Map<NodeLabel, Set<string>>;
  byType: Map<RelType, Set<string>>;
  /** Folded name or alias → node ids (findByName). */
  byNameKey: Map<string, Set<string>>;
  /** Document id → ids of the facts that cite it (the drop-support step reads only these). */
  nodesByDocument: Map<string, Set<string>>;
  relsByDocument: Map<string, Set<string>>;
  search: SearchIndex;
  lazy: LazyIndexes;
}

export function emptyState(): StoreState {
  const graph: FactGraph = new MultiDirectedGraph<GraphNode, GraphRelationship>();
  return {
    graph,
    documents: new Map(),
    byLabel: new Map(),
    byType: new Map(),
    byNameKey: new Map(),
    nodesByDocument: new Map(),
    relsByDocument: new Map(),
    search: new SearchIndex(),
    lazy: new LazyIndexes(),
  };
}

export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

export function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
