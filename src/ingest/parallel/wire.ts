import { HeldSpan, type DocumentRecord, type NodeLabel, type Properties, type RelType } from '../../model';
import type { DocumentFacts, NodeFact, RelFact } from '../extract';

// The compact form one document's facts travel in. Cloning the facts as objects costs more
// than extracting them (every span carries its text, every fact is many small objects), so a
// worker sends JSON without what the receiver already holds — the document's text and each
// span's slice of it — and references become indices. `decodeFacts` rebuilds exactly the
// objects `extractDocument` returned, key order included.

interface WireNode {
  l: NodeLabel;
  n: string;
  s: number;
  e: number;
  p: Properties;
  a?: string[];
  an?: boolean;
  r?: Record<string, number>;
  sp?: string;
  ds?: boolean;
}
interface WireRel {
  t: RelType;
  f: number;
  to: number;
  p: Properties;
  s: number;
  e: number;
  k?: string;
}
interface WireFacts {
  d: DocumentRecord;
  n: WireNode[];
  r: WireRel[];
  /** The reason a document went over its budget (DocumentFacts.refused). */
  x?: string;
}

export function encodeFacts(facts: DocumentFacts[]): string {
  return JSON.stringify(
    facts.map((f): WireFacts => {
      const index = new Map<NodeFact, number>(f.nodes.map((n, i) => [n, i]));
      const at = (n: NodeFact) => {
        const i = index.get(n);
        if (i === undefined) throw new Error(`a fact of ${f.document.id} refers to a node outside its document`);
        return i;
      };
      return {
        d: { ...f.document, text: '' },
        n: f.nodes.map((n) => ({
          l: n.label,
          n: n.name,
          s: n.span.start,
          e: n.span.end,
          p: n.properties,
          ...(n.aliases ? { a: n.aliases } : {}),
          ...(n.anchored !== undefined ? { an: n.anchored } : {}),
          ...(n.refs ? { r: Object.fromEntries(Object.entries(n.refs).map(([k, v]) => [k, at(v)])) } : {}),
          ...(n.seriesPlan !== undefined ? { sp: n.seriesPlan } : {}),
          ...(n.documentScoped ? { ds: true } : {}),
        })),
        r: f.relationships.map((r) => ({
          t: r.type,
          f: at(r.from),
          to: at(r.to),
          p: r.properties,
          s: r.span.start,
          e: r.span.end,
          ...(r.key !== undefined ? { k: r.key } : {}),
        })),
        // A refusal travels too: without it a worker's refused document came back as one with no facts.
        ...(f.refused !== undefined ? { x: f.refused } : {}),
      };
    }),
  );
}

// Parsed JSON gives every value its own string, and a corpus repeats a few values across millions
// of facts (relationship types, labels, roles, period reasons): each is kept as one string. Only
// short values are shared, and only so many, so the table stays small however long a process runs.
const SHARED_MAX = 50_000;
const SHARED_LENGTH = 32;
const shared = new Map<string, string>();
function one<T extends string>(s: T): T {
  if (s.length > SHARED_LENGTH) return s;
  const known = shared.get(s);
  if (known !== undefined) return known as T;
  if (shared.size < SHARED_MAX) shared.set(s, s);
  return s;
}
function sharedValues(p: Properties): Properties {
  for (const k of Object.keys(p)) {
    const v = p[k];
    if (typeof v === 'string') p[k] = one(v);
    else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (typeof v[i] === 'string') v[i] = one(v[i] as string);
  }
  return p;
}

/**
 * What identity reads of one document's facts before they are decoded (resolve/identity.ts): each
 * node's label and name, each relationship's type and ends (node indices), and a refusal. Throws
 * on a wire that is not one document's facts.
 */
export function wireOutline(wire: string): {
  nodes: { label: string; name: string }[];
  relationships: { type: string; from: number; to: number }[];
  refused?: string;
} {
  const list = JSON.parse(wire) as WireFacts[];
  if (!Array.isArray(list) || list.length !== 1) throw new Error("not one document's facts");
  const [w] = list;
  return {
    nodes: w.n.map((n) => ({ label: n.l, name: n.n })),
    relationships: w.r.map((r) => ({ type: r.t, from: r.f, to: r.to })),
    ...(w.x !== undefined ? { refused: w.x } : {}),
  };
}

/** `documents` are the records the job sent, in the same order: they supply text and spans. */
export function decodeFacts(wire: string, documents: DocumentRecord[]): DocumentFacts[] {
  return (JSON.parse(wire) as WireFacts[]).map((w, i) => {
    const record = documents[i];
    const document = { ...w.d, text: record.text };
    const span = (start: number, end: number) => new HeldSpan(document, start, end);
    const nodes: NodeFact[] = w.n.map((n) => ({
      label: one(n.l),
      name: n.n,
      span: span(n.s, n.e),
      properties: sharedValues(n.p),
      ...(n.a ? { aliases: n.a } : {}),
      ...(n.an !== undefined ? { anchored: n.an } : {}),
      ...(n.sp !== undefined ? { seriesPlan: n.sp } : {}),
      ...(n.ds ? { documentScoped: true } : {}),
    }));
    // refs point at nodes that may come later in the list, so they are set once all exist.
    w.n.forEach((n, j) => {
      if (n.r) nodes[j].refs = Object.fromEntries(Object.entries(n.r).map(([k, v]) => [k, nodes[v]]));
    });
    const relationships: RelFact[] = w.r.map((r) => ({
      type: one(r.t),
      from: nodes[r.f],
      to: nodes[r.to],
      properties: sharedValues(r.p),
      span: span(r.s, r.e),
      ...(r.k !== undefined ? { key: r.k } : {}),
    }));
    return { document, nodes, relationships, ...(w.x !== undefined ? { refused: w.x } : {}) };
  });
}
