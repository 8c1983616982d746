import type { Graph, GraphNode, GraphRelationship } from '../../model';
import { foldForMatching } from '../normalise';
import { BigramPool, heldBigrams, type HeldBigrams } from './bigrams';
import { parsePeriod, type Interval } from './period';

// What the link stage needs to know about each Task and Result, read once from the graph:
// when it applies, which indicators, platforms and projects it touches, and its clause text.

export interface LinkFact extends HeldBigrams {
  node: GraphNode;
  when: Interval;
  document: string;
  /** The city whose plan it belongs to, when known: lineage never crosses cities. */
  city?: string;
  /** Who delivers the work report it is read from, when it is one: another issuer's report is not its lineage. */
  issuer?: string;
  /** Indicators it sets a target for (Task) or measures (Result). */
  indicators: string[];
  /** Platforms it involves itself, strongest evidence. */
  platforms: string[];
  /** Platforms its project involves, and parents/children (RELATED_TO) of its own platforms. */
  nearPlatforms: string[];
  /** EngineeringProjects it belongs to (Task) or whose name its text mentions. */
  projects: string[];
  /** The last candidate lookup that listed it (found.ts). */
  foundIn: number;
}

export interface LinkView {
  tasks: LinkFact[];
  results: LinkFact[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
// Most facts share no platform, project or indicator: one empty list, read only, serves them all
// (the view holds four lists for every Task and Result of the corpus).
const NONE: string[] = Object.freeze([]) as unknown as string[];
const orNone = (xs: string[]): string[] => (xs.length ? xs : NONE);
const sortedUnique = (xs: Iterable<string>): string[] => orNone([...new Set(xs)].sort());

function multiMap(rels: GraphRelationship[], type: string, reverse = false): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const r of rels) {
    if (r.type !== type) continue;
    const [k, v] = reverse ? [r.to, r.from] : [r.from, r.to];
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  }
  return m;
}

/** Names a project is mentioned by: its name and aliases, unquoted, with and without 工程. */
function projectForms(p: GraphNode): string[] {
  const forms = new Set<string>();
  for (const raw of [p.name, ...p.aliases]) {
    const f = foldForMatching(raw).replace(/[“”"'‘’《》「」\s]/g, '');
    if (f.length >= 4) forms.add(f);
    const bare = f.replace(/工程$/, '');
    if (bare !== f && bare.length >= 4) forms.add(bare);
  }
  return [...forms];
}

/** Finds project names inside texts by their first two characters, not by trying every name. */
function projectMatcher(projects: GraphNode[]): (text: string) => string[] {
  // Keyed by the two UTF-16 units as one number: no substring per position of every text.
  const byHead = new Map<number, { form: string; id: string }[]>();
  // Whether any form starts with a unit: most positions of a text start none, and are passed
  // without building the key or asking the map.
  const starts = new Uint8Array(0x10000);
  for (const p of projects) {
    for (const form of projectForms(p)) {
      starts[form.charCodeAt(0)] = 1;
      const head = form.charCodeAt(0) * 0x10000 + form.charCodeAt(1);
      const list = byHead.get(head) ?? [];
      list.push({ form, id: p.id });
      byHead.set(head, list);
    }
  }
  return (text) => {
    if (byHead.size === 0) return [];
    const t = foldForMatching(text).replace(/[“”"'‘’《》「」]/g, '');
    const found = new Set<string>();
    for (let i = 0; i + 1 < t.length; i++) {
      if (starts[t.charCodeAt(i)] === 0) continue;
      const list = byHead.get(t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1));
      if (list) for (const c of list) if (t.startsWith(c.form, i)) found.add(c.id);
    }
    return [...found];
  };
}

export function buildView(
  graph: Graph,
  unitWrittenAs: Readonly<Record<string, string>> = {},
  issuers: ReadonlyMap<string, string> = new Map(),
): LinkView {
  const rels = graph.relationships;
  const targets = multiMap(rels, 'SETS_TARGET');
  const measured = multiMap(rels, 'MEASURED');
  const measuredEdges = new Map<string, GraphRelationship[]>();
  for (const r of rels) {
    if (r.type !== 'MEASURED') continue;
    const list = measuredEdges.get(r.from);
    if (list) list.push(r);
    else measuredEdges.set(r.from, [r]);
  }
  const involves = multiMap(rels, 'INVOLVES');
  // RELATED_TO joins a platform and its version or part (城市云脑2.0 → 城市云脑) either way.
  const related = multiMap(
    rels.flatMap((r) => (r.type === 'RELATED_TO' ? [r, { ...r, from: r.to, to: r.from }] : [])),
    'RELATED_TO',
  );
  const projectOf = multiMap(
    rels.filter((r) => r.type === 'HAS_TASK'),
    'HAS_TASK',
    true,
  );
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const projects = graph.nodes.filter((n) => n.label === 'EngineeringProject');
  const mentions = projectMatcher(projects);
  const docPeriod = new Map(graph.documents.map((d) => [d.id, d.period]));
  // A few hundred periods among all the facts: one interval each, shared (nothing changes one).
  const intervals = new Map<string | number | null | undefined, Interval | undefined>();
  const interval = (p: string | number | null | undefined): Interval | undefined => {
    if (!intervals.has(p)) intervals.set(p, parsePeriod(p));
    return intervals.get(p);
  };
  const pool = new BigramPool();

  // A result whose figures all hold over years holds over them (each value's period is read with its
  // own cues; the clause's may be only its document's): a report's 五年来 figures (城镇新增就业6600万人以上,
  // 2013-2017) are not the result of one year's target. Figures of a year or less leave the clause's own
  // period as it is.
  const YEAR = 12;
  const spanWhen = (id: string): Interval | undefined => {
    let hull: Interval | undefined;
    for (const r of measuredEdges.get(id) ?? []) {
      const w = interval(str(r.properties.period));
      if (!w || w.end - w.start <= YEAR) return undefined;
      hull = hull ? { start: Math.min(hull.start, w.start), end: Math.max(hull.end, w.end) } : w;
    }
    return hull;
  };
  const fact = (node: GraphNode): LinkFact | undefined => {
    const document = str(node.properties.document) ?? node.sources[0]?.document ?? '';
    const when =
      (node.label === 'Result' ? spanWhen(node.id) : undefined) ??
      interval(str(node.properties.period) ?? (node.properties.year as number | undefined)) ??
      interval(docPeriod.get(document));
    if (!when) return undefined; // a fact with no time cannot be earlier or later than another
    const text = node.sources.length ? node.sources.map((s) => s.text).join('\n') : node.name;
    const own = involves.get(node.id) ?? [];
    const projectIds = [
      ...(projectOf.get(node.id) ?? []).filter((id) => byId.get(id)?.label === 'EngineeringProject'),
      ...(str(node.properties.project) ? [node.properties.project as string] : []),
      ...mentions(text),
    ];
    const near = [...projectIds.flatMap((p) => involves.get(p) ?? []), ...own.flatMap((p) => related.get(p) ?? [])];
    const platforms = sortedUnique(own);
    const plan = byId.get(str(node.properties.plan) ?? '');
    // Its clause text's bigrams (HeldBigrams): three fields of this record, set from the pool's answer.
    const held = heldBigrams(text, unitWrittenAs, pool);
    return {
      node,
      when,
      document,
      city: str(plan?.properties.city),
      issuer: issuers.get(document),
      indicators: sortedUnique((node.label === 'Task' ? targets : measured).get(node.id) ?? []),
      platforms,
      nearPlatforms: orNone(sortedUnique(near).filter((p) => !platforms.includes(p))),
      projects: sortedUnique(projectIds),
      bigramBlock: held.bigramBlock,
      bigramAt: held.bigramAt,
      bigramCount: held.bigramCount,
      foundIn: 0,
    };
  };
  const facts = (label: string) =>
    graph.nodes
      .filter((n) => n.label === label)
      .map(fact)
      .filter((f): f is LinkFact => f !== undefined)
      .sort((a, b) => (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
  return { tasks: facts('Task'), results: facts('Result') };
}
