import {
  isNodeLabel,
  isRelType,
  plainSpan,
  type GraphNode,
  type GraphRelationship,
  type Properties,
  type PropertyValue,
  type SourceSpan,
} from '../../model';

// Shared rules both stores apply to what they are given, so they answer alike.

/** Neo4j cannot hold a null property, so neither store keeps one: null means "absent". */
export function withoutNulls(props: Properties): Properties {
  const out: Properties = {};
  // Keys, not entries: one pair array less per property of every fact loaded.
  for (const k of Object.keys(props)) {
    const v = props[k];
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out;
}

/** How a store keeps a span: a plain copy by default; the embedded store holds it once (SpanTable). */
export type KeepSpan = (s: SourceSpan) => SourceSpan;

/** Throws what a store refuses in a node: no id, an unknown label. */
export function checkNode(n: GraphNode): void {
  if (!n.id) throw new Error('node without id');
  if (!isNodeLabel(n.label)) throw new Error(`node ${n.id}: unknown label ${String(n.label)}`);
}

/** Throws what a store refuses in a relationship: no id, an unknown type. */
export function checkRelationship(r: GraphRelationship): void {
  if (!r.id) throw new Error('relationship without id');
  if (!isRelType(r.type)) throw new Error(`relationship ${r.id}: unknown type ${String(r.type)}`);
}

export function cleanNode(n: GraphNode, keep: KeepSpan = plainSpan): GraphNode {
  checkNode(n);
  return {
    id: n.id,
    label: n.label,
    name: n.name,
    aliases: [...n.aliases],
    properties: withoutNulls(n.properties),
    sources: n.sources.map(keep),
  };
}

export function cleanRelationship(r: GraphRelationship, keep: KeepSpan = plainSpan): GraphRelationship {
  checkRelationship(r);
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    properties: withoutNulls(r.properties),
    sources: r.sources.map(keep),
  };
}

const sameValue = (a: PropertyValue | undefined, b: PropertyValue | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/**
 * Whether two states of a fact are the same (what a store holds vs. what a slice brings). A fact
 * several documents support arrives with each of their slices; unchanged, it need not be rewritten.
 */
export function sameFact(a: GraphNode | GraphRelationship, b: GraphNode | GraphRelationship): boolean {
  if (a.id !== b.id || a.sources.length !== b.sources.length) return false;
  if ('label' in a && 'label' in b) {
    if (a.label !== b.label || a.name !== b.name || !sameValue(a.aliases, b.aliases)) return false;
  } else if ('type' in a && 'type' in b) {
    if (a.type !== b.type || a.from !== b.from || a.to !== b.to) return false;
  } else return false;
  const ka = Object.keys(a.properties);
  if (ka.length !== Object.keys(b.properties).length || !ka.every((k) => sameValue(a.properties[k], b.properties[k]))) return false;
  return a.sources.every((s, i) => {
    const t = b.sources[i];
    return s === t || (s.document === t.document && s.start === t.start && s.end === t.end && s.text === t.text);
  });
}

/** Order of a sort key: numbers, then strings, then anything else; null/absent sorts last. */
export function compareValues(a: PropertyValue | undefined, b: PropertyValue | undefined): number {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const as = typeof a === 'string' ? a : JSON.stringify(a);
  const bs = typeof b === 'string' ? b : JSON.stringify(b);
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : typeof b === 'number' ? 1 : 0;
  return as < bs ? -1 : as > bs ? 1 : 0;
}

export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Longest path the stores search; Neo4j needs a literal bound (cypher/shortest-path.cypher). */
export const MAX_PATH_HOPS = 10;

/** Relationship types that tie a Task/Result to the indicator or platform a lineage query names. */
export const LINEAGE_LINK_TYPES = ['SETS_TARGET', 'MEASURED', 'INVOLVES'] as const;

/** Errors a caller may show: an unreachable database. */
export class StoreUnavailableError extends Error {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
