import type { DocumentRecord, DocumentSlice, Graph, GraphNode, GraphRelationship } from './graph';

// Cutting a whole graph into what each document supports: how the CLI applies a fresh build and
// how the embedded store reloads a snapshot, one atomic write per document.

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const periodOf = (d: DocumentRecord) => d.date ?? d.period ?? '';

/**
 * Each document a fact's sources cite, once. Most facts have a source or two: those are compared
 * in place; only a hub's many sources get a set (a set and an array per fact cost more than the
 * cut itself on a large graph).
 */
export function forEachDocument(sources: readonly { document: string }[], each: (document: string) => void): void {
  if (sources.length > 8) {
    for (const d of new Set(sources.map((s) => s.document))) each(d);
    return;
  }
  for (let i = 0; i < sources.length; i++) {
    const d = sources[i].document;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = sources[j].document === d;
    if (!seen) each(d);
  }
}

/**
 * The facts each document supports, in their full merged state, documents in time order
 * (date or period, then id). A relationship brings its end nodes along, so a link cited by two
 * documents (LED_TO from a 2023 task to a 2024 result) can be applied with the earlier
 * document before the later one is stored.
 */
export function sliceGraph(graph: Graph): DocumentSlice[] {
  const docs = [...graph.documents].sort((a, b) => periodOf(a).localeCompare(periodOf(b)) || byId(a, b));
  const nodeById = new Map<string, GraphNode>();
  for (const n of graph.nodes) nodeById.set(n.id, n);
  const nodesByDoc = new Map<string, Map<string, GraphNode>>();
  const relsByDoc = new Map<string, GraphRelationship[]>();
  for (const n of graph.nodes) {
    forEachDocument(n.sources, (d) => {
      const nodes = nodesByDoc.get(d);
      if (nodes) nodes.set(n.id, n);
      else nodesByDoc.set(d, new Map([[n.id, n]]));
    });
  }
  for (const r of graph.relationships) {
    forEachDocument(r.sources, (d) => {
      const rels = relsByDoc.get(d);
      if (rels) rels.push(r);
      else relsByDoc.set(d, [r]);
    });
  }
  return docs.map((document) => {
    const nodes = nodesByDoc.get(document.id) ?? new Map<string, GraphNode>();
    const relationships = relsByDoc.get(document.id) ?? [];
    const bring = (end: string) => {
      const node = nodeById.get(end);
      // Another document's Document node arrives with that document's own slice.
      if (node && node.label !== 'Document' && !nodes.has(end)) nodes.set(end, node);
    };
    for (const r of relationships) {
      bring(r.from);
      bring(r.to);
    }
    return { document, nodes: [...nodes.values()], relationships };
  });
}
