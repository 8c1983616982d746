import { spawn } from 'node:child_process';
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
