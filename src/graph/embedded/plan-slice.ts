import { SpanTable, type DocumentSlice, type GraphNode, type GraphRelationship, type SourceSpan } from '../../model';
import { documentNode } from '../contract/document-node';
import { cleanNode, cleanRelationship, sameFact } from '../contract/facts';
import { adoptNode, adoptRelationship } from './adopt';
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
  return planSlices(state, [slice], keepDocumentNode);
}

/**
 * One plan for several slices, with the outcome of applying them one after another: a fact
 * several of them carry (a hub Indicator) is compared and written once, not once per slice.
 * `handedOver`: the caller gives the slices' facts to the store (adopt.ts), so they need no copy.
 */
export function planSlices(state: StoreState, slices: DocumentSlice[], keepDocumentNode = true, handedOver = false): WritePlan {
  const { graph } = state;
  const docIds = new Set<string>();
  for (const slice of slices) {
    if (!slice.document.id) throw new Error('document without id');
    docIds.add(slice.document.id);
  }
  // The last slice's copy of a fact wins, as it would when applied last.
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRelationship>();
  for (const slice of slices) {
    for (const n of slice.nodes) nodes.set(n.id, n);
    for (const r of slice.relationships) rels.set(r.id, r);
  }
  for (const slice of slices) {
    const docId = slice.document.id;
    if (keepDocumentNode && !nodes.has(docId)) nodes.set(docId, documentNode(slice.document));
  }

  // Facts citing these documents that no slice has any more: drop the support, or the fact.
  const nodeDeletes: string[] = [];
  const relDeletes: string[] = [];
  const dropped = new Set<string>();
  const keepSpans = (sources: GraphNode['sources']) => sources.filter((s) => !docIds.has(s.document));
  for (const docId of docIds) {
    for (const id of state.nodesByDocument.get(docId) ?? []) {
      if (nodes.has(id) || dropped.has(id)) continue;
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
  }
  const exists = (id: string) => nodes.has(id) || (graph.hasNode(id) && !dropped.has(id));
  for (const r of rels.values()) {
    for (const end of [r.from, r.to]) {
      if (!exists(end)) throw new Error(`relationship ${r.id} (${r.type}) points to missing node ${end}`);
    }
  }
  const relGone = new Set<string>();
  for (const docId of docIds) {
    for (const id of state.relsByDocument.get(docId) ?? []) {
      if (rels.has(id) || relGone.has(id)) continue;
      const old = graph.getEdgeAttributes(id);
      const kept = keepSpans(old.sources);
      // Still supported elsewhere, but an end is going: it goes with it (as DETACH DELETE does).
      if (kept.length === 0 || !exists(old.from) || !exists(old.to)) {
        relDeletes.push(id);
        relGone.add(id);
      } else rels.set(id, { ...old, sources: kept });
    }
  }
  // Facts already stored exactly as the slices have them are left alone; the rest are checked
  // and copied (labels, types, no nulls) only now, so an unchanged hub costs one comparison.
  const upserts = <T extends GraphNode | GraphRelationship>(xs: Iterable<T>, stored: (id: string) => T | undefined, clean: (x: T) => T) => {
    const out: T[] = [];
    for (const x of xs) {
      const old = stored(x.id);
      if (old && sameFact(old, x)) continue;
      const c = clean(x);
      if (!old || !sameFact(old, c)) out.push(c);
    }
    return out;
  };
  // Spans are stored once each, reading their text from the document record (model/held-span).
  const records = new Map(slices.map((s) => [s.document.id, s.document]));
  const spans = new SpanTable((id) => records.get(id) ?? state.documents.get(id));
  const keep = (s: SourceSpan) => spans.hold(s);
  return {
    nodeUpserts: upserts(
      nodes.values(),
      (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
      (n) => (handedOver ? adoptNode(n, keep) : cleanNode(n, keep)),
    ),
    relUpserts: upserts(
      rels.values(),
      (id) => (graph.hasEdge(id) ? graph.getEdgeAttributes(id) : undefined),
      (r) => (handedOver ? adoptRelationship(r, keep) : cleanRelationship(r, keep)),
    ),
    nodeDeletes,
    relDeletes,
  };
}
