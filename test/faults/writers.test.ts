import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshot } from '../../src/graph';
import { cli, seeded, SEEDS, Tally } from './tally';

// Writers to one snapshot file (PLANGRAPH_DATA): concurrent ingests of different documents lose
// nothing; a CLI write killed at a random moment leaves the old graph or the new one, never a
// broken file, and the next write cleans up after it.

jest.setTimeout(170_000);

const tally = new Tally('writers');
afterAll(() => tally.report());

// Small documents cut from the seeds' real lines, so each write is quick and kills land mid-write.
const seedLines = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(SEEDS, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim().length > 20),
  );
const docs = mkdtempSync(join(tmpdir(), 'pg-faults-docs-'));
mkdirSync(docs, { recursive: true });
const seedFiles = Array.from({ length: 6 }, (_, i) => {
  const f = join(docs, `doc-${i}.txt`);
  writeFileSync(f, seedLines.slice(i * 6, i * 6 + 6).join('\n') + '\n');
  return f;
});
const idOf = (f: string) =>
  f
    .split('/')
    .pop()!
    .replace(/\.txt$/, '');

async function documentsIn(file: string): Promise<string[] | 'broken'> {
  try {
    return (await loadSnapshot(file))
      .toGraph()
      .documents.map((d) => d.id)
      .sort();
  } catch {
    return 'broken';
  }
}

test('2 and 4 concurrent ingests of different documents: every document is there afterwards', async () => {
  for (const writers of [2, 4]) {
    tally.case();
    const dir = mkdtempSync(join(tmpdir(), 'pg-faults-writers-'));
    const data = join(dir, 'graph.json');
    const files = seedFiles.slice(0, writers);
    const runs = await Promise.all(files.map((f) => cli(['ingest', f], { PLANGRAPH_DATA: data }, { timeoutMs: 150_000 })));
    for (const r of runs) {
      if (r.timedOut) tally.fail('hangs', `${writers} writers: an ingest did not finish`);
      else if (r.code !== 0) tally.fail('crashes', `${writers} writers: exit ${r.code}: ${r.stderr.slice(0, 300)}`);
    }
    const got = await documentsIn(data);
    const want = files.map(idOf).sort();
    if (got === 'broken' || want.some((id) => !got.includes(id)))
      tally.fail('dataLost', `${writers} writers: have ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
});

test('random kills of a CLI write leave the old or the new graph, never a broken one', async () => {
  const random = seeded(17);
  const dir = mkdtempSync(join(tmpdir(), 'pg-faults-kills-'));
  const data = join(dir, 'graph.json');
  const first = await cli(['ingest', seedFiles[0]!], { PLANGRAPH_DATA: data });
  expect(first.code).toBe(0);
  let before = await documentsIn(data);
  const fresh = { old: 0, new: 0 };
  for (let i = 0; i < 4; i++) {
    tally.case();
    const target = seedFiles[1 + (i % (seedFiles.length - 1))]!;
    const wantNew = [...new Set([...(before as string[]), idOf(target)])].sort();
    // Kill at a random moment after the graph build starts (under the lock: build, apply, save).
    const r = await cli(
      ['ingest', target],
      { PLANGRAPH_DATA: data, PLANGRAPH_LOCK_TIMEOUT_MS: '30000', LOG_LEVEL: 'info' },
      {
        killAfterLog: { text: 'building graph', delayMs: Math.floor(random() * 1200) },
        timeoutMs: 60_000,
      },
    );
    if (r.timedOut) tally.fail('hangs', `kill ${i}: the write hung`);
    const after = await documentsIn(data);
    if (after === 'broken') tally.fail('dataLost', `kill ${i}: the snapshot is broken`);
    else if (JSON.stringify(after) === JSON.stringify(before)) fresh.old++;
    else if (JSON.stringify(after) === JSON.stringify(wantNew)) fresh.new++;
    else
      tally.fail(
        'wrongAnswers',
        `kill ${i}: neither old ${JSON.stringify(before)} nor new ${JSON.stringify(wantNew)}: ${JSON.stringify(after)}`,
      );
    if (r.signal === null && r.code !== 0) tally.fail('crashes', `kill ${i}: exit ${r.code}: ${r.stderr.slice(0, 300)}`);
    before = after;
    // A killed writer's lock goes stale after 10 s and is then taken over (shown once, by the rerun
    // below); between kills it is cleared by hand to keep the suite short.
    if (i < 3) rmSync(`${data}.lock`, { recursive: true, force: true });
  }
  // The next write takes over the killed writer's stale lock and removes its temp files.
  tally.case();
  const rerun = await cli(['ingest', seedFiles[4]!], { PLANGRAPH_DATA: data }, { timeoutMs: 60_000 });
  if (rerun.code !== 0) tally.fail('crashes', `rerun after kills: exit ${rerun.code}: ${rerun.stderr.slice(0, 300)}`);
  const temps = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
  if (temps.length) tally.fail('leaks', `temp files left: ${temps.join(', ')}`);
  if (existsSync(`${data}.lock`)) tally.fail('leaks', 'lock left behind after a finished write');
  process.stdout.write(`faults/writers: kills left the old graph ${fresh.old} times, the new one ${fresh.new} times\n`);
});
