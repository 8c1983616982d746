import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from '../ingest/corpora';
import { startChild, type Message } from '../lib/child';
import { OUT_DIR, SEEDS_DIR } from '../lib/paths';
import { load } from './load';
import { QUERY_NAMES, requestBodies, type MixVariables, type QueryName } from './queries';

// Where an API request's CPU goes: one server (ours, cache off or on) under --cpu-prof, loaded by
// autocannon with one query at 32 connections (the profile covers the load only), then its self
// time summed by package or source folder and by function. `node dist/bench/api/profile.js --query node [--cached]
// [--seconds 10] [--synthetic 100]`; the .cpuprofile stays in bench/out/profile-* (open it in
// Chrome DevTools or speedscope).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

/** The package (node_modules/<name>), our folder (src/api/server …), or node's own code. */
function ownerOf(url: string): string {
  if (!url) return '(V8: GC, idle, native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const ours = /\/dist\/((?:src|bench)\/[^/]+(?:\/[^/]+)?)\//.exec(url);
  return ours ? ours[1]! : url.replace(/^.*\//, '');
}

export function summarise(profile: CpuProfile, top = 25): { byOwner: [string, number][]; byFunction: [string, number][]; ms: number } {
  const perSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const n of profile.nodes) {
    const ms = (n.hitCount ?? 0) * perSample;
    if (!ms) continue;
    const owner = n.callFrame.functionName === '(idle)' ? '(idle)' : ownerOf(n.callFrame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${owner}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { byOwner: sorted(byOwner), byFunction: sorted(byFunction).slice(0, top), ms: (profile.endTime - profile.startTime) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      query: { type: 'string', default: 'node' },
      cached: { type: 'boolean', default: false },
      seconds: { type: 'string', default: '10' },
      synthetic: { type: 'string', default: '100' },
      connections: { type: 'string', default: '32' },
    },
  });
  const query = values.query as QueryName;
  if (!QUERY_NAMES.includes(query)) throw new Error(`--query must be one of ${QUERY_NAMES.join(', ')}`);
  const dir = join(OUT_DIR, `profile-${query}-${values.cached ? 'cached' : 'uncached'}`);
  mkdirSync(dir, { recursive: true });
  const corpus = ensureCorpus('plangraph', Number(values.synthetic));
  const kind = values.cached ? 'ours-cached' : 'ours-uncached';
  const child = startChild('api/server-child.js', {
    args: [JSON.stringify({ kind, paths: [SEEDS_DIR, corpus.dir] })],
    execArgv: ['--max-old-space-size=8192'],
    env: { NODE_ENV: 'production' },
  });
  const ready = await child.next<Message & { url: string; variables: MixVariables }>('ready', 15 * 60_000);
  const body = requestBodies(ready.variables)[query];
  await load(ready.url, [body], 8, 2); // warm-up
  child.send({ type: 'profile-start' });
  await child.next('profiling', 10_000);
  const result = await load(ready.url, [body], Number(values.connections), Number(values.seconds));
  child.send({ type: 'profile-stop' });
  const { profile } = await child.next<Message & { profile: CpuProfile }>('profile', 60_000);
  await child.stop();
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const s = summarise(profile);
  const pct = (ms: number) => `${((100 * ms) / s.ms).toFixed(1)}%`;
  process.stdout.write(`${kind} ${query}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms\n`);
  process.stdout.write(`profile ${file} (${(s.ms / 1000).toFixed(1)} s under load)\n\nself time by owner:\n`);
  for (const [owner, ms] of s.byOwner.slice(0, 20)) process.stdout.write(`  ${pct(ms).padStart(6)}  ${owner}\n`);
  process.stdout.write('\nself time by function:\n');
  for (const [fn, ms] of s.byFunction) process.stdout.write(`  ${pct(ms).padStart(6)}  ${fn}\n`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`profile: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
