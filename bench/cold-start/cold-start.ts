import { spawn } from 'node:child_process';
import { CLI_JS, REPO_ROOT } from '../lib/paths';
import { median } from '../lib/stats';

// Cold start: from spawning `node dist/src/cli.js serve` (embedded store, seeds loaded at start)
// to the first successful answer to a query that needs the graph.

const PROBE = JSON.stringify({ query: '{ indicators(first: 1) { totalCount } }' });

export interface ColdStartResult {
  runs: number[];
  medianMs: number;
  maxMs: number;
  listenMs: number[];
  error?: string;
}

async function answered(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: PROBE });
    const body = (await res.json()) as { data?: { indicators?: { totalCount?: number } } };
    return res.status === 200 && (body.data?.indicators?.totalCount ?? 0) > 0;
  } catch {
    return false;
  }
}

function once(timeoutMs: number): Promise<{ totalMs: number; listenMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // The embedded store: no Neo4j even if the caller's environment names one.
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, [CLI_JS, 'serve'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let done = false;
    const finish = (err: Error | null, value?: { totalMs: number; listenMs: number }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGTERM'); // only the server this run started
      if (err) reject(err);
      else resolve(value as { totalMs: number; listenMs: number });
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms; output: ${output.slice(-300)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (!m || done) return;
      const listenMs = performance.now() - t0;
      const url = m[1] as string;
      const poll = async () => {
        while (!done) {
          if (await answered(url)) return finish(null, { totalMs: performance.now() - t0, listenMs });
          await new Promise((r) => setTimeout(r, 5));
        }
      };
      void poll();
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => finish(new Error(`serve exited with code ${code}: ${output.slice(-300)}`)));
  });
}

export async function benchColdStart(runs: number, timeoutMs: number, log: (s: string) => void): Promise<ColdStartResult> {
  const total: number[] = [];
  const listen: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      log(`cold start: run ${i + 1}/${runs}`);
      const r = await once(timeoutMs);
      total.push(r.totalMs);
      listen.push(r.listenMs);
    }
  } catch (err) {
    return {
      runs: total,
      medianMs: median(total),
      maxMs: Math.max(...total),
      listenMs: listen,
      error: (err as Error).message.split('\n')[0],
    };
  }
  return { runs: total, medianMs: median(total), maxMs: Math.max(...total), listenMs: listen };
}
