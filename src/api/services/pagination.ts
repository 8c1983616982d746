import type { PropertyValue } from '../../model';
import { compareValues } from '../../graph';
import { badInput } from '../conventions/errors';
import { DEFAULT_PAGE_SIZE } from '../conventions/options';

// Relay paging with keyset cursors: a cursor is opaque to clients (base64url of JSON) and holds
// the item's sort key and id, never an offset, so a page continues after the same item however
// many nodes an ingest adds or a removal drops before it. A cursor also names the order it was
// issued for (its scope); one from another order or another list is refused, not misread.

/** One component of a sort key: a property value, or null when the item has none. */
export type KeyPart = PropertyValue;
export type Key = KeyPart[];

export const encodeCursor = (scope: string, key: Key): string => Buffer.from(JSON.stringify(['k1', scope, ...key])).toString('base64url');

export function decodeCursor(cursor: string, scope: string, argument = 'after'): Key {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== 'k1' || parsed.length < 3) throw badInput(argument, 'is not a cursor this API issued');
  if (parsed[1] !== scope) throw badInput(argument, `was issued for another list or sort order (${String(parsed[1])}, not ${scope})`);
  return parsed.slice(2) as Key;
}

export interface PageArgsLike {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What a page asks for: how many, from which end, between which keys. */
export interface PageRequest {
  limit: number;
  fromEnd: boolean;
  after?: Key;
  before?: Key;
  scope: string;
}

function size(value: number | null | undefined, argument: string, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > max) throw badInput(argument, `must be between 0 and ${max} (got ${value})`);
  return value;
}

/**
 * Validates first/after/last/before (sizes 0 … max; one of first or last) and decodes the
 * cursors for `scope`. Neither size given: the first `defaultSize` items.
 */
export function pageRequest(args: PageArgsLike, maxPageSize: number, scope: string, defaultSize = DEFAULT_PAGE_SIZE): PageRequest {
  const first = size(args.first, 'first', maxPageSize);
  const last = size(args.last, 'last', maxPageSize);
  if (first !== undefined && last !== undefined)
    throw badInput('last', 'cannot be combined with `first`: page forward with first/after or backward with last/before');
  return {
    limit: first ?? last ?? Math.min(defaultSize, maxPageSize),
    fromEnd: last !== undefined,
    after: args.after ? decodeCursor(args.after, scope, 'after') : undefined,
    before: args.before ? decodeCursor(args.before, scope, 'before') : undefined,
    scope,
  };
}

/** Sort direction per key component: 1 ascending, -1 descending. Nulls sort last either way. */
export type KeyOrder = readonly (1 | -1)[];

export function compareKeys(a: Key, b: Key, order: KeyOrder): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const an = a[i] === null || a[i] === undefined;
    const bn = b[i] === null || b[i] === undefined;
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return an || bn ? c : c * (order[i] ?? 1);
  }
  return 0;
}

/** A page cut from the whole ordered match: its items, the match's size and the first item's position. */
export interface PageSlice<T> {
  items: T[];
  total: number;
  offset: number;
}

/**
 * Pages a list already sorted by `keyOf` in `order` (documents, search hits, lineage links,
 * timeline points, relationships): binary search for the cursors, then first or last `limit`.
 */
export function slicePage<T>(sorted: readonly T[], keyOf: (item: T) => Key, order: KeyOrder, req: PageRequest): PageSlice<T> {
  const bound = (key: Key, strict: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = compareKeys(keyOf(sorted[mid] as T), key, order);
      if (c < 0 || (strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const lo = req.after ? bound(req.after, true) : 0;
  const hi = Math.max(lo, req.before ? bound(req.before, false) : sorted.length);
  const from = req.fromEnd ? Math.max(lo, hi - req.limit) : lo;
  const to = req.fromEnd ? hi : Math.min(hi, lo + req.limit);
  return { items: sorted.slice(from, to), total: sorted.length, offset: from };
}

export interface ConnectionData<T, E extends object = object> {
  edges: (E & { node: T; cursor: string })[];
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * A Relay connection from a page; `keyOf` gives each item's cursor key (sort key + id). Edges and
 * cursors are made when first read: a query asking only for `nodes` and `endCursor` (a task page)
 * encodes one cursor, not one per item.
 */
export function toConnection<T, E extends object = object>(
  page: PageSlice<T>,
  keyOf: (item: T) => Key,
  scope: string,
  edgeOf?: (item: T) => E,
): ConnectionData<T, E> {
  const cursorOf = (node: T) => encodeCursor(scope, keyOf(node));
  const { items } = page;
  let edges: (E & { node: T; cursor: string })[] | undefined;
  return {
    get edges() {
      return (edges ??= items.map(
        (node) => Object.assign({}, edgeOf?.(node), { node, cursor: cursorOf(node) }) as E & { node: T; cursor: string },
      ));
    },
    nodes: items,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.offset + items.length < page.total,
      hasPreviousPage: page.offset > 0,
      get startCursor() {
        return items.length ? cursorOf(items[0] as T) : null;
      },
      get endCursor() {
        return items.length ? cursorOf(items[items.length - 1] as T) : null;
      },
    },
  };
}

/** Pages a sorted in-memory list into a connection in one step. */
export function connectionOfList<T, E extends object = object>(
  sorted: readonly T[],
  keyOf: (item: T) => Key,
  order: KeyOrder,
  req: PageRequest,
  edgeOf?: (item: T) => E,
) {
  return toConnection(slicePage(sorted, keyOf, order, req), keyOf, req.scope, edgeOf);
}
