import {
  SpanTable,
  entityId,
  relationshipId,
  spanId,
  type GraphNode,
  type GraphRelationship,
  type NodeLabel,
  type Properties,
  type RelType,
  type SourceSpan,
} from '../../model';

// Merges nodes and relationships as they are resolved: sources and aliases are unions, the
// first value of a property wins. Facts arrive in document order, so merging is deterministic.
// Spans are immutable and shared, not copied: a clause cited by many facts is held once.

const sameSpan = (a: SourceSpan, b: SourceSpan) => a.start === b.start && a.end === b.end && a.document === b.document;

// A list this short is searched, not indexed: most facts are cited a few times, and a set per list
// with a key per citation would cost more than the graph it describes.
const SCAN = 16;
// The citations already in each longer sources list, by document, as one number per span
// (offsets are below 2^26): a node cited a thousand times must not search its list every time.
const seenKeys = new WeakMap<SourceSpan[], Map<string, Set<number>>>();
const offsets = (s: SourceSpan) => s.start * 0x4000000 + s.end;

function citedIn(seen: Map<string, Set<number>>, s: SourceSpan): Set<number> {
  let set = seen.get(s.document);
  if (!set) seen.set(s.document, (set = new Set()));
  return set;
}

/**
 * The list with `more` added: a shared one-span list (frozen) is copied before it grows, so the
 * Task and relationships sharing it are not changed.
 */
function addSources(target: SourceSpan[], more: SourceSpan[], spans: SpanTable): SourceSpan[] {
  for (const s of more) {
    let seen = seenKeys.get(target);
    if (!seen && target.length >= SCAN) {
      seenKeys.set(target, (seen = new Map()));
      for (const t of target) citedIn(seen, t).add(offsets(t));
    }
    if (seen) {
      const set = citedIn(seen, s);
      if (set.has(offsets(s))) continue;
      set.add(offsets(s));
    } else if (target.some((t) => sameSpan(t, s))) continue;
    if (Object.isFrozen(target)) target = target.slice();
    target.push(spans.hold(s));
  }
  return target;
}

/** The properties with `more`'s new keys added; a shared (frozen) object is copied first. */
function addProperties(target: Properties, more: Properties): Properties {
  for (const k of Object.keys(more)) {
    const v = more[k];
    if (target[k] === undefined && v !== undefined) {
      if (Object.isFrozen(target)) target = { ...target };
      target[k] = v;
    }
  }
  return target;
}

/**
 * One frozen object per distinct small set of scalar properties. Facts are not changed once built
 * (a later stage writes a new object), so sharing is safe, and frozen, a change would fail loudly.
 */
export class SharedProperties {
  private readonly known = new Map<string, Properties>();

  one(p: Properties): Properties {
    let key = '';
    let n = 0;
    for (const k in p) {
      const v = p[k];
      if (
        ++n > SHARED_KEYS ||
        (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') ||
        (typeof v === 'string' && v.length > SHARED_LENGTH)
      )
        return p;
      key += `${k}\u0000${typeof v}\u0000${String(v)}\u0000`;
    }
    const known = this.known.get(key);
    if (known) return known;
    if (this.known.size >= SHARED_MAX) return p;
    this.known.set(key, Object.freeze(p));
    return p;
  }
}

/**
 * Sources lists copied to their length; a list of one span is one frozen list per span. Most facts
 * cite one clause, and a clause is cited by its Task and each relationship read from it, so they
 * share one list (a later stage builds a new list, never changes these; a change would fail loudly).
 */
class SharedSources {
  private readonly single = new Map<SourceSpan, SourceSpan[]>();

  settled(list: SourceSpan[]): SourceSpan[] {
    if (list.length !== 1) return list.slice();
    return this.one(list[0]!);
  }

  one(span: SourceSpan): SourceSpan[] {
    let one = this.single.get(span);
    if (!one) this.single.set(span, (one = Object.freeze([span]) as SourceSpan[]));
    return one;
  }
}

// Only small sets of short values repeat; the table stays bounded whatever the corpus.
const SHARED_KEYS = 4;
const SHARED_LENGTH = 32;
const SHARED_MAX = 100_000;

export class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly relationships = new Map<string, GraphRelationship>();
  private readonly byKey = new Map<string, string>();
  /**
   * Keys of the current document's anchored facts (a Task's or Result's key is its document and its
   * whole folded clause): no other document's fact can have one, so they go when it ends
   * (`endDocument`) rather than be held, a clause's text each, until the whole corpus is resolved.
   */
  private readonly anchoredByKey = new Map<string, string>();
  /** Extraction gives each fact its own span object; one per clause is kept. */
  private readonly spans = new SpanTable(() => undefined);
  /**
   * Shared from the start, not only once settled: a new node or relationship cites one clause and
   * gets that clause's one list, and equal properties are one object, copied only if they grow
   * (3.5 M relationships at 10,000 documents would otherwise each hold a list with room for 17).
   */
  private readonly lists = new SharedSources();
  private readonly shared = new SharedProperties();

  /** The node for a canonical key (named entities) or an anchor (Task/Result), created once. */
  node(label: NodeLabel, key: string, name: string, source: SourceSpan, anchored: boolean, id?: string): GraphNode {
    const k = `${label}|${key}`;
    const keys = anchored ? this.anchoredByKey : this.byKey;
    const known = keys.get(k);
    if (known) {
      const node = this.nodes.get(known)!;
      node.sources = addSources(node.sources, [source], this.spans);
      return node;
    }
    const nodeId = id ?? (anchored ? spanId(label, source.document, source.start, source.end) : entityId(label, key));
    const node: GraphNode = { id: nodeId, label, name, aliases: [], properties: {}, sources: this.lists.one(this.spans.hold(source)) };
    this.nodes.set(nodeId, node);
    keys.set(k, nodeId);
    return node;
  }

  /** The document whose facts were being added has ended: its anchored keys are no longer asked for. */
  endDocument(): void {
    this.anchoredByKey.clear();
  }

  find(label: NodeLabel, key: string): GraphNode | undefined {
    const k = `${label}|${key}`;
    const id = this.byKey.get(k) ?? this.anchoredByKey.get(k);
    return id ? this.nodes.get(id) : undefined;
  }

  merge(node: GraphNode, aliases: string[], properties: Properties): void {
    for (const a of aliases) if (a && a !== node.name && !node.aliases.includes(a)) node.aliases.push(a);
    node.properties = addProperties(node.properties, properties);
  }

  /**
   * The facts, merging done. A list grown by push keeps room for sixteen more entries (a one- or
   * two-span list costs three times its length), and the graph keeps every list to the end of the
   * ingest: each is copied to its own length once nothing more is added. Relationships' properties
   * are few and repeat (none, a role, a period): equal ones become one frozen object.
   */
  settled(): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
    const nodes = [...this.nodes.values()];
    const relationships = [...this.relationships.values()];
    const { lists, shared } = this;
    for (const n of nodes) {
      n.sources = lists.settled(n.sources);
      if (n.aliases.length) n.aliases = n.aliases.slice();
    }
    for (const r of relationships) {
      r.sources = lists.settled(r.sources);
      r.properties = shared.one(r.properties);
    }
    return { nodes, relationships };
  }

  rel(type: RelType, from: string, to: string, properties: Properties, sources: SourceSpan[], key = ''): GraphRelationship | undefined {
    if (from === to) return undefined;
    const id = relationshipId(type, from, to, key);
    const existing = this.relationships.get(id);
    if (existing) {
      existing.sources = addSources(existing.sources, sources, this.spans);
      existing.properties = addProperties(existing.properties, properties);
      return existing;
    }
    const list =
      sources.length === 1 ? this.lists.one(this.spans.hold(sources[0]!)) : this.lists.settled(addSources([], sources, this.spans));
    const r: GraphRelationship = { id, type, from, to, properties: this.shared.one({ ...properties }), sources: list };
    this.relationships.set(id, r);
    return r;
  }
}
