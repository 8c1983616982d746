import { NODE_LABELS, REL_TYPES, isNodeLabel, isRelType, type DocumentSlice, type NodeLabel, type RelType } from '../../model';
import { documentNode } from '../contract/document-node';
import { cleanNode, cleanRelationship } from '../contract/facts';
import { nodeRow, relRow, type NodeRow, type RelRow } from './encode';

// What a write sends, worked out before it starts. For the whole write: the documents it covers
// and the ids their slices keep (what a cited fact must be among, or lose their support). For
// each transaction: the rows to upsert, grouped by label and by relationship type (each group goes
// to the statement spelling that label or type). A fact several slices carry is sent once per
// transaction; the last slice's copy wins, as it would if the slices were applied in turn.

/** The documents a write covers and the facts their slices keep (ids only: small beside rows). */
export interface Support {
  documents: string[];
  nodeIds: ReadonlySet<string>;
  relIds: ReadonlySet<string>;
}

/** `keepDocuments` false removes the documents: nothing is kept, not even their Document nodes. */
export function supportOf(slices: readonly DocumentSlice[], keepDocuments: boolean): Support {
  const nodeIds = new Set<string>();
  const relIds = new Set<string>();
  for (const s of slices) {
    for (const n of s.nodes) nodeIds.add(n.id);
    for (const r of s.relationships) relIds.add(r.id);
    if (keepDocuments) nodeIds.add(s.document.id);
  }
  return { documents: [...new Set(slices.map((s) => s.document.id))], nodeIds, relIds };
}

export interface WritePlan {
  nodes: [NodeLabel, NodeRow[]][];
  relationships: [RelType, RelRow[]][];
  /** Document records to store; empty when the documents are being removed. */
  records: { id: string; record: string }[];
}

/** The rows of one transaction; `keepDocuments` false (a removal) stores no record. */
export function planWrite(slices: readonly DocumentSlice[], keepDocuments: boolean): WritePlan {
  const nodes = new Map<string, ReturnType<typeof cleanNode>>();
  const rels = new Map<string, ReturnType<typeof cleanRelationship>>();
  for (const slice of slices) {
    for (const n of slice.nodes) nodes.set(n.id, n);
    for (const r of slice.relationships) rels.set(r.id, r);
  }
  for (const { document } of slices) {
    if (keepDocuments && !nodes.has(document.id)) nodes.set(document.id, documentNode(document));
  }
  const byLabel = new Map<NodeLabel, NodeRow[]>();
  for (const n of nodes.values()) {
    const c = cleanNode(n);
    (byLabel.get(c.label) ?? byLabel.set(c.label, []).get(c.label)!).push(nodeRow(c));
  }
  const byType = new Map<RelType, RelRow[]>();
  for (const r of rels.values()) {
    const c = cleanRelationship(r);
    (byType.get(c.type) ?? byType.set(c.type, []).get(c.type)!).push(relRow(c));
  }
  return {
    // The ontology's order, so the statements a write sends are the same every time.
    nodes: NODE_LABELS.filter((l) => byLabel.has(l)).map((l) => [l, byLabel.get(l)!]),
    relationships: REL_TYPES.filter((t) => byType.has(t)).map((t) => [t, byType.get(t)!]),
    records: keepDocuments ? slices.map((s) => ({ id: s.document.id, record: JSON.stringify(s.document) })) : [],
  };
}

/** Everything wrong with the slices that would fail a write, found before the first one starts. */
export function checkSlices(slices: readonly DocumentSlice[]): void {
  for (const { document, nodes, relationships } of slices) {
    if (!document?.id) throw new Error('document without id');
    for (const n of nodes) {
      if (!n.id) throw new Error('node without id');
      if (!isNodeLabel(n.label)) throw new Error(`node ${n.id}: unknown label ${String(n.label)}`);
    }
    for (const r of relationships) {
      if (!r.id) throw new Error('relationship without id');
      if (!isRelType(r.type)) throw new Error(`relationship ${r.id}: unknown type ${String(r.type)}`);
    }
  }
}

/** Rows a slice adds to a transaction (its facts, plus its Document node and record). */
export const sliceRows = (s: DocumentSlice): number => s.nodes.length + s.relationships.length + 2;

/**
 * Slices in consecutive groups of about `rowBudget` rows, each group one transaction; a slice
 * larger than the budget is a group of its own (a document is never split). Only one group's
 * rows exist at a time: the caller plans a group, sends it, and lets it go.
 */
export function* groupSlices(slices: readonly DocumentSlice[], rowBudget: number): Generator<DocumentSlice[]> {
  let group: DocumentSlice[] = [];
  let rows = 0;
  for (const slice of slices) {
    const n = sliceRows(slice);
    if (group.length > 0 && rows + n > rowBudget) {
      yield group;
      group = [];
      rows = 0;
    }
    group.push(slice);
    rows += n;
  }
  if (group.length > 0) yield group;
}
