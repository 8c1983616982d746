import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { createApiServer } from '../../src/api';
import { loadCorpusStore } from '../lib/corpus-store';
import { startStockServer } from '../stock';
import { countingStore } from './counting-store';
import { chooseVariables } from './queries';

// One server under test, in its own process: ours (cache on/off), the stock build, or the
// floor — a bare node:http server answering each known request body with recorded bytes.
// argv[2]: JSON { kind, paths }. Messages: → ready {url, variables}; counts ↔ counts.

type Kind = 'ours-cached' | 'ours-uncached' | 'stock' | 'floor';
interface Args {
  kind: Kind;
  paths: string[];
}

const send = (m: Record<string, unknown>) => process.send?.(m);

/** `profile-start` / `profile-stop` → `profile` {profile}: V8's CPU profile of this process between the two. */
function answerProfiling(): void {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (err, r) => (err ? reject(err) : resolve(r))));
  process.on('message', (m: { type: string }) => {
    if (m.type === 'profile-start')
      void post('Profiler.enable')
        .then(() => post('Profiler.setSamplingInterval', { interval: 200 }))
        .then(() => post('Profiler.start'))
        .then(() => send({ type: 'profiling' }));
    if (m.type === 'profile-stop') void post('Profiler.stop').then((r) => send({ type: 'profile', ...(r as object) }));
  });
}

async function floor(): Promise<string> {
  const bodies = await new Promise<Record<string, string>>((resolve) => {
    process.once('message', (m: { type: string; bodies: Record<string, string> }) => resolve(m.bodies));
  });
  const answers = new Map(Object.entries(bodies).map(([req, res]) => [req, Buffer.from(res)]));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = answers.get(Buffer.concat(chunks).toString('utf8'));
      res.statusCode = answer ? 200 : 404;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(answer ?? '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/** The main thread's own CPU time (µs, Linux), which other processes' load does not inflate; null elsewhere. */
function mainThreadCpu(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
}

/** `cpu` → `cpu` {user, system, main}: this process's CPU time so far (µs), so a run can be charged per request. */
function answerCpu(): void {
  process.on('message', (m: { type: string }) => {
    if (m.type === 'cpu') send({ type: 'cpu', ...process.cpuUsage(), main: mainThreadCpu() });
  });
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as Args;
  answerCpu();
  answerProfiling();
  if (args.kind === 'floor') {
    send({ type: 'waiting' });
    return void send({ type: 'ready', url: await floor() });
  }
  const loaded = await loadCorpusStore(args.paths);
  const variables = await chooseVariables(loaded.store);
  const { store, counter } = countingStore(loaded.store);
  process.on('message', (m: { type: string }) => {
    if (m.type !== 'counts') return;
    send({ type: 'counts', counts: { ...counter.counts }, total: counter.total() });
    counter.reset();
  });
  let url: string;
  if (args.kind === 'stock') {
    url = (await startStockServer(store)).url;
  } else {
    const api = await createApiServer(store, { responseCache: args.kind === 'ours-cached', landingPage: false, maxComplexity: 1_000_000 });
    url = (await api.listen(0, '127.0.0.1')).url;
  }
  counter.reset();
  send({
    type: 'ready',
    url,
    variables,
    documents: loaded.documents,
    nodes: loaded.nodes,
    relationships: loaded.relationships,
    loadMs: loaded.ms,
    retried: loaded.retried,
    refused: loaded.refused,
    firstRefusal: loaded.firstRefusal,
  });
}

main().catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
