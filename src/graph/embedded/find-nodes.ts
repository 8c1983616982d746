import type { GraphNode, NodeLabel } from '../../model';
import type { NodeQuery, Page } from '../contract';
import { nameKey } from '../text-fold';
import { sortIds, valueKey } from './lazy-indexes';
import type { StoreState } from './state';

// findNodes and findByName over the label and property indexes: a request costs the size of the
// smallest matching posting list (or of the page, when it sorts a whole label), not of the graph.

const EMPTY: ReadonlySet<string> = new Set();

function candidates(state: StoreState, q: NodeQuery, node: (id: string) => GraphNode): ReadonlySet<string> {
  const all = state.byLabel.get(q.label) ?? EMPTY;
  const lists = Object.entries(q.where ?? {}).map(([field, value]) =>
    value === null ? EMPTY : state.lazy.postings(q.label, field, all, node).get(valueKey(value)) ?? EMPTY,
  );
  if (lists.length === 0) return all;
  lists.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = lists;
  const out = new Set<string>();
  for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

function nameFilter(needle: string | undefined, node: (id: string) => GraphNode): ((id: string) => boolean) | null {
  if (!needle) return null;
  const lower = needle.toLowerCase();
  return (id) => {
    const n = node(id);
    return n.name.toLowerCase().includes(lower) || n.aliases.some((a) => a.toLowerCase().includes(lower));
  };
}

export function findNodes(state: StoreState, q: NodeQuery): Page<GraphNode> {
  const node = (id: string) => state.graph.getNodeAttributes(id);
  const all = state.byLabel.get(q.label) ?? EMPTY;
  const filter = JSON.stringify([q.label, q.where ?? {}, q.nameContains ?? '']);
  const matched = state.lazy.memo(`match ${filter}`, (): ReadonlySet<string> => {
    const keep = nameFilter(q.nameContains, node);
    const found = candidates(state, q, node);
    return keep ? new Set([...found].filter(keep)) : found;
  });
  const offset = Math.max(0, q.offset ?? 0);
  const end = offset + Math.max(0, q.limit);
  const field = q.sort?.field ?? 'id';
  const dir = q.sort?.direction ?? 'ASC';

  let page: string[];
  if (matched.size * 4 < all.size) {
    // A filtered subset: sort it once per store version, then every page is a slice.
    page = state.lazy.memo(`sort ${filter} ${field} ${dir}`, () => sortIds([...matched], field, dir, node)).slice(offset, end);
  } else {
    // Most of the label matches: walk the label's cached sort order instead of sorting again.
    page = [];
    let seen = 0;
    for (const id of state.lazy.sorted(q.label, field, dir, all, node)) {
      if (!matched.has(id)) continue;
      if (seen++ >= offset) page.push(id);
      if (page.length >= end - offset) break;
    }
  }
  return { items: page.map(node), total: matched.size };
}

/** Exact canonical name first, then alias; ties by id. */
export function findByName(state: StoreState, label: NodeLabel, name: string): GraphNode | null {
  const key = nameKey(name);
  const ids = [...(state.byNameKey.get(key) ?? EMPTY)].sort();
  const hits = ids.map((id) => state.graph.getNodeAttributes(id)).filter((n) => n.label === label);
  return hits.find((n) => nameKey(n.name) === key) ?? hits[0] ?? null;
}
