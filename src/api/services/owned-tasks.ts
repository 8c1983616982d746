import type { GraphRelationship } from '../../model';
import type { ApiContext } from '../context/context';
import type { NodeView } from '../loaders';
import { sortValueOf } from './node-page';
import { compareKeys, connectionOfList, pageRequest, type Key, type KeyOrder, type PageArgsLike } from './pagination';
import { loadAll, relsOf } from './related';

// The tasks a plan or project holds (HAS_TASK), with the relationship behind each, in reading
// order: a plan's own tasks and those of its projects.

export interface OwnedTask {
  node: NodeView;
  rel: GraphRelationship;
}

export async function ownedTasks(ctx: ApiContext, ownerId: string, throughProjects: boolean): Promise<OwnedTask[]> {
  const projects = throughProjects ? await relsOf(ctx, ownerId, 'OUT', ['HAS_PROJECT']) : [];
  const owners = [ownerId, ...projects.map((r) => r.to)];
  const rels = (await Promise.all(owners.map((id) => relsOf(ctx, id, 'OUT', ['HAS_TASK'])))).flat();
  const tasks = new Map(
    (
      await loadAll(
        ctx,
        rels.map((r) => r.to),
        ['Task'],
      )
    ).map((t) => [t.id, t]),
  );
  const seen = new Set<string>();
  const out: OwnedTask[] = [];
  for (const rel of rels) {
    const node = tasks.get(rel.to);
    if (node && !seen.has(node.id)) {
      seen.add(node.id);
      out.push({ node, rel });
    }
  }
  return out.sort((a, b) => compareReading(taskKey(a), taskKey(b)));
}

/** Reading order: the first source's document and offset, then id. */
export const taskKey = (t: OwnedTask): Key => [t.node.sources[0]?.document ?? null, t.node.sources[0]?.start ?? null, t.node.id];

function compareReading(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** A sort a client asked for: the field's stored value, then id (nulls last), as root lists sort. */
export interface TaskOrder {
  field: string;
  direction: 'ASC' | 'DESC';
}

export async function ownedTaskConnection(
  ctx: ApiContext,
  ownerId: string,
  throughProjects: boolean,
  args: PageArgsLike & { sort?: TaskOrder },
) {
  const sort = args.sort;
  const req = pageRequest(args, ctx.maxPageSize, sort ? `tasks/${ownerId}/${sort.field}/${sort.direction}` : `tasks/${ownerId}`);
  const read = await ownedTasks(ctx, ownerId, throughProjects);
  const keyOf = sort ? (t: OwnedTask): Key => [sortValueOf(t.node, sort.field), t.node.id] : taskKey;
  const order: KeyOrder = sort ? [sort.direction === 'DESC' ? -1 : 1, 1] : [1, 1, 1];
  const items = sort ? [...read].sort((a, b) => compareKeys(keyOf(a), keyOf(b), order)) : read;
  const conn = connectionOfList(items, keyOf, order, req, (t) => ({ sources: t.rel.sources }));
  await ctx.loaders.preloadDocuments(conn.edges.flatMap((e) => e.sources.map((s) => s.document)));
  return { ...conn, edges: conn.edges.map((e) => ({ ...e, node: e.node.node })), nodes: conn.nodes.map((t) => t.node) };
}
