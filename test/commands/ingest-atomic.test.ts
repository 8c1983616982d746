import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../bench/generate';
import { loadSnapshot } from '../../src/graph';
import type { Graph } from '../../src/model';

// The real CLI in a child process, killed in the middle of an ingest: the embedded store's
// snapshot file must still hold the previous graph, whole. Then `remove` drops one document's facts.

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const SEEDS = join(ROOT, 'seeds');

function cli(args: string[], data: string, killWhen?: (stderr: string) => boolean) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, PLANGRAPH_DATA: data, LOG_LEVEL: 'info', NEO4J_URI: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => {
      stderr += b;
      if (killWhen?.(stderr)) child.kill('SIGKILL');
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const snapshot = async (file: string): Promise<Graph> => (await loadSnapshot(file)).toGraph();

describe('ingest into an embedded snapshot (PLANGRAPH_DATA)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-atomic-'));
  const data = join(dir, 'graph.json');
  const corpus = join(dir, 'corpus');

  beforeAll(() => writeCorpus(corpus, { seed: 'atomic-ingest', count: 60 }));

  it('survives a kill mid-ingest with the previous graph intact, then completes on a rerun', async () => {
    const first = await cli(['ingest', SEEDS], data);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ingested 5 document\(s\) into the embedded store/);
    const before = readFileSync(data);

    const killed = await cli(['ingest', corpus], data, (err) => err.includes('building graph'));
    expect(killed.signal).toBe('SIGKILL');
    expect(readFileSync(data).equals(before)).toBe(true);

    const rerun = await cli(['ingest', corpus], data);
    expect(rerun.code).toBe(0);
    expect((await snapshot(data)).documents).toHaveLength(65);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('removes a document and every fact only it supported', async () => {
    const seedsOnly = join(dir, 'seeds.json');
    expect((await cli(['ingest', SEEDS], seedsOnly)).code).toBe(0);
    const before = await snapshot(seedsOnly);
    const onlyNews = before.nodes.filter((n) => n.sources.every((s) => s.document === '001_2347e63f3516f4ec'));
    expect(onlyNews.length).toBeGreaterThan(0);

    const removed = await cli(['remove', '001_2347e63f3516f4ec'], seedsOnly);
    expect(removed.code).toBe(0);
    const after = await snapshot(seedsOnly);
    expect(after.documents.map((d) => d.id)).not.toContain('001_2347e63f3516f4ec');
    const ids = new Set(after.nodes.map((n) => n.id));
    for (const n of onlyNews) expect(ids.has(n.id)).toBe(false);
    const spans = [...after.nodes, ...after.relationships].flatMap((x) => x.sources);
    expect(spans.some((s) => s.document === '001_2347e63f3516f4ec')).toBe(false);
    // A fact other documents support stays.
    expect(after.nodes.some((n) => n.label === 'Indicator' && n.name === '5G基站数')).toBe(true);

    const unknown = await cli(['remove', 'no-such-document'], seedsOnly);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/not found: document "no-such-document"/);
  }, 60_000);
});
