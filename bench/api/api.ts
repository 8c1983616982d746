import { startChild, type Child, type Message } from '../lib/child';
import { load, type LoadResult } from './load';
import { QUERY_NAMES, requestBodies, type MixVariables, type QueryName } from './queries';

// API throughput and latency: our server (response cache on and off), the stock build and the
// HTTP floor, each in its own process, driven by autocannon from this one; plus store calls per
// request, counted inside each server by a wrapping store.

export type ServerKind = 'floor' | 'ours-cached' | 'ours-uncached' | 'stock';
export interface ApiPlan {
  paths: string[];
  seconds: number;
  connections: number[];
  perQueryConnections: number;
  startTimeoutMs: number;
}
export interface LoadRow extends LoadResult {
  server: ServerKind;
  connections: number;
  query: QueryName | 'mix';
}
export interface ApiReport {
  graph: {
    documents: number;
    nodes: number;
    relationships: number;
    retriedSlices: number;
    refusedSlices: number;
    firstRefusal: string | null;
  };
  variables: MixVariables;
  responseBytes: Record<QueryName, number>;
  calls: Record<'ours' | 'stock', Record<QueryName, { total: number; counts: Record<string, number> }>>;
  sameData: Record<QueryName, boolean>;
  rows: LoadRow[];
}

interface Ready extends Message {
  url: string;
  variables: MixVariables;
  documents: number;
  nodes: number;
  relationships: number;
  retried: number;
  refused: number;
  firstRefusal: string | null;
}
interface Counts extends Message {
  total: number;
  counts: Record<string, number>;
}

async function post(url: string, body: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

/** Sends each query once, returning the response and the store calls it caused. */
async function probe(child: Child, url: string, bodies: Record<QueryName, string>) {
  const out = {} as Record<QueryName, { text: string; total: number; counts: Record<string, number> }>;
  for (const q of QUERY_NAMES) {
    const text = await post(url, bodies[q]);
    child.send({ type: 'counts' });
    const c = await child.next<Counts>('counts', 10_000);
    out[q] = { text, total: c.total, counts: c.counts };
  }
  return out;
}

const dataOf = (text: string): string => JSON.stringify((JSON.parse(text) as { data: unknown }).data);

export async function benchApi(plan: ApiPlan, log: (s: string) => void): Promise<ApiReport> {
  const children: Child[] = [];
  const start = async (kind: ServerKind): Promise<Ready> => {
    // NODE_ENV=production as the Dockerfile deploys it: graphql-js otherwise runs a development
    // check on every instanceof test of a type (both builds pay it alike).
    const child = startChild('api/server-child.js', {
      args: [JSON.stringify({ kind, paths: plan.paths })],
      execArgv: ['--max-old-space-size=8192'],
      env: { NODE_ENV: 'production' },
    });
    children.push(child);
    return child.next<Ready>('ready', plan.startTimeoutMs);
  };
  try {
    log('api: starting our server (cache off) and picking the query mix');
    const uncached = await start('ours-uncached');
    const bodies = requestBodies(uncached.variables);
    const ours = await probe(children[0] as Child, uncached.url, bodies);
    log('api: starting the stock build, our server with cache, and the floor');
    const stockReady = await start('stock');
    const stock = await probe(children[1] as Child, stockReady.url, bodies);
    const cached = await start('ours-cached');
    const floorChild = startChild('api/server-child.js', { args: [JSON.stringify({ kind: 'floor', paths: [] })] });
    children.push(floorChild);
    await floorChild.next('waiting', 120_000);
    floorChild.send({ type: 'responses', bodies: Object.fromEntries(QUERY_NAMES.map((q) => [bodies[q], ours[q].text])) });
    const floor = await floorChild.next<Ready>('ready', 120_000);

    const urls: Record<ServerKind, string> = {
      floor: floor.url,
      'ours-cached': cached.url,
      'ours-uncached': uncached.url,
      stock: stockReady.url,
    };
    const mix = QUERY_NAMES.map((q) => bodies[q]);
    const rows: LoadRow[] = [];
    const servers = Object.keys(urls) as ServerKind[];
    for (const server of servers) await load(urls[server], mix, 8, 1); // warm-up: JIT, caches, keep-alive sockets
    // Servers take turns at each setting, so a ratio compares runs seconds apart: on a shared
    // machine the load changes over minutes, and server after server would measure that instead.
    for (const connections of plan.connections) {
      for (const server of servers) {
        log(`api: ${server}, mix, ${connections} connections`);
        rows.push({ server, connections, query: 'mix', ...(await load(urls[server], mix, connections, plan.seconds)) });
      }
    }
    for (const q of QUERY_NAMES) {
      for (const server of servers) {
        rows.push({
          server,
          connections: plan.perQueryConnections,
          query: q,
          ...(await load(urls[server], [bodies[q]], plan.perQueryConnections, plan.seconds)),
        });
      }
    }
    return {
      graph: {
        documents: uncached.documents,
        nodes: uncached.nodes,
        relationships: uncached.relationships,
        retriedSlices: uncached.retried,
        refusedSlices: uncached.refused,
        firstRefusal: uncached.firstRefusal,
      },
      variables: uncached.variables,
      responseBytes: Object.fromEntries(QUERY_NAMES.map((q) => [q, Buffer.byteLength(ours[q].text)])) as Record<QueryName, number>,
      calls: {
        ours: Object.fromEntries(
          QUERY_NAMES.map((q) => [q, { total: ours[q].total, counts: ours[q].counts }]),
        ) as ApiReport['calls']['ours'],
        stock: Object.fromEntries(
          QUERY_NAMES.map((q) => [q, { total: stock[q].total, counts: stock[q].counts }]),
        ) as ApiReport['calls']['stock'],
      },
      sameData: Object.fromEntries(QUERY_NAMES.map((q) => [q, dataOf(ours[q].text) === dataOf(stock[q].text)])) as Record<
        QueryName,
        boolean
      >,
      rows,
    };
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}
