import type { RelType } from '../../model';
import type { QueryRunner, RecordLike } from './driver';
import { toNumber, type RelRow } from './encode';
import { applyNodesStatement, applyRelationshipsStatement, cypher } from './registry';
import type { WritePlan } from './write-plan';

// One write transaction: bump the graph's version (first, so concurrent writers queue on its
// lock), drop the documents' support from facts their slices no longer have (deleting those left
// with none; one scan per statement for the whole batch), upsert nodes per label and relationships
// per type in UNWIND batches, then store the document records. A relationship whose end is
// missing fails the transaction, so nothing is left half applied.

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The first row of a batch with a missing end, named as the embedded store names it. */
async function missingEnd(tx: QueryRunner, type: RelType, rows: RelRow[]): Promise<Error> {
  const ends = [...new Set(rows.flatMap((r) => [r.from, r.to]))];
  const res = await tx.run(cypher('get-nodes'), { ids: ends });
  const present = new Set(res.records.filter((r: RecordLike) => r.get('node') !== null).map((r: RecordLike) => String(r.get('id'))));
  for (const r of rows) {
    for (const end of [r.from, r.to]) {
      if (!present.has(end)) return new Error(`relationship ${r.id} (${type}) points to missing node ${end}`);
    }
  }
  return new Error(`${type}: relationship(s) point to missing nodes`);
}

/** Runs the plan in `tx`; returns the graph's new version. */
export async function writePlan(tx: QueryRunner, plan: WritePlan, batchSize: number): Promise<number> {
  const bumped = await tx.run(cypher('bump-version'), {});
  const version = toNumber(bumped.records[0]?.get('version') ?? 0);
  const { documents } = plan;
  await tx.run(cypher('prune-relationships-delete'), { documents, keepIds: plan.keepRelIds });
  await tx.run(cypher('prune-relationships-drop'), { documents, keepIds: plan.keepRelIds });
  await tx.run(cypher('prune-nodes-delete'), { documents, keepIds: plan.keepNodeIds });
  await tx.run(cypher('prune-nodes-drop'), { documents, keepIds: plan.keepNodeIds });
  for (const [label, rows] of plan.nodes) {
    for (const batch of chunks(rows, batchSize)) await tx.run(cypher(applyNodesStatement(label)), { rows: batch });
  }
  for (const [type, rows] of plan.relationships) {
    for (const batch of chunks(rows, batchSize)) {
      const res = await tx.run(cypher(applyRelationshipsStatement(type)), { rows: batch });
      if (toNumber(res.records[0]?.get('written') ?? 0) !== batch.length) throw await missingEnd(tx, type, batch);
    }
  }
  if (plan.records.length > 0) await tx.run(cypher('set-documents'), { rows: plan.records });
  return version;
}
