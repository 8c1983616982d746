import type { GraphRelationship, NodeLabel, RelType, SourceSpan } from '../../model';
import type { ApiContext } from '../context/context';
import type { NodeView } from '../loaders';

// Following typed relationships through the per-request loaders (one batched call per level).

export type Side = 'OUT' | 'IN';

/** Not async: an async function returning the loader's promise takes two more ticks to adopt it (called per item of a list). */
export function relsOf(ctx: ApiContext, id: string, side: Side, types: readonly RelType[]): Promise<GraphRelationship[]> {
  return types.length === 0 ? Promise.resolve([]) : ctx.loaders.typedRelationships(id, side, types);
}

// One collator for all comparisons: localeCompare(…, 'zh') builds a new one on every call.
const zh = new Intl.Collator('zh');
const firstSpan = (n: { sources: SourceSpan[] }) => n.sources[0];

/** Reading order: document, then offset, then name, so lists come out as the text lists them. */
export function byReadingOrder(a: NodeView, b: NodeView): number {
  const sa = firstSpan(a);
  const sb = firstSpan(b);
  if (sa && sb && sa.document !== sb.document) return sa.document < sb.document ? -1 : 1;
  if (sa && sb && sa.start !== sb.start) return sa.start - sb.start;
  return zh.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function loadAll(ctx: ApiContext, ids: readonly string[], labels?: readonly NodeLabel[]): Promise<NodeView[]> {
  const found = (ids.length < 2 ? ids : [...new Set(ids)]).map((id) => ctx.loaders.entity(id));
  const kept = (list: readonly (NodeView | null)[]) =>
    list.filter((n): n is NodeView => n !== null && (!labels || labels.includes(n.label)));
  // Without a pending lookup (none asked, or all loaded by this request) no Promise.all.
  return found.some((n) => n instanceof Promise) ? Promise.all(found).then(kept) : Promise.resolve(kept(found as (NodeView | null)[]));
}

/** The nodes at the other end of `types` relationships, in reading order (none: no lookup at all). */
export function related(
  ctx: ApiContext,
  id: string,
  side: Side,
  types: readonly RelType[],
  labels?: readonly NodeLabel[],
): Promise<NodeView[]> {
  return relsOf(ctx, id, side, types).then((rels) =>
    rels.length === 0
      ? []
      : loadAll(
          ctx,
          rels.map((r) => (side === 'OUT' ? r.to : r.from)),
          labels,
        ).then((nodes) => nodes.sort(byReadingOrder)),
  );
}

export async function relatedOne(
  ctx: ApiContext,
  id: string,
  side: Side,
  types: readonly RelType[],
  labels?: readonly NodeLabel[],
): Promise<NodeView | null> {
  return (await related(ctx, id, side, types, labels))[0] ?? null;
}
