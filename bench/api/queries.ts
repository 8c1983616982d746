import type { GraphStore } from '../../src/graph/contract/graph-store';

// The query mix (node lookup, a connection page, lineage, a timeline, search). Variables are
// chosen from the loaded graph at run time — the busiest task, year, indicator, platform — so
// the mix works on any corpus and nothing about the documents is written here.

export const QUERY_NAMES = ['node', 'page', 'lineage', 'timeline', 'search'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

const SPAN = 'text document { id title }';

export const QUERIES: Record<QueryName, string> = {
  node: `query NodeLookup($id: ID!) { node(id: $id) { __typename id name ... on Task {
    year domain plan { name } project { name } agencies { name } targets { value unit comparator indicator { name } } } } }`,
  page: `query TaskPage($year: Int) { tasks(first: 20, filter: { year: $year }) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name year domain plan { name } platforms { name } } } }`,
  lineage: `query Lineage($fromYear: Int!, $toYear: Int!) { lineage(fromYear: $fromYear, toYear: $toYear, first: 20) {
    basis score via { __typename name } task { id name year } result { id name year } evidence { ${SPAN} } } }`,
  timeline: `query Timeline($name: String!) { indicator(name: $name) { name unit timeline {
    kind period value unit comparator qualifier source { ${SPAN} } attainment { status ratio } } } }`,
  search: `query Search($text: String!) { search(text: $text, first: 10) { score snippet node { __typename id name } } }`,
};

export type MixVariables = Record<QueryName, Record<string, unknown>>;

/** The JSON body each query is sent with; the same bytes for every server. */
export const requestBodies = (vars: MixVariables): Record<QueryName, string> =>
  Object.fromEntries(QUERY_NAMES.map((q) => [q, JSON.stringify({ query: QUERIES[q], variables: vars[q] })])) as Record<QueryName, string>;

async function degree(store: GraphStore, id: string, types?: Parameters<GraphStore['relationships']>[0]['types']): Promise<number> {
  return (await store.relationships({ nodeIds: [id], direction: 'BOTH', types })).length;
}

async function busiest(
  store: GraphStore,
  label: 'Task' | 'Indicator' | 'Platform',
  types?: Parameters<GraphStore['relationships']>[0]['types'],
) {
  const { items } = await store.findNodes({ label, limit: 200, sort: { field: 'id', direction: 'ASC' } });
  let best = items[0];
  let bestDegree = -1;
  for (const n of items) {
    const d = await degree(store, n.id, types);
    if (d > bestDegree) [best, bestDegree] = [n, d];
  }
  return best;
}

/** Picks variables that give every query real work on this graph. */
export async function chooseVariables(store: GraphStore): Promise<MixVariables> {
  const stats = await store.stats();
  const taskYears = stats.tasksByDomainYear.filter((r) => r.label === 'Task' && r.year !== null);
  const byYear = new Map<number, number>();
  for (const r of taskYears) byYear.set(r.year as number, (byYear.get(r.year as number) ?? 0) + r.count);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const topYear = [...byYear].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  let lineageYears = { fromYear: years[0] ?? 2000, toYear: (years[0] ?? 2000) + 1, links: -1 };
  for (const y of years) {
    const links = (await store.lineage({ fromYear: y, toYear: y + 1, limit: 1000 })).length;
    if (links > lineageYears.links) lineageYears = { fromYear: y, toYear: y + 1, links };
  }
  const task = await busiest(store, 'Task');
  const indicator = await busiest(store, 'Indicator', ['SETS_TARGET', 'MEASURED']);
  const platform = await busiest(store, 'Platform');
  return {
    node: { id: task?.id ?? '' },
    page: { year: topYear },
    lineage: { fromYear: lineageYears.fromYear, toYear: lineageYears.toYear },
    timeline: { name: indicator?.name ?? '' },
    search: { text: platform?.name ?? '' },
  };
}
