import type { GraphNode, NodeLabel } from '../../model';
import type { NodePage, NodeQuery, SortDirection, SortKey } from '../contract/graph-store';
import { compareValues } from '../contract/facts';
import { nameKey } from '../contract/text-fold';
import { fieldOf, sortIds, valueKey } from './lazy-indexes';
import type { StoreState } from './state';

// findNodes and findByName over the label and property indexes: a request costs the size of the
// smallest matching posting list (or of the page, when it sorts a whole label), not of the graph.

const EMPTY: ReadonlySet<string> = new Set();

/** Ids of the nodes an agency is RESPONSIBLE_FOR (its out-edges of that type). */
function responsibleFor(state: StoreState, agency: string): ReadonlySet<string> {
  const out = new Set<string>();
  if (!state.graph.hasNode(agency)) return out;
  state.graph.forEachOutEdge(agency, (_key, r) => {
    if (r.type === 'RESPONSIBLE_FOR') out.add(r.to);
  });
  return out;
}

function candidates(state: StoreState, q: NodeQuery, node: (id: string) => GraphNode): ReadonlySet<string> {
  const all = state.byLabel.get(q.label) ?? EMPTY;
  const lists = Object.entries(q.where ?? {}).map(([field, value]) =>
    value === null ? EMPTY : (state.lazy.postings(q.label, field, all, node).get(valueKey(value)) ?? EMPTY),
  );
  // Sets that span labels (a document's facts, an agency's duties) are held to the label too.
  const across: ReadonlySet<string>[] = [];
  if (q.citedIn !== undefined) across.push(state.nodesByDocument.get(q.citedIn) ?? EMPTY);
  if (q.responsibleAgency !== undefined) across.push(responsibleFor(state, q.responsibleAgency));
  if (across.length > 0) lists.push(...across, all);
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

/** Where a node stands against a keyset position, in the order sortIds gives (nulls last, then id). */
function compareToKey(n: GraphNode, field: string, dir: SortDirection, key: SortKey): number {
  const v = fieldOf(n, field);
  const an = v === undefined || v === null;
  const bn = key.value === undefined || key.value === null;
  if (an !== bn) return an ? 1 : -1;
  if (!an) {
    const c = compareValues(v, key.value);
    if (c !== 0) return dir === 'DESC' ? -c : c;
  }
  return n.id < key.id ? -1 : n.id > key.id ? 1 : 0;
}

/** First index in `order` whose node compares above (`strict`) or at least at `key`. */
function bound(order: readonly string[], key: SortKey, strict: boolean, cmp: (id: string, key: SortKey) => number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cmp(order[mid] as string, key);
    if (c < 0 || (strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findNodes(state: StoreState, q: NodeQuery): NodePage {
  const node = (id: string) => state.graph.getNodeAttributes(id);
  const all = state.byLabel.get(q.label) ?? EMPTY;
  const filter = JSON.stringify([q.label, q.where ?? {}, q.nameContains ?? '', q.citedIn ?? null, q.responsibleAgency ?? null]);
  const matched = state.lazy.memo(`match ${filter}`, (): ReadonlySet<string> => {
    const keep = nameFilter(q.nameContains, node);
    const found = candidates(state, q, node);
    return keep ? new Set([...found].filter(keep)) : found;
  });
  const field = q.sort?.field ?? 'id';
  const dir = q.sort?.direction ?? 'ASC';
  const limit = Math.max(0, q.limit);

  // A filtered subset is sorted once per store version; when most of the label matches, the
  // label's cached sort order is walked instead, skipping what does not match.
  const subset = matched.size * 4 < all.size;
  const order = subset
    ? state.lazy.memo(`sort ${filter} ${field} ${dir}`, () => sortIds([...matched], field, dir, node))
    : state.lazy.sorted(q.label, field, dir, all, node);
  const keep = (id: string) => subset || matched.has(id);
  const cmp = (id: string, key: SortKey) => compareToKey(node(id), field, dir, key);
  // Keyset bounds: a cursor names a position, so pages hold still when other nodes come or go.
  const lo = q.after ? bound(order, q.after, true, cmp) : 0;
  const hi = q.before ? bound(order, q.before, false, cmp) : order.length;

  const picked: string[] = [];
  let firstAt = q.fromEnd ? hi : lo;
  if (q.fromEnd) {
    for (let i = hi - 1; i >= lo && picked.length < limit; i--) {
      if (keep(order[i] as string)) {
        picked.push(order[i] as string);
        firstAt = i;
      }
    }
    picked.reverse();
  } else {
    let skip = Math.max(0, q.offset ?? 0);
    for (let i = lo; i < hi && picked.length < limit; i++) {
      const id = order[i] as string;
      if (!keep(id)) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      if (picked.length === 0) firstAt = i;
      picked.push(id);
    }
  }
  let offset = firstAt;
  if (!subset) {
    offset = 0;
    for (let i = 0; i < firstAt; i++) if (matched.has(order[i] as string)) offset++;
  }
  return { items: picked.map(node), total: matched.size, offset };
}

/** Exact canonical name first, then alias; ties by id. */
export function findByName(state: StoreState, label: NodeLabel, name: string): GraphNode | null {
  const key = nameKey(name);
  const ids = [...(state.byNameKey.get(key) ?? EMPTY)].sort();
  const hits = ids.map((id) => state.graph.getNodeAttributes(id)).filter((n) => n.label === label);
  return hits.find((n) => nameKey(n.name) === key) ?? hits[0] ?? null;
}
