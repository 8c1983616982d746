import neo4j from 'neo4j-driver';
import type { DriverLike, QueryRunner, RecordLike } from '../../../src/graph/neo4j';
import { loadCypher } from '../../../src/graph/neo4j';

// An in-memory stand-in for a Neo4j server that runs each of the store's statements by name, as
// the statement's Cypher says (read that file beside each case): so the store contract and the
// parity suite can run the Neo4j store's own code — grouping, pruning, encoding, decoding, the
// version — on every machine. It checks the store, not Neo4j: Cypher semantics are what the
// lint, the TCK tests and a live run (NEO4J_URI) are for. Transactions roll back on error.

type Props = Record<string, unknown>;
interface Node {
  labels: Set<string>;
  props: Props;
}
interface Rel {
  type: string;
  from: string;
  to: string;
  props: Props;
}
interface Graph {
  nodes: Map<string, Node>;
  rels: Rel[];
  version: number;
}
type Row = Record<string, unknown>;

const num = (v: unknown): number => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : (v as number));
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const cites = (p: Props, docs: unknown[]) => list(p.sourceDocs).some((d) => docs.includes(d));
const onlyFrom = (p: Props, docs: unknown[]) => list(p.srcDoc).every((d) => docs.includes(d));
const cmpId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Cypher's ORDER BY for the values the store sorts by: numbers, strings; null handled by the caller. */
function cypherCompare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string') return -1; // Cypher orders strings before numbers
  if (typeof b === 'string') return 1;
  return 0;
}

/** A field's terms under the cjk analyzer (approximately: no stop words). */
function luceneTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text
    .normalize('NFKC')
    .toLowerCase()
    .matchAll(/(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu)) {
    if (m[2]) {
      out.add(m[2]);
      continue;
    }
    const chars = [...m[1]];
    if (chars.length === 1) out.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  return out;
}

function dropSpans(p: Props, docs: unknown[], withText: boolean): void {
  const kept = list(p.srcDoc)
    .map((d, i) => [d, i] as const)
    .filter(([d]) => !docs.includes(d))
    .map(([, i]) => i);
  for (const k of ['srcDoc', 'srcStart', 'srcEnd', 'srcText']) p[k] = kept.map((i) => list(p[k])[i]);
  p.sourceDocs = list(p.sourceDocs).filter((d) => !docs.includes(d));
  if (withText) p.sourceText = (p.srcText as string[]).join('\n');
}

function detachDelete(g: Graph, id: string): void {
  g.nodes.delete(id);
  g.rels = g.rels.filter((r) => r.from !== id && r.to !== id);
}

const relOut = (r: Rel) => ({ props: { ...r.props }, type: r.type, from: r.from, to: r.to });
const nodeOut = (n: Node) => ({ ...n.props, docRecord: null });

function run(g: Graph, name: string, p: Props): Row[] {
  const docs = list(p.documents);
  const entity = (id: unknown) => {
    const n = g.nodes.get(String(id));
    return n?.labels.has('Entity') ? n : undefined;
  };
  if (name.startsWith('schema-')) return [];
  if (name.startsWith('apply-nodes-')) {
    const label = name.slice('apply-nodes-'.length);
    for (const row of p.rows as { id: string; props: Props }[]) {
      const n = g.nodes.get(row.id) ?? { labels: new Set(['Entity']), props: {} };
      n.props = { ...row.props };
      n.labels.add(label);
      g.nodes.set(row.id, n);
    }
    return [];
  }
  if (name.startsWith('apply-relationships-')) {
    const type = name.slice('apply-relationships-'.length);
    let written = 0;
    for (const row of p.rows as { id: string; from: string; to: string; props: Props }[]) {
      if (!entity(row.from) || !entity(row.to)) continue;
      let r = g.rels.find((x) => x.type === type && x.from === row.from && x.to === row.to && x.props.id === row.id);
      if (!r) g.rels.push((r = { type, from: row.from, to: row.to, props: { id: row.id } }));
      r.props = { ...row.props };
      written++;
    }
    return [{ written }];
  }
  switch (name) {
    case 'bump-version':
      return [{ version: ++g.version }];
    case 'read-version':
      return [{ version: g.version }];
    case 'cited-nodes':
      return [...g.nodes].filter(([, n]) => n.labels.has('Entity') && cites(n.props, docs)).map(([id]) => ({ id }));
    case 'cited-relationships':
      return g.rels.filter((r) => cites(r.props, docs)).map((r) => ({ id: r.props.id, from: r.from }));
    case 'prune-relationships-delete': {
      const gone = new Set((p.rows as { id: string; from: string }[]).map((x) => `${x.from}\u0000${x.id}`));
      g.rels = g.rels.filter((r) => !(gone.has(`${r.from}\u0000${String(r.props.id)}`) && onlyFrom(r.props, docs)));
      return [];
    }
    case 'prune-relationships-drop': {
      const hit = new Set((p.rows as { id: string; from: string }[]).map((x) => `${x.from}\u0000${x.id}`));
      for (const r of g.rels) if (hit.has(`${r.from}\u0000${String(r.props.id)}`)) dropSpans(r.props, docs, false);
      return [];
    }
    case 'prune-nodes-delete':
      for (const id of p.ids as string[]) {
        const n = entity(id);
        if (n && onlyFrom(n.props, docs)) detachDelete(g, id);
      }
      return [];
    case 'prune-nodes-drop':
      for (const id of p.ids as string[]) {
        const n = entity(id);
        if (n) dropSpans(n.props, docs, true);
      }
      return [];
    case 'set-documents':
      for (const row of p.rows as { id: string; record: string }[]) {
        const n = g.nodes.get(row.id) ?? { labels: new Set(['Entity']), props: { id: row.id } };
        n.labels.add('Document');
        n.props.docRecord = row.record;
        g.nodes.set(row.id, n);
      }
      return [];
    case 'delete-document': {
      const n = g.nodes.get(String(p.id));
      if (!n?.labels.has('Document')) return [{ deleted: 0 }];
      detachDelete(g, String(p.id));
      return [{ deleted: 1 }];
    }
    case 'get-nodes':
      return (p.ids as string[]).map((id) => {
        const n = entity(id);
        return { id, node: n ? nodeOut(n) : null };
      });
    case 'get-documents':
      return (p.ids as string[]).map((id) => {
        const n = g.nodes.get(id);
        return { id, record: n?.labels.has('Document') ? (n.props.docRecord ?? null) : null };
      });
    case 'list-documents':
      return [...g.nodes]
        .filter(([, n]) => n.labels.has('Document'))
        .sort(([a], [b]) => cmpId(a, b))
        .map(([, n]) => ({ record: n.props.docRecord }));
    case 'find-nodes-asc':
    case 'find-nodes-desc': {
      const where = p.where as Props;
      const needle = p.nameContains as string | null;
      const field = String(p.sortField);
      const sign = name.endsWith('desc') ? -1 : 1;
      const matched = [...g.nodes.values()].filter(
        (n) =>
          n.labels.has('Entity') &&
          n.props.label === p.label &&
          Object.entries(where).every(([k, v]) => n.props[k] === v) &&
          (needle === null ||
            String(n.props.name).toLowerCase().includes(needle) ||
            list(n.props.aliases).some((a) => String(a).toLowerCase().includes(needle))) &&
          (p.citedIn === null || list(n.props.sourceDocs).includes(p.citedIn)) &&
          (p.agency === null ||
            g.rels.some((r) => r.type === 'RESPONSIBLE_FOR' && r.from === p.agency && r.to === n.props.id && entity(r.from))),
      );
      matched.sort((a, b) => {
        const av = a.props[field] ?? null,
          bv = b.props[field] ?? null;
        if ((av === null) !== (bv === null)) return av === null ? 1 : -1;
        return (av === null ? 0 : sign * cypherCompare(av, bv)) || cmpId(String(a.props.id), String(b.props.id));
      });
      // Keyset bounds as find-nodes-*.cypher counts them: matches at or before `after`, before `before`.
      type Pos = { value: unknown; id: string } | null;
      const rank = (m: Node, pos: { value: unknown; id: string }, inclusive: boolean) => {
        const v = m.props[field] ?? null;
        const id = String(m.props.id);
        const idOk = inclusive ? cmpId(id, pos.id) <= 0 : cmpId(id, pos.id) < 0;
        if (pos.value === null || pos.value === undefined) return v !== null || idOk;
        if (v === null) return false;
        const c = sign * cypherCompare(v, pos.value);
        return c < 0 || (c === 0 && idOk);
      };
      const after = p.after as Pos,
        before = p.before as Pos;
      const lo = after ? matched.filter((m) => rank(m, after, true)).length : 0;
      const hi = before ? matched.filter((m) => rank(m, before, false)).length : matched.length;
      const limit = num(p.limit);
      const first = p.fromEnd ? Math.max(lo, hi - limit) : lo + num(p.offset);
      const last = Math.min(first + limit, hi);
      return [{ total: matched.length, offset: first, items: matched.slice(first, Math.max(first, last)).map(nodeOut) }];
    }
    case 'find-by-name': {
      const hits = [...g.nodes.values()].filter(
        (n) => n.labels.has('Entity') && n.props.label === p.label && list(n.props.nameKeys).includes(p.key),
      );
      hits.sort(
        (a, b) => Number(b.props.nameKey === p.key) - Number(a.props.nameKey === p.key) || cmpId(String(a.props.id), String(b.props.id)),
      );
      return hits.slice(0, 1).map((n) => ({ node: nodeOut(n) }));
    }
    case 'relationships': {
      const ids = new Set(p.ids as string[]);
      const types = p.types as string[] | null;
      const found = g.rels.filter(
        (r) =>
          (types === null || types.includes(r.type)) &&
          entity(r.from) &&
          entity(r.to) &&
          ((p.direction !== 'IN' && ids.has(r.from)) || (p.direction !== 'OUT' && ids.has(r.to))),
      );
      return found.sort((a, b) => cmpId(String(a.props.id), String(b.props.id))).map(relOut);
    }
    case 'lineage': {
      const year = (id: string) => entity(id)?.props.year;
      const linked = (id: string, target: unknown) =>
        g.rels.some((r) => r.from === id && r.to === target && ['SETS_TARGET', 'MEASURED', 'INVOLVES'].includes(r.type));
      const touches = (r: Rel, target: unknown) =>
        target === null || r.props.via === target || linked(r.from, target) || linked(r.to, target);
      const found = g.rels.filter(
        (r) =>
          (p.types as string[]).includes(r.type) &&
          year(r.from) === p.fromYear &&
          year(r.to) === p.toYear &&
          touches(r, p.indicatorId) &&
          touches(r, p.platformId),
      );
      const score = (r: Rel) => (typeof r.props.score === 'number' ? r.props.score : null);
      found.sort((a, b) => {
        const sa = score(a),
          sb = score(b);
        if ((sa === null) !== (sb === null)) return sa === null ? 1 : -1;
        return (sa === null || sb === null ? 0 : sb - sa) || cmpId(String(a.props.id), String(b.props.id));
      });
      return found.slice(0, num(p.limit)).map(relOut);
    }
    case 'shortest-path': {
      const from = String(p.from),
        to = String(p.to);
      if (!entity(from) || !entity(to)) return [];
      const maxHops = Math.min(10, num(p.maxHops));
      const around = new Map<string, Rel[]>();
      for (const r of g.rels) for (const end of [r.from, r.to]) (around.get(end) ?? around.set(end, []).get(end)!).push(r);
      // Hops to `to`, breadth first; then every shortest path walks down that distance, and the
      // one whose node ids, then relationship ids, sort first is kept (allShortestPaths + ORDER BY).
      const dist = new Map([[to, 0]]);
      for (let frontier = [to], d = 1; d <= maxHops && frontier.length && !dist.has(from); d++) {
        const next: string[] = [];
        for (const u of frontier)
          for (const r of around.get(u) ?? []) {
            const v = r.from === u ? r.to : r.from;
            if (!dist.has(v)) {
              dist.set(v, d);
              next.push(v);
            }
          }
        frontier = next;
      }
      if (!dist.has(from)) return [];
      let paths: { nodes: string[]; rels: Rel[] }[] = [{ nodes: [from], rels: [] }];
      for (let d = dist.get(from)!; d > 0; d--) {
        paths = paths.flatMap((path) =>
          (around.get(path.nodes[path.nodes.length - 1]) ?? []).flatMap((r) => {
            const u = path.nodes[path.nodes.length - 1];
            const v = r.from === u ? r.to : r.from;
            return dist.get(v) === d - 1 ? [{ nodes: [...path.nodes, v], rels: [...path.rels, r] }] : [];
          }),
        );
      }
      const key = (x: (typeof paths)[number]) => [...x.nodes, '\u0000', ...x.rels.map((r) => String(r.props.id))];
      paths.sort((a, b) => {
        const ka = key(a),
          kb = key(b);
        for (let i = 0; i < ka.length; i++) {
          const c = cmpId(ka[i], kb[i]);
          if (c) return c;
        }
        return 0;
      });
      return [{ nodeIds: paths[0].nodes, rels: paths[0].rels.map(relOut) }];
    }
    case 'search': {
      // Lucene with the cjk analyzer: a field's terms are its Han pairs (a lone Han character as
      // itself) and its latin/digit words, width-folded and lower-cased; the store's query is
      // required clauses, each a quoted term or a prefix (X*). Scores: how many fields match all.
      const clauses = String(p.query)
        .split(' AND ')
        .map((c) =>
          c.endsWith('*')
            ? { prefix: c.slice(0, -1).replace(/\\(.)/g, '$1') }
            : { term: c.slice(1, -1).replace(/\\(.)/g, '$1').toLowerCase() },
        );
      const labels = p.labels as string[] | null;
      const hits = [...g.nodes.values()]
        .filter((n) => n.labels.has('Entity') && (labels === null || labels.includes(String(n.props.label))))
        .flatMap((n) => {
          const fields = [n.props.name, n.props.aliasText, n.props.sourceText].map((f) => luceneTerms(String(f ?? '')));
          const matches = (terms: Set<string>, c: { prefix?: string; term?: string }) =>
            c.term !== undefined ? terms.has(c.term) : [...terms].some((t) => t.startsWith(c.prefix!));
          if (!clauses.every((c) => fields.some((f) => matches(f, c)))) return [];
          const score = fields.filter((f) => clauses.every((c) => matches(f, c))).length + 0.5;
          return [{ id: n.props.id, score, name: n.props.name, aliases: n.props.aliases, texts: n.props.srcText }];
        });
      return hits.sort((a, b) => b.score - a.score || cmpId(String(a.id), String(b.id))).slice(0, num(p.limit));
    }
    case 'stats': {
      const count = <T>(xs: T[], key: (x: T) => string) => {
        const m = new Map<string, number>();
        for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
        return m;
      };
      const entities = [...g.nodes.values()].filter((n) => n.labels.has('Entity'));
      const work = entities.filter((n) => n.labels.has('Task') || n.labels.has('Result'));
      const groups = new Map<string, { label: unknown; domain: unknown; year: unknown; count: number }>();
      for (const n of work) {
        const key = JSON.stringify([n.props.label, n.props.domain ?? '', n.props.year ?? null]);
        const grp = groups.get(key) ?? { label: n.props.label, domain: n.props.domain ?? '', year: n.props.year ?? null, count: 0 };
        grp.count++;
        groups.set(key, grp);
      }
      return [
        {
          nodes: [...count(entities, (n) => String(n.props.label))].map(([label, c]) => ({ label, count: c })),
          rels: [...count(g.rels, (r) => r.type)].map(([type, c]) => ({ type, count: c })),
          groups: [...groups.values()],
        },
      ];
    }
    default:
      throw new Error(`emulated server: no case for statement ${name}`);
  }
}

function copy(g: Graph): Graph {
  return {
    nodes: new Map([...g.nodes].map(([id, n]) => [id, { labels: new Set(n.labels), props: structuredClone(n.props) }])),
    rels: g.rels.map((r) => ({ ...r, props: structuredClone(r.props) })),
    version: g.version,
  };
}

export class EmulatedNeo4j implements DriverLike {
  graph: Graph = { nodes: new Map(), rels: [], version: 0 };
  statements = 0;
  private readonly names = new Map([...loadCypher()].map(([n, text]) => [text, n]));

  session() {
    const tx =
      (write: boolean) =>
      async <T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> => {
        const before = write ? copy(this.graph) : this.graph;
        try {
          return await work({
            run: async (query: string, params: Props = {}) => {
              const name = this.names.get(query);
              if (!name) throw new Error('emulated server: a statement not in cypher/');
              this.statements++;
              return { records: run(this.graph, name, params).map((row): RecordLike => ({ get: (k) => row[k] })) };
            },
          });
        } catch (err) {
          this.graph = before;
          throw err;
        }
      };
    return { executeRead: tx(false), executeWrite: tx(true), close: async () => undefined };
  }
  async verifyConnectivity(): Promise<unknown> {
    return {};
  }
  async close(): Promise<void> {}
}
