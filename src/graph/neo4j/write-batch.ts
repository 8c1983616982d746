import type { RelType } from '../../model';
import type { QueryRunner, RecordLike } from './driver';
import { toNumber, type RelRow } from './encode';
import { applyNodesStatement, applyRelationshipsStatement, cypher } from './registry';
import type { Support, WritePlan } from './write-plan';

// The steps of a write transaction, in the order the store runs them:
// 1. bump the graph's version (first, so concurrent writers queue on its lock);
// 2. once per write, drop the documents' support from the facts citing them that no slice keeps,
//    deleting those left with none (one scan each for nodes and relationships, then by id);
// 3. upsert nodes per label and relationships per type in UNWIND batches, and store the records.
// A relationship whose end is missing fails the transaction, so nothing is left half applied.

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function bumpVersion(tx: QueryRunner): Promise<number> {
  const res = await tx.run(cypher('bump-version'), {});
  return toNumber(res.records[0]?.get('version') ?? 0);
}

/** Step 2: the facts citing the documents that no slice keeps lose that support. */
export async function pruneStale(tx: QueryRunner, support: Support, batchSize: number): Promise<void> {
  const { documents } = support;
  const rels = (await tx.run(cypher('cited-relationships'), { documents })).records
    .map((r: RecordLike) => ({ id: String(r.get('id')), from: String(r.get('from')) }))
    .filter((r) => !support.relIds.has(r.id));
  const nodes = (await tx.run(cypher('cited-nodes'), { documents })).records
    .map((r: RecordLike) => String(r.get('id')))
    .filter((id) => !support.nodeIds.has(id));
  for (const rows of chunks(rels, batchSize)) {
    await tx.run(cypher('prune-relationships-delete'), { documents, rows });
    await tx.run(cypher('prune-relationships-drop'), { documents, rows });
  }
  for (const ids of chunks(nodes, batchSize)) {
    await tx.run(cypher('prune-nodes-delete'), { documents, ids });
    await tx.run(cypher('prune-nodes-drop'), { documents, ids });
  }
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

/** Step 3: upserts per label and per type, then the document records. */
export async function upsertPlan(tx: QueryRunner, plan: WritePlan, batchSize: number): Promise<void> {
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
}
