import type { DocumentSlice } from '../../model';
import { documentNode } from '../document-node';
import { cleanNode, cleanRelationship } from '../facts';
import type { QueryRunner } from './driver';
import { nodeRow, relRow, toNumber } from './encode';
import { cypher } from './registry';

// One document's write, inside one transaction: drop this document's support from facts the
// slice no longer has (deleting those left with none), then upsert the slice in UNWIND batches.
// A relationship whose end is missing fails the transaction, so nothing is left half applied.

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `keepDocument` false removes the document: no Document node is kept or written. */
export async function applySliceTx(tx: QueryRunner, slice: DocumentSlice, batchSize: number, keepDocument: boolean): Promise<void> {
  const document = slice.document.id;
  const nodes = new Map(slice.nodes.map((n) => [n.id, cleanNode(n)]));
  if (keepDocument && !nodes.has(document)) nodes.set(document, documentNode(slice.document));
  const rels = new Map(slice.relationships.map((r) => [r.id, cleanRelationship(r)]));

  const relIds = [...rels.keys()];
  const nodeIds = [...nodes.keys()];
  await tx.run(cypher('prune-relationships-delete'), { document, keepIds: relIds });
  await tx.run(cypher('prune-relationships-drop'), { document, keepIds: relIds });
  await tx.run(cypher('prune-nodes-delete'), { document, keepIds: nodeIds });
  await tx.run(cypher('prune-nodes-drop'), { document, keepIds: nodeIds });

  for (const batch of batches([...nodes.values()].map(nodeRow), batchSize)) {
    await tx.run(cypher('apply-nodes'), { rows: batch });
  }
  for (const batch of batches([...rels.values()].map(relRow), batchSize)) {
    const res = await tx.run(cypher('apply-relationships'), { rows: batch });
    const written = toNumber(res.records[0]?.get('written') ?? 0);
    if (written !== batch.length) {
      throw new Error(`document ${document}: ${batch.length - written} relationship(s) point to missing nodes`);
    }
  }
  if (keepDocument) await tx.run(cypher('set-document'), { id: document, record: JSON.stringify(slice.document) });
  else await tx.run(cypher('delete-document'), { id: document });
}
