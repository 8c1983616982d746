import type { DocumentRecord, DocumentSlice, Graph, GraphNode, GraphRelationship } from './graph';

// Cutting a whole graph into what each document supports: how the CLI applies a fresh build and
// how the embedded store reloads a snapshot, one atomic write per document.

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const periodOf = (d: DocumentRecord) => d.date ?? d.period ?? '';

/**
 * The facts each document supports, in their full merged state, documents in time order
 * (date or period, then id). A relationship brings its end nodes along, so a link cited by two
 * documents (LED_TO from a 2023 task to a 2024 result) can be applied with the earlier
 * document before the later one is stored.
 */
export function sliceGraph(graph: Graph): DocumentSlice[] {
  const docs = [...graph.documents].sort((a, b) => periodOf(a).localeCompare(periodOf(b)) || byId(a, b));
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodesByDoc = new Map<string, Map<string, GraphNode>>();
  const relsByDoc = new Map<string, GraphRelationship[]>();
  for (const n of graph.nodes) {
    for (const d of new Set(n.sources.map((s) => s.document))) {
      if (!nodesByDoc.has(d)) nodesByDoc.set(d, new Map());
      nodesByDoc.get(d)!.set(n.id, n);
    }
  }
  for (const r of graph.relationships) {
    for (const d of new Set(r.sources.map((s) => s.document))) {
      if (!relsByDoc.has(d)) relsByDoc.set(d, []);
      relsByDoc.get(d)!.push(r);
    }
  }
  return docs.map((document) => {
    const nodes = nodesByDoc.get(document.id) ?? new Map<string, GraphNode>();
    const relationships = relsByDoc.get(document.id) ?? [];
    for (const r of relationships) {
      for (const end of [r.from, r.to]) {
        const node = nodeById.get(end);
        // Another document's Document node arrives with that document's own slice.
        if (node && node.label !== 'Document' && !nodes.has(end)) nodes.set(end, node);
      }
    }
    return { document, nodes: [...nodes.values()], relationships };
  });
}
