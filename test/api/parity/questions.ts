import { EXAMPLE_OPERATIONS } from '../../../src/api/server/ui/examples';
import type { Comparison } from './compare';

// The questions both stores must answer alike: every example operation, then questions built
// from what the graph holds (read from a reference API): each plan's projects, tasks, higher
// plans and agencies; each indicator's timeline; lineage for every pair of years the graph has;
// paths between plans and across lineage; stats; search membership for every indicator and
// platform name; every list filtered by each agency and by each document.

export interface Question {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  compare: Comparison;
}
export type Ask = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: unknown[] }>;

const SPAN = 'text start end document { id }';
const REF = 'id name';

export const PLAN = `query Plan($name: String!) {
  plan(name: $name) {
    ${REF} year kind docNumber period projectCount taskCount aliases properties sources { ${SPAN} }
    projects { ${REF} ordinal domain tasks { ${REF} } }
    tasks { ${REF} year domain mode agencies { ${REF} } platforms { ${REF} } targets { value unit comparator indicator { ${REF} } } }
    implements { ${REF} } implementedBy { ${REF} } succeeds { ${REF} } succeededBy { ${REF} } partOf { ${REF} } parts { ${REF} }
    agencies { ${REF} } documents { id title kind }
  }
}`;
export const TIMELINE = `query Timeline($name: String!) {
  indicator(name: $name) {
    ${REF} unit aliases
    timeline { kind period year value unit comparator qualifier raw source { ${SPAN} } task { id } result { id } attainment { status ratio actual { period value } } }
  }
}`;
export const LINEAGE = `query Lineage($fromYear: Int!, $toYear: Int!) {
  lineage(fromYear: $fromYear, toYear: $toYear, first: 100) {
    id basis score via { id } task { ${REF} year } result { ${REF} year } evidence { ${SPAN} }
  }
}`;
export const PATH = `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 6) { length nodes { id } steps { type forward from { id } to { id } } }
}`;
export const STATS = `{ stats { nodesByLabel { key count } relationshipsByType { key count } byDomainYear { label domain year count } } }`;
export const SEARCH = `query Search($text: String!) { search(text: $text, first: 100) { node { id } } }`;
const IDS = '(first: 100, sort: { field: NAME }) { totalCount nodes { id } }';
export const BY_AGENCY = `query ByAgency($agency: ID!) {
  ${['tasks', 'results', 'plans', 'projects'].map((l) => `${l}${IDS.replace('sort:', 'filter: { agency: $agency }, sort:')}`).join('\n  ')}
  documents(first: 100, filter: { agency: $agency }) { totalCount nodes { id } }
}`;
export const BY_DOCUMENT = `query ByDocument($document: ID!) {
  ${['plans', 'projects', 'tasks', 'results', 'indicators', 'platforms', 'agencies']
    .map((l) => `${l}${IDS.replace('sort:', 'filter: { document: $document }, sort:')}`)
    .join('\n  ')}
}`;
const SEARCH_HITS: Comparison = { hitsAt: ['search', 'node', 'id'], limit: 100 };

/** Questions whose variables come from the graph itself, read through `ask` (the reference API). */
export async function questionsFor(ask: Ask): Promise<Question[]> {
  const read = async (query: string, variables?: Record<string, unknown>) => {
    const r = await ask(query, variables);
    if (r.errors) throw new Error(`reference API: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  const questions: Question[] = EXAMPLE_OPERATIONS.map((o) => ({
    name: `example ${o.name}`,
    query: o.query,
    variables: o.variables,
    compare:
      o.name === 'Search' ? { hitsAt: ['search', 'node', 'id'], limit: Number(/first:\s*(\d+)/.exec(o.query)?.[1] ?? 100) } : 'exact',
  }));
  // The search example's word again, every hit: the set must be the same even past the example's page.
  const example = EXAMPLE_OPERATIONS.find((o) => o.name === 'Search');
  if (example) questions.push({ name: 'example Search, every hit', query: SEARCH, variables: example.variables, compare: SEARCH_HITS });
  const plansQuery = `{ plans(first: 100, sort: { field: NAME, direction: ASC }) { totalCount nodes { ${REF} year kind } } }`;
  questions.push({ name: 'plans', query: plansQuery, variables: {}, compare: 'exact' });
  const plans = (await read(plansQuery)).plans.nodes as { id: string; name: string }[];
  for (const p of plans) questions.push({ name: `plan ${p.name}`, query: PLAN, variables: { name: p.name }, compare: 'exact' });

  const indicatorsQuery = `{ indicators(first: 100) { totalCount nodes { ${REF} unit } } }`;
  questions.push({ name: 'indicators', query: indicatorsQuery, variables: {}, compare: 'exact' });
  const indicators = (await read(indicatorsQuery)).indicators.nodes as { name: string }[];
  for (const i of indicators)
    questions.push({ name: `timeline ${i.name}`, query: TIMELINE, variables: { name: i.name }, compare: 'exact' });

  questions.push({ name: 'stats', query: STATS, variables: {}, compare: 'exact' });
  const years = [
    ...new Set(
      ((await read(STATS)).stats.byDomainYear as { year: number | null }[]).map((g) => g.year).filter((y): y is number => y !== null),
    ),
  ].sort();
  const links: { task: { id: string }; result: { id: string } }[] = [];
  for (const fromYear of years) {
    for (const toYear of years) {
      if (toYear <= fromYear) continue;
      questions.push({ name: `lineage ${fromYear}→${toYear}`, query: LINEAGE, variables: { fromYear, toYear }, compare: 'exact' });
      links.push(...(await read(LINEAGE, { fromYear, toYear })).lineage);
    }
  }

  const ends: [string, string][] = [];
  for (let i = 1; i < plans.length; i++) ends.push([plans[i - 1].id, plans[i].id]);
  for (const l of links.slice(0, 5)) ends.push([l.task.id, l.result.id]);
  if (links.length > 1) ends.push([links[0].task.id, links[links.length - 1].result.id]);
  for (const [from, to] of ends) questions.push({ name: `path ${from} → ${to}`, query: PATH, variables: { from, to }, compare: 'exact' });

  const platforms = (await read(`{ platforms(first: 100) { nodes { name } } }`)).platforms.nodes as { name: string }[];
  for (const text of [...new Set([...indicators, ...platforms].map((n) => n.name))]) {
    questions.push({ name: `search ${text}`, query: SEARCH, variables: { text }, compare: SEARCH_HITS });
  }
  const agencies = (await read(`{ agencies(first: 100) { nodes { id name } } }`)).agencies.nodes as { id: string; name: string }[];
  for (const a of agencies)
    questions.push({ name: `by agency ${a.name}`, query: BY_AGENCY, variables: { agency: a.id }, compare: 'exact' });
  const documents = (await read(`{ documents(first: 100) { nodes { id } } }`)).documents.nodes as { id: string }[];
  for (const d of documents)
    questions.push({ name: `by document ${d.id}`, query: BY_DOCUMENT, variables: { document: d.id }, compare: 'exact' });
  return questions;
}

export interface Mismatch {
  question: string;
  differences: string[];
}

/** Every question sent to both APIs; the questions whose answers differ, with where. */
export async function parity(
  questions: Question[],
  reference: Ask,
  other: Ask,
  compare: (a: unknown, b: unknown, how: Comparison) => string[],
): Promise<Mismatch[]> {
  const out: Mismatch[] = [];
  for (const q of questions) {
    const [a, b] = await Promise.all([reference(q.query, q.variables), other(q.query, q.variables)]);
    const diffs = [
      ...(a.errors || b.errors ? [`errors: ${JSON.stringify(a.errors ?? null)} vs ${JSON.stringify(b.errors ?? null)}`] : []),
      ...compare(a.data, b.data, q.compare),
    ];
    if (diffs.length > 0) out.push({ question: q.name, differences: diffs });
  }
  return out;
}
