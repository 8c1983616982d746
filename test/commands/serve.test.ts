import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

// `npm start` as a user runs it: the compiled CLI in a child process, the seeds loaded on the
// embedded store, answering the first question a user asks.

const ROOT = join(__dirname, '..', '..');
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NEO4J_URI: '', PLANGRAPH_DATA: '' },
  });
  url = await new Promise<string>((resolve, reject) => {
    let err = '';
    let out = '';
    child.stderr!.on('data', (b) => void (err += b));
    child.stdout!.on('data', (b) => {
      out += b;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}, 60_000);

afterAll(() => {
  child.kill('SIGTERM');
});

async function gql(query: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data: any; errors?: unknown[] };
}

it('lists the plans with the 2025 action plan and its source sentence', async () => {
  const r = await gql('{ plans(first: 100) { totalCount nodes { name sources { text document { id } } } } }');
  expect(r.errors).toBeUndefined();
  const plan = r.data.plans.nodes.find((p: { name: string }) => p.name === '数字青岛2025年行动方案');
  expect(plan).toBeDefined();
  expect(plan.sources.length).toBeGreaterThan(0);
  for (const s of plan.sources) expect(s.text).toContain('数字青岛2025年行动方案');
});

it('answers 5G基站数 with the 2025 target of 45000 read from its sentence', async () => {
  const r = await gql('{ indicator(name: "5G基站数") { name timeline { kind period value comparator source { text } } } }');
  expect(r.errors).toBeUndefined();
  const target = r.data.indicator.timeline.find((p: { kind: string; period: string }) => p.kind === 'TARGET' && p.period === '2025');
  expect(target).toMatchObject({ value: 45000, comparator: 'AT_LEAST' });
  expect(target.source.text).toContain('4.5万个');
});

it('reports a ready embedded store on /health', async () => {
  const res = await fetch(new URL('/health', url));
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ store: 'embedded', state: 'ready' });
});
