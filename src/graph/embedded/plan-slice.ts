import type { DocumentSlice, GraphNode, GraphRelationship } from '../../model';
import { documentNode } from '../document-node';
import { cleanNode, cleanRelationship, sameFact } from '../facts';
import type { StoreState } from './state';

// Working out a write without touching the store: what to upsert, what to delete. Everything that
// can be wrong with a slice is found here, before anything changes.

export interface WritePlan {
  nodeUpserts: GraphNode[];
  relUpserts: GraphRelationship[];
  nodeDeletes: string[];
  relDeletes: string[];
}

/** `keepDocumentNode` is false when the document itself is being removed. */
export function planSlice(state: StoreState, slice: DocumentSlice, keepDocumentNode = true): WritePlan {
  const { graph } = state;
  const docId = slice.document.id;
  if (!docId) throw new Error('document without id');

  const nodes = new Map<string, GraphNode>();
  for (const n of slice.nodes) nodes.set(n.id, cleanNode(n));
  if (keepDocumentNode && !nodes.has(docId)) nodes.set(docId, documentNode(slice.document));
  const rels = new Map<string, GraphRelationship>();
  for (const r of slice.relationships) rels.set(r.id, cleanRelationship(r));

  // Facts citing this document that the slice no longer has: drop the support, or the fact.
  const nodeDeletes: string[] = [];
  const relDeletes: string[] = [];
  const dropped = new Set<string>();
  const keepSpans = (sources: GraphNode['sources']) => sources.filter((s) => s.document !== docId);
  for (const id of state.nodesByDocument.get(docId) ?? []) {
    if (nodes.has(id)) continue;
    const old = graph.getNodeAttributes(id);
    const kept = keepSpans(old.sources);
    if (kept.length === 0) {
      nodeDeletes.push(id);
      dropped.add(id);
    } else nodes.set(id, { ...old, sources: kept });
  }
  if (!keepDocumentNode && graph.hasNode(docId) && !nodes.has(docId) && !dropped.has(docId)) {
    nodeDeletes.push(docId);
    dropped.add(docId);
  }
  const exists = (id: string) => nodes.has(id) || (graph.hasNode(id) && !dropped.has(id));
  for (const r of rels.values()) {
    for (const end of [r.from, r.to]) {
      if (!exists(end)) throw new Error(`relationship ${r.id} (${r.type}) points to missing node ${end}`);
    }
  }
  for (const id of state.relsByDocument.get(docId) ?? []) {
    if (rels.has(id)) continue;
    const old = graph.getEdgeAttributes(id);
    const kept = keepSpans(old.sources);
    // Still supported elsewhere, but an end is going: it goes with it (as DETACH DELETE does).
    if (kept.length === 0 || !exists(old.from) || !exists(old.to)) relDeletes.push(id);
    else rels.set(id, { ...old, sources: kept });
  }
  // Facts already stored exactly as the slice has them are left alone.
  const changed = <T extends GraphNode | GraphRelationship>(xs: Iterable<T>, stored: (id: string) => T | undefined) =>
    [...xs].filter((x) => {
      const old = stored(x.id);
      return !old || !sameFact(old, x);
    });
  return {
    nodeUpserts: changed(nodes.values(), (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined)),
    relUpserts: changed(rels.values(), (id) => (graph.hasEdge(id) ? graph.getEdgeAttributes(id) : undefined)),
    nodeDeletes,
    relDeletes,
  };
}
