import type { NodeQuery } from '../../graph/contract/graph-store';
import type { NodeLabel, PropertyValue } from '../../model';
import type { ApiContext } from '../context/context';
import { toView, type NodeView } from '../loaders';
import { pageRequest, toConnection, type Key, type PageArgsLike } from './pagination';

// A root connection over one label, filtered, sorted and keyset-paged inside the store.

export interface NodeOrder {
  field: string;
  direction: 'ASC' | 'DESC';
}

/** The value a node sorts on, as the store reads it: id, name or a stored property. */
export function sortValueOf(node: { id: string; name: string; properties: Record<string, PropertyValue> }, field: string): PropertyValue {
  if (field === 'id') return node.id;
  if (field === 'name') return node.name;
  return node.properties[field] ?? null;
}

export async function nodeConnection(
  ctx: ApiContext,
  label: NodeLabel,
  query: Omit<NodeQuery, 'limit' | 'sort' | 'label'>,
  order: NodeOrder,
  args: PageArgsLike,
) {
  const scope = `${label}/${order.field}/${order.direction}`;
  const req = pageRequest(args, ctx.maxPageSize, scope);
  const toSortKey = (key: Key | undefined) => (key ? { value: key[0] ?? null, id: String(key[1]) } : undefined);
  const page = await ctx.store.findNodes({
    ...query,
    label,
    sort: order,
    limit: req.limit,
    fromEnd: req.fromEnd,
    after: toSortKey(req.after),
    before: toSortKey(req.before),
  });
  const keyOf = (n: NodeView): Key => [sortValueOf(n, order.field), n.id];
  return toConnection({ items: page.items.map(toView), total: page.total, offset: page.offset }, keyOf, scope);
}
