import 'reflect-metadata';
import { fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from '../ingest/corpora';
import { Child, type Message } from '../lib/child';
import { SEEDS_DIR } from '../lib/paths';
import { load, type LoadResult } from './load';
import { QUERY_NAMES, requestBodies, type MixVariables, type QueryName } from './queries';

// Two builds of our server (cache off, or on with --cached) and the floor, in alternating turns in one run, so a
// change's before/after is measured seconds apart on a loaded machine. `node
// dist/bench/api/paired.js --before OTHER/dist [--cached] [--queries timeline,page] [--rounds 4] [--seconds 1]`
// (OTHER/dist a copy of another tree's `dist`). It first checks both builds answer the five
// queries with the same bytes, then reports req/s against the floor and main-thread CPU µs per
// request (read from /proc by each child around each turn).

type Server = 'before' | 'after' | 'floor';
interface Ready extends Message {
  url: string;
  variables: MixVariables;
}

function start(dist: string, kind: string, paths: string[]): Child {
  const proc = fork(join(dist, 'bench', 'api', 'server-child.js'), [JSON.stringify({ kind, paths })], {
    execArgv: ['--max-old-space-size=8192'],
    env: { ...process.env, NODE_ENV: 'production' },
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Child(proc, `${kind} (${dist})`);
}

async function post(url: string, body: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return `${res.status} ${await res.text()}`;
}

async function mainCpu(child: Child): Promise<number> {
  child.send({ type: 'cpu' });
  return (await child.next<Message & { main: number | null; user: number; system: number }>('cpu', 10_000)).main ?? NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      before: { type: 'string' },
      after: { type: 'string', default: join(__dirname, '..', '..') },
      queries: { type: 'string', default: QUERY_NAMES.join(',') },
      rounds: { type: 'string', default: '4' },
      seconds: { type: 'string', default: '1' },
      connections: { type: 'string', default: '32' },
      synthetic: { type: 'string', default: '100' },
      cached: { type: 'boolean', default: false },
    },
  });
  if (!values.before) throw new Error('--before DIST is required (a copy of another build’s dist folder)');
  const paths = [SEEDS_DIR, ensureCorpus('plangraph', Number(values.synthetic)).dir];
  const queries = values.queries.split(',') as QueryName[];
  const kind = values.cached ? 'ours-cached' : 'ours-uncached';
  const children: Record<Server, Child> = {
    before: start(resolve(values.before), kind, paths),
    after: start(resolve(values.after), kind, paths),
    floor: start(resolve(values.after), 'floor', []),
  };
  try {
    const before = await children.before.next<Ready>('ready', 15 * 60_000);
    const after = await children.after.next<Ready>('ready', 15 * 60_000);
    const bodies = requestBodies(after.variables);
    const answers = {} as Record<QueryName, string>;
    for (const q of QUERY_NAMES) {
      const [a, b] = [await post(before.url, bodies[q]), await post(after.url, bodies[q])];
      process.stdout.write(`${q}: ${a === b ? 'same bytes' : 'DIFFERENT'} (${Buffer.byteLength(b)} bytes)\n`);
      if (a !== b) throw new Error(`${q}: the builds answer differently`);
      answers[q] = b.slice(4);
    }
    await children.floor.next('waiting', 60_000);
    children.floor.send({ type: 'responses', bodies: Object.fromEntries(QUERY_NAMES.map((q) => [bodies[q], answers[q]])) });
    const urls: Record<Server, string> = {
      before: before.url,
      after: after.url,
      floor: (await children.floor.next<Ready>('ready', 60_000)).url,
    };
    const servers: Server[] = ['floor', 'before', 'after'];
    for (const s of servers)
      await load(
        urls[s],
        queries.map((q) => bodies[q]),
        8,
        1,
      );
    const seconds = Number(values.seconds);
    for (const q of queries) {
      const sums = Object.fromEntries(servers.map((s) => [s, { rps: 0, cpu: 0, requests: 0 }])) as Record<
        Server,
        { rps: number; cpu: number; requests: number }
      >;
      for (let round = 0; round < Number(values.rounds); round++) {
        for (const s of round % 2 ? [...servers].reverse() : servers) {
          const c0 = await mainCpu(children[s]);
          const r: LoadResult = await load(urls[s], [bodies[q]], Number(values.connections), seconds);
          sums[s].cpu += (await mainCpu(children[s])) - c0;
          sums[s].rps += r.rps / Number(values.rounds);
          sums[s].requests += r.requests;
        }
      }
      const f = sums.floor;
      const line = (s: Server) =>
        `${s} ${sums[s].rps.toFixed(0)} req/s (${(sums[s].rps / f.rps).toFixed(2)}× floor), ${(sums[s].cpu / sums[s].requests).toFixed(0)} µs CPU/req`;
      process.stdout.write(`${q}: ${servers.map(line).join('; ')}\n`);
    }
  } finally {
    await Promise.all(Object.values(children).map((c) => c.stop()));
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`paired: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
