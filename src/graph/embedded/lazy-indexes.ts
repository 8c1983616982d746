import type { GraphNode, GraphRelationship, NodeLabel, PropertyValue, RelType } from '../../model';
import type { SortDirection } from '../contract/graph-store';
import { compareValues } from '../contract/facts';

// Indexes built on first use and dropped when a write touches their label: property-equality
// postings and sorted id lists per label, plus small per-version caches of whole answers.

/** Cached answers kept between two writes, at most. */
const MAX_ANSWERS = 1000;
/** Nodes whose adjacency is kept at once: a bound on memory when traffic walks a huge graph. */
const MAX_ADJACENT = 100_000;

/** One node's relationships: out (from it) and in (to it), by type, each list in id order. */
export interface Adjacency {
  out: Map<RelType, GraphRelationship[]>;
  in: Map<RelType, GraphRelationship[]>;
}

export const valueKey = (v: PropertyValue): string => JSON.stringify(v);

/** The value a node sorts or filters on: 'id', 'name' or a property. */
export function fieldOf(n: GraphNode, field: string): PropertyValue | undefined {
  if (field === 'id') return n.id;
  if (field === 'name') return n.name;
  return n.properties[field];
}

interface LabelIndexes {
  postings: Map<string, Map<string, Set<string>>>;
  sorted: Map<string, string[]>;
}

export class LazyIndexes {
  private readonly perLabel = new Map<NodeLabel, LabelIndexes>();
  private readonly answers = new Map<string, unknown>();
  private readonly adjacent = new Map<string, Adjacency>();

  invalidate(label: NodeLabel): void {
    this.perLabel.delete(label);
  }

  invalidateQueries(): void {
    this.answers.clear();
    this.adjacent.clear();
  }

  /** A node's relationships by side and type (for this store version), built on first use. */
  adjacency(id: string, build: () => Adjacency): Adjacency {
    let adj = this.adjacent.get(id);
    if (!adj) {
      if (this.adjacent.size >= MAX_ADJACENT) this.adjacent.clear();
      this.adjacent.set(id, (adj = build()));
    }
    return adj;
  }

  /** A cached answer for this store version (cleared on every write). */
  memo<T>(key: string, compute: () => T): T {
    if (this.answers.has(key)) return this.answers.get(key) as T;
    if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
    const value = compute();
    this.answers.set(key, value);
    return value;
  }

  private of(label: NodeLabel): LabelIndexes {
    let ix = this.perLabel.get(label);
    if (!ix) this.perLabel.set(label, (ix = { postings: new Map(), sorted: new Map() }));
    return ix;
  }

  /** Ids of `label` nodes whose `field` equals each value. */
  postings(label: NodeLabel, field: string, ids: Iterable<string>, node: (id: string) => GraphNode): Map<string, Set<string>> {
    const ix = this.of(label);
    let p = ix.postings.get(field);
    if (!p) {
      p = new Map();
      for (const id of ids) {
        const v = fieldOf(node(id), field);
        if (v === undefined || v === null) continue;
        const k = valueKey(v);
        let set = p.get(k);
        if (!set) p.set(k, (set = new Set()));
        set.add(id);
      }
      ix.postings.set(field, p);
    }
    return p;
  }

  /** All `label` ids in sort order (nulls last, then id ascending). */
  sorted(label: NodeLabel, field: string, dir: SortDirection, ids: Iterable<string>, node: (id: string) => GraphNode): string[] {
    const ix = this.of(label);
    const key = `${field}\u0000${dir}`;
    let list = ix.sorted.get(key);
    if (!list) {
      list = sortIds([...ids], field, dir, node);
      ix.sorted.set(key, list);
    }
    return list;
  }
}

export function sortIds(ids: string[], field: string, dir: SortDirection, node: (id: string) => GraphNode): string[] {
  const keyed = ids.map((id) => ({ id, v: fieldOf(node(id), field) }));
  const sign = dir === 'DESC' ? -1 : 1;
  keyed.sort((a, b) => {
    const an = a.v === undefined || a.v === null;
    const bn = b.v === undefined || b.v === null;
    if (an || bn) {
      if (an !== bn) return an ? 1 : -1;
    } else {
      const c = compareValues(a.v, b.v);
      if (c !== 0) return sign * c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((k) => k.id);
}
