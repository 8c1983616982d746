// The query mix, discovered from what the served graph holds (ids, names, years), so the same
// script loads any corpus: node lookups, connection pages, lineage, indicator timelines, search.

export interface Operation {
  kind: 'node' | 'page' | 'lineage' | 'timeline' | 'search';
  query: string;
  variables: Record<string, unknown>;
}

interface Item {
  id: string;
  name: string;
  year: number | null;
}
interface Page {
  nodes: Item[];
  pageInfo: { endCursor: string | null };
}
interface Listing {
  nodes: Item[];
}
interface Catalogue {
  tasks: Listing;
  results: Listing;
  indicators: { nodes: { name: string; timeline: unknown[] }[] };
  platforms: { nodes: { name: string }[] };
}

/** One discovery query; the caller states the answer's shape. */
async function ask<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!res.ok || body.errors || !body.data)
    throw new Error(`discovery query failed (${res.status}): ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const NODE = `query Node($id: ID!) { node(id: $id) { __typename id name
  ... on Task { year domain plan { name } targets { value unit indicator { name } } sources { text } }
  ... on Result { year domain measured { value unit indicator { name } } sources { text } } } }`;
const PAGE =
  'query Page($after: String) { tasks(first: 20, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id name year domain } } }';
const LINEAGE = `query Lineage($from: Int!, $to: Int!) { lineage(fromYear: $from, toYear: $to, first: 20) {
  basis score via { __typename name } task { name year } result { name year } evidence { text document { id } } } }`;
const TIMELINE = `query Timeline($name: String!) { indicator(name: $name) { name unit
  timeline { kind period value unit comparator qualifier source { text document { id } } attainment { status ratio } } } }`;
const SEARCH = 'query Search($text: String!) { search(text: $text, first: 10) { score snippet node { __typename id name } } }';

/** Builds the mix: up to 10 node lookups, 3 pages, lineage per year pair, 5 timelines, 5 searches. */
export async function discoverMix(url: string): Promise<Operation[]> {
  const d = await ask<Catalogue>(
    url,
    `{ tasks(first: 100) { nodes { id name year } }
    results(first: 100) { nodes { id name year } }
    indicators(first: 100) { nodes { name timeline { kind } } }
    platforms(first: 5) { nodes { name } } }`,
  );
  const tasks = d.tasks.nodes;
  const results = d.results.nodes;
  const ops: Operation[] = [];
  for (const n of [...tasks.slice(0, 5), ...results.slice(0, 5)]) ops.push({ kind: 'node', query: NODE, variables: { id: n.id } });

  // The first three pages, each after the previous page's end cursor.
  let after: string | null = null;
  for (let i = 0; i < 3; i++) {
    ops.push({ kind: 'page', query: PAGE, variables: { after } });
    after = (await ask<{ tasks: Page }>(url, PAGE, { after })).tasks.pageInfo.endCursor;
    if (after === null) break;
  }

  // Each task year with the nearest later result year.
  const resultYears = [...new Set(results.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  for (const from of new Set(tasks.map((t) => t.year).filter((y): y is number => y !== null))) {
    const to = resultYears.find((y) => y > from);
    if (to !== undefined) ops.push({ kind: 'lineage', query: LINEAGE, variables: { from, to } });
  }

  const indicators = [...d.indicators.nodes].sort((a, b) => b.timeline.length - a.timeline.length);
  for (const i of indicators.slice(0, 5)) ops.push({ kind: 'timeline', query: TIMELINE, variables: { name: i.name } });

  const words = [...d.platforms.nodes.map((p) => p.name), ...indicators.map((i) => i.name)];
  for (const text of words.slice(0, 5)) ops.push({ kind: 'search', query: SEARCH, variables: { text } });
  return ops;
}
