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

// Encode and decode run once per document on every ingest, over every fact: written as loops that
// build each object once in its final key order (no spread of a temporary, no intermediate lists),
// since they were a tenth of a worker's time and most of it was these objects, not the JSON.

function wireFacts(f: DocumentFacts): WireFacts {
  const index = new Map<NodeFact, number>();
  for (let i = 0; i < f.nodes.length; i++) index.set(f.nodes[i], i);
  const at = (n: NodeFact) => {
    const i = index.get(n);
    if (i === undefined) throw new Error(`a fact of ${f.document.id} refers to a node outside its document`);
    return i;
  };
  const n: WireNode[] = new Array<WireNode>(f.nodes.length);
  for (let i = 0; i < f.nodes.length; i++) {
    const fact = f.nodes[i];
    // Keys in the order the JSON has always had: the facts cache keeps these bytes.
    const w: WireNode = { l: fact.label, n: fact.name, s: fact.span.start, e: fact.span.end, p: fact.properties };
    if (fact.aliases) w.a = fact.aliases;
    if (fact.anchored !== undefined) w.an = fact.anchored;
    if (fact.refs) {
      const r: Record<string, number> = {};
      for (const k of Object.keys(fact.refs)) r[k] = at(fact.refs[k]);
      w.r = r;
    }
    if (fact.seriesPlan !== undefined) w.sp = fact.seriesPlan;
    if (fact.documentScoped) w.ds = true;
    n[i] = w;
  }
  const r: WireRel[] = new Array<WireRel>(f.relationships.length);
  for (let i = 0; i < f.relationships.length; i++) {
    const rel = f.relationships[i];
    const w: WireRel = { t: rel.type, f: at(rel.from), to: at(rel.to), p: rel.properties, s: rel.span.start, e: rel.span.end };
    if (rel.key !== undefined) w.k = rel.key;
    r[i] = w;
  }
  const out: WireFacts = { d: { ...f.document, text: '' }, n, r };
  // A refusal travels too: without it a worker's refused document came back as one with no facts.
  if (f.refused !== undefined) out.x = f.refused;
  return out;
}

export function encodeFacts(facts: DocumentFacts[]): string {
  return JSON.stringify(facts.map(wireFacts));
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
    // Keys in the order extractDocument gives them (FactSink.node and .rel), refs last.
    const nodes: NodeFact[] = new Array<NodeFact>(w.n.length);
    for (let j = 0; j < w.n.length; j++) {
      const n = w.n[j];
      const node: NodeFact = { label: one(n.l), name: n.n, span: new HeldSpan(document, n.s, n.e), properties: sharedValues(n.p) };
      if (n.a) node.aliases = n.a;
      if (n.an !== undefined) node.anchored = n.an;
      if (n.sp !== undefined) node.seriesPlan = n.sp;
      if (n.ds) node.documentScoped = true;
      nodes[j] = node;
    }
    // refs point at nodes that may come later in the list, so they are set once all exist.
    for (let j = 0; j < w.n.length; j++) {
      const r = w.n[j].r;
      if (!r) continue;
      const refs: Record<string, NodeFact> = {};
      for (const k of Object.keys(r)) refs[k] = nodes[r[k]];
      nodes[j].refs = refs;
    }
    const relationships: RelFact[] = new Array<RelFact>(w.r.length);
    for (let j = 0; j < w.r.length; j++) {
      const r = w.r[j];
      const rel: RelFact = {
        type: one(r.t),
        from: nodes[r.f],
        to: nodes[r.to],
        properties: sharedValues(r.p),
        span: new HeldSpan(document, r.s, r.e),
      };
      if (r.k !== undefined) rel.key = r.k;
      relationships[j] = rel;
    }
    const facts: DocumentFacts = { document, nodes, relationships };
    if (w.x !== undefined) facts.refused = w.x;
    return facts;
  });
}
