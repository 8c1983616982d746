import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, CLI, SEEDS, Tally } from './tally';

// The store as an operator can break it: snapshot files that are broken, foreign, a FIFO or a
// folder (refused at once by the CLI, one line naming the file); Neo4j unreachable (the promised
// retries, then ingest and remove exit 1; serve keeps serving 503s, as the README says).

jest.setTimeout(120_000);

const tally = new Tally('store');
afterAll(() => tally.report());

const dir = mkdtempSync(join(tmpdir(), 'pg-faults-store-'));
const seed = join(
  SEEDS,
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]!,
);

function snapshotCase(name: string, make: (file: string) => void): [string, string] {
  const file = join(dir, name);
  make(file);
  return [name, file];
}

const cases = [
  snapshotCase('empty.json', (f) => writeFileSync(f, '')),
  snapshotCase('truncated.json', (f) => writeFileSync(f, '{"format":"plangraph-embedded-snapshot/1","graph":{"documents":[')),
  snapshotCase('package.json', (f) => writeFileSync(f, '{"name":"x","version":"1.0.0"}')),
  snapshotCase('wrong-shape.json', (f) =>
    writeFileSync(f, '{"format":"plangraph-embedded-snapshot/1","graph":{"documents":[{"id":1}],"nodes":[],"relationships":[]}}'),
  ),
  snapshotCase('fifo.json', (f) => execFileSync('mkfifo', [f])),
  snapshotCase('folder.json', (f) => mkdirSync(f)),
];

/** Batch commands print one plain line; `serve` logs JSON only, so its one line is a fatal record. */
function namesFileAndProblem(command: string, line: string, file: string): boolean {
  if (command !== 'serve') return line.startsWith(`plangraph: ${JSON.stringify(file)}: `) && !/TypeError|at .*\.js/.test(line);
  try {
    const record = JSON.parse(line) as { level?: string; err?: { type?: string; message?: string } };
    return (
      record.level === 'fatal' && record.err?.type === 'SnapshotError' && (record.err.message ?? '').startsWith(`${JSON.stringify(file)}: `)
    );
  } catch {
    return false;
  }
}

test('broken, foreign and special snapshot files: refused at once with one line naming the file', async () => {
  // ingest on every case, remove and serve on the FIFO too: all at once, they only start and stop.
  const fifo = cases.find(([name]) => name === 'fifo.json')![1];
  const jobs: [string[], string][] = [
    ...cases.map(([, file]): [string[], string] => [['ingest', seed], file]),
    [['remove', 'x'], fifo],
    [['serve'], fifo],
  ];
  const runs = await Promise.all(jobs.map(([args, file]) => cli(args, { PLANGRAPH_DATA: file, PORT: '0' }, { timeoutMs: 60_000 })));
  runs.forEach((r, i) => {
    const [args, file] = jobs[i]!;
    tally.case();
    const lines = r.stderr.trim().split('\n');
    if (r.timedOut) tally.fail('hangs', `${args[0]} on ${file} did not finish`);
    else if (r.code !== 1) tally.fail('crashes', `${args[0]} on ${file}: exit ${r.code}`);
    else if (lines.length !== 1 || !namesFileAndProblem(args[0]!, lines[0]!, file)) {
      tally.fail('wrongAnswers', `${args[0]} on ${file}: ${r.stderr.slice(0, 300)}`);
    }
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('Neo4j unreachable: ingest and remove retry 5 times, then exit 1 saying nothing was written', async () => {
  const env = { NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}`, NEO4J_PASSWORD: 'not-used' };
  const runs = await Promise.all([cli(['ingest', seed], env, { timeoutMs: 60_000 }), cli(['remove', 'x'], env, { timeoutMs: 60_000 })]);
  for (const r of runs) {
    tally.case();
    if (r.timedOut) tally.fail('hangs', 'a command on an unreachable Neo4j did not finish');
    else if (r.code !== 1) tally.fail('wrongAnswers', `exit ${r.code} on an unreachable Neo4j: ${r.stderr.slice(-300)}`);
    else if ((r.stderr.match(/retry \d in \d+ ms/g) ?? []).length !== 4 || !/unreachable .*nothing was written/.test(r.stderr)) {
      tally.fail('wrongAnswers', `not the promised retries and message: ${r.stderr.slice(-400)}`);
    }
  }
});

test('Neo4j unreachable: serve retries, then listens and answers /health with 503', async () => {
  tally.case();
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: {
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}`,
      NEO4J_PASSWORD: 'x',
      PORT: '0',
      HOST: '127.0.0.1',
      PLANGRAPH_DATA: '',
    },
  });
  try {
    const url = await new Promise<string | undefined>((resolve) => {
      let out = '';
      const t = setTimeout(() => resolve(undefined), 40_000);
      child.stdout.on('data', (b) => {
        out += b;
        const m = /listening on (\S+)/.exec(out);
        if (m) {
          clearTimeout(t);
          resolve(m[1]);
        }
      });
      child.on('close', () => {
        clearTimeout(t);
        resolve(undefined);
      });
    });
    if (!url) return tally.fail('crashes', 'serve did not listen with Neo4j unreachable');
    const health = await fetch(url.replace(/\/graphql$/, '/health'));
    if (health.status !== 503) tally.fail('wrongAnswers', `/health answered ${health.status}`);
  } finally {
    child.kill('SIGKILL');
  }
});

/** `plangraph serve` in a child process; resolves with its URL once it listens (undefined if it never does). */
function serveChild(env: Record<string, string>) {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, NEO4J_URI: '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
  });
  const url = new Promise<string | undefined>((resolve) => {
    let out = '';
    const t = setTimeout(() => resolve(undefined), 60_000);
    child.stdout.on('data', (b) => {
      out += b;
      const m = /listening on (\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]);
      }
    });
    child.on('close', () => {
      clearTimeout(t);
      resolve(undefined);
    });
  });
  return { child, url };
}

test('D16: removeDocument over HTTP is in the snapshot: after a kill and a restart the document stays removed', async () => {
  tally.case();
  const data = join(dir, 'served.json');
  const other = join(
    SEEDS,
    readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()[1]!,
  );
  const ingested = await cli(['ingest', seed, other], { PLANGRAPH_DATA: data });
  if (ingested.code !== 0) return tally.fail('crashes', `ingest: ${ingested.stderr}`);
  const id = seed
    .split('/')
    .pop()!
    .replace(/\.txt$/, '');
  const key = 'a-write-key-of-sixteen+';
  const documents = async (url: string) => {
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ documents { totalCount } }"}',
    });
    return ((await r.json()) as { data?: { documents?: { totalCount?: number } } }).data?.documents?.totalCount;
  };
  const first = serveChild({ PLANGRAPH_DATA: data, PLANGRAPH_API_KEY: key });
  try {
    const url = await first.url;
    if (!url) return tally.fail('crashes', 'serve did not listen');
    if ((await documents(url)) !== 2) return tally.fail('wrongAnswers', 'the ingested documents are not served');
    const removed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: `mutation { removeDocument(id: ${JSON.stringify(id)}) }` }),
    });
    const body = (await removed.json()) as { data?: { removeDocument?: boolean } };
    if (body.data?.removeDocument !== true) return tally.fail('wrongAnswers', `removeDocument answered ${JSON.stringify(body)}`);
  } finally {
    first.child.kill('SIGKILL');
  }
  const second = serveChild({ PLANGRAPH_DATA: data });
  try {
    const url = await second.url;
    if (!url) return tally.fail('crashes', 'serve did not listen after the restart');
    const count = await documents(url);
    if (count !== 1) tally.fail('dataLost', `after a restart ${count} document(s) are served, not 1: the removal was not saved`);
  } finally {
    second.child.kill('SIGKILL');
  }
});
