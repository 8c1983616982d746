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
  /** The server's main-thread CPU per request (µs): other processes' load inflates it far less than req/s. */
  cpuUsPerRequest?: number | null;
  /** Turns the row's seconds were split into, alternating with the other servers. */
  rounds?: number;
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
interface Cpu extends Message {
  main: number | null;
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

/** The main thread's CPU time of a server child so far (µs), or null where it cannot be read. */
async function mainCpu(child: Child): Promise<number | null> {
  child.send({ type: 'cpu' });
  return (await child.next<Cpu>('cpu', 10_000)).main;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** One row from several turns: req/s and latencies averaged over the turns, CPU summed over all requests. */
function combine(turns: (LoadResult & { cpu: number | null })[]): LoadResult & { cpuUsPerRequest: number | null; rounds: number } {
  const sum = (f: (t: LoadResult) => number) => turns.reduce((n, t) => n + f(t), 0);
  const requests = sum((t) => t.requests);
  const cpu = turns.every((t) => t.cpu !== null) ? turns.reduce((n, t) => n + (t.cpu ?? 0), 0) : null;
  return {
    rps: sum((t) => t.rps) / turns.length,
    p50: median(turns.map((t) => t.p50)),
    p99: median(turns.map((t) => t.p99)),
    mean: sum((t) => t.mean * t.requests) / Math.max(1, requests),
    errors: sum((t) => t.errors),
    non2xx: sum((t) => t.non2xx),
    requests,
    cpuUsPerRequest: cpu === null || requests === 0 ? null : cpu / requests,
    rounds: turns.length,
  };
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
    const childOf: Record<ServerKind, Child> = {
      'ours-uncached': children[0] as Child,
      stock: children[1] as Child,
      'ours-cached': children[2] as Child,
      floor: floorChild,
    };
    const turn = async (server: ServerKind, list: string[], connections: number, seconds: number) => {
      const before = await mainCpu(childOf[server]);
      const result = await load(urls[server], list, connections, seconds);
      const after = await mainCpu(childOf[server]);
      return { ...result, cpu: before === null || after === null ? null : after - before };
    };
    for (const server of servers) await load(urls[server], mix, 8, 1); // warm-up: JIT, caches, keep-alive sockets
    // Servers take turns at each setting, so a ratio compares runs seconds apart: on a shared
    // machine the load changes over minutes, and server after server would measure that instead.
    for (const connections of plan.connections) {
      for (const server of servers) {
        log(`api: ${server}, mix, ${connections} connections`);
        rows.push({ server, connections, query: 'mix', ...combine([await turn(server, mix, connections, plan.seconds)]) });
      }
    }
    // The single-query rows carry the issue #16 bars: each server's seconds are cut into 1-second
    // turns, alternating with the others, so a burst of other work on the machine falls on all of
    // them rather than on one.
    const rounds = Math.max(1, Math.round(plan.seconds));
    for (const q of QUERY_NAMES) {
      log(`api: ${q} alone, ${rounds} turns of each server`);
      const turns = new Map<ServerKind, (LoadResult & { cpu: number | null })[]>(servers.map((server) => [server, []]));
      for (let round = 0; round < rounds; round++) {
        for (const server of servers) {
          turns.get(server)!.push(await turn(server, [bodies[q]], plan.perQueryConnections, plan.seconds / rounds));
        }
      }
      for (const server of servers) {
        rows.push({ server, connections: plan.perQueryConnections, query: q, ...combine(turns.get(server)!) });
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
