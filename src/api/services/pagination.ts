import { badInput } from '../errors';
import { DEFAULT_PAGE_SIZE } from '../options';

// Relay cursors are opaque to clients: base64 of the item's offset in the ordered result.

const PREFIX = 'o:';

export const encodeCursor = (offset: number): string => Buffer.from(`${PREFIX}${offset}`).toString('base64url');

export function decodeCursor(cursor: string, argument = 'after'): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = raw.startsWith(PREFIX) ? Number(raw.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw badInput(argument, 'is not a cursor this API issued');
  return offset;
}

export interface PageArgsLike { first?: number | null; after?: string | null }
export interface PageWindow { offset: number; limit: number }

/** Validates `first` (0 … max) and `after`, and turns them into offset + limit. */
export function pageWindow(args: PageArgsLike, maxPageSize: number): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badInput('first', `must be between 0 and ${maxPageSize} (got ${first})`);
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

export interface ConnectionData<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function toConnection<T>(items: T[], total: number, window: PageWindow): ConnectionData<T> {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(window.offset + i) }));
  return {
    edges,
    nodes: items,
    totalCount: total,
    pageInfo: {
      hasNextPage: window.offset + items.length < total,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Pages an in-memory list (documents) the same way the store pages nodes. */
export function pageOf<T>(all: T[], window: PageWindow): ConnectionData<T> {
  return toConnection(all.slice(window.offset, window.offset + window.limit), all.length, window);
}
