import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

// `plangraph serve` as an operator runs it: its stderr is a JSON log (one object per line, Apollo's
// messages included), a request is logged with the id it came with, and SIGTERM is logged too.

const ROOT = join(__dirname, '..', '..');

it('logs JSON only on stderr: start, each request with its id, and shutdown on SIGTERM', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NEO4J_URI: '', PLANGRAPH_DATA: '' },
  });
  let err = '';
  child.stderr.on('data', (b) => void (err += b));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'op-check-1' },
    body: JSON.stringify({ query: 'query Count { plans(first: 1) { totalCount } }' }),
  });
  expect(res.headers.get('x-request-id')).toBe('op-check-1');
  child.kill('SIGTERM');
  expect(await exited).toBe(0);

  const lines = err.trim().split('\n');
  const records = lines.map((line) => {
    expect(line).toMatch(/^\{.*\}$/);
    return JSON.parse(line) as Record<string, unknown>;
  });
  expect(records).toContainEqual(expect.objectContaining({ msg: 'listening' }));
  expect(records.filter((r) => r.msg === 'request' && r.requestId === 'op-check-1')).toEqual([
    expect.objectContaining({ operation: 'Count', status: 200, path: '/graphql' }),
  ]);
  expect(records[records.length - 1]).toMatchObject({ msg: 'PlanGraph shutting down' });
}, 60_000);

/** Runs `plangraph serve` to its exit: the exit code and stderr's lines. */
function serveUntilExit(env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', NEO4J_URI: '', PLANGRAPH_DATA: '', ...env },
  });
  let err = '';
  child.stderr.on('data', (b) => void (err += b));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, lines: err.trim().split('\n') })));
}

it('reports a configuration error as a JSON log line and exits 2', async () => {
  const { code, lines } = await serveUntilExit({ PORT: 'abc' });
  expect(code).toBe(2);
  expect(lines.map((line) => JSON.parse(line))).toEqual([
    expect.objectContaining({ level: 'fatal', msg: expect.stringMatching(/invalid configuration: PORT/) }),
  ]);
}, 60_000);

it('reports a port already in use as a JSON log line and exits 1', async () => {
  const busy = createServer();
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
  try {
    const { code, lines } = await serveUntilExit({ PORT: String((busy.address() as AddressInfo).port) });
    expect(code).toBe(1);
    const records = lines.map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(records[records.length - 1]).toMatchObject({ level: 'fatal', msg: expect.stringMatching(/cannot serve: listen EADDRINUSE/) });
  } finally {
    busy.close();
  }
}, 60_000);
