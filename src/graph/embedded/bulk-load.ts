import { SpanTable, type Graph, type GraphNode, type GraphRelationship } from '../../model';
import { cleanNode, cleanRelationship } from '../contract/facts';
import { adoptNode, adoptRelationship } from './adopt';
import { commit } from './commit';
import { reindex } from './indexes';
import type { StoreState } from './state';

// Filling an empty store with a whole graph in one step (a snapshot being loaded): the graph
// already is each fact's merged state, so there is nothing to plan or compare per document,
// only facts to check, add and index. All or nothing, like any write.

/** `handedOver`: the graph is the store's to keep (a snapshot just parsed): its facts are not copied. */
export function bulkLoad(state: StoreState, graph: Graph, handedOver = false): void {
  if (state.graph.order > 0 || state.documents.size > 0) throw new Error('bulk load needs an empty store');
  const records = new Map(graph.documents.map((d) => [d.id, { ...d }]));
  if (records.size !== graph.documents.length) throw new Error('a document id occurs twice');
  // Spans are held once each, on the store's copy of their document's text.
  const spans = new SpanTable((id) => records.get(id));
  const keep = (s: GraphNode['sources'][number]) => spans.hold(s);
  const nodeUpserts: GraphNode[] = graph.nodes.map((n) => (handedOver ? adoptNode(n, keep) : cleanNode(n, keep)));
  const relUpserts: GraphRelationship[] = graph.relationships.map((r) =>
    handedOver ? adoptRelationship(r, keep) : cleanRelationship(r, keep),
  );
  const changes = commit(state.graph, { nodeUpserts, relUpserts, nodeDeletes: [], relDeletes: [] });
  reindex(state, changes);
  for (const [id, d] of records) state.documents.set(id, d);
}
