import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore, loadSnapshot, saveSnapshot, SnapshotError, SnapshotStore } from '../../../src/graph';
import { lockSnapshot } from '../../../src/graph/embedded/snapshot-lock';
import { planGraph, sliceOf } from '../../fixtures/graph/plan-graph';

// Snapshot files (PLANGRAPH_DATA) that are broken, foreign or not files at all are refused with a
// message naming the file and the problem; temp files of killed saves are cleaned up; every write
// of a SnapshotStore is saved, and a change made by another process is not lost.

const dir = mkdtempSync(join(tmpdir(), 'pg-snapshot-'));
let n = 0;
const fileWith = (text: string) => {
  const f = join(dir, `case-${n++}.json`);
  writeFileSync(f, text);
  return f;
};
const FORMAT = 'plangraph-embedded-snapshot/1';
const good = () => JSON.parse(JSON.stringify({ format: FORMAT, graph: planGraph })) as { format: string; graph: any };

async function refusal(file: string): Promise<string> {
  const err = await loadSnapshot(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SnapshotError);
  const message = (err as Error).message;
  expect(message.startsWith(JSON.stringify(file))).toBe(true);
  expect(message).not.toMatch(/\n|TypeError|Cannot read prop|undefined is not|is not a function|is not iterable/);
  return message;
}

describe('broken and foreign snapshot files are refused naming the file and the problem', () => {
  const broken = (mutate: (s: ReturnType<typeof good>) => unknown) => {
    const s = good();
    const out = mutate(s);
    return JSON.stringify(out === undefined ? s : out);
  };
  test.each([
    ['an empty file', '', /empty/],
    ['truncated JSON', JSON.stringify(good()).slice(0, 500), /invalid JSON/],
    ['a JSON array', '[1,2,3]', /JSON array/],
    ['null', 'null', /JSON null/],
    ['a number', '42', /JSON number/],
    ['package.json', JSON.stringify({ name: 'x', version: '1.0.0' }), /format null/],
    ['another format', JSON.stringify({ format: 'other/9', graph: {} }), /format "other\/9"/],
    ['no graph', JSON.stringify({ format: FORMAT }), /no "graph" object/],
    ['graph.nodes not a list', broken((s) => void (s.graph.nodes = {})), /"graph.nodes" is not a list/],
    ['a node without sources', broken((s) => void delete s.graph.nodes[3].sources), /node 3 .*sources/],
    ['a node of unknown label', broken((s) => void (s.graph.nodes[0].label = 'Spaceship')), /node 0 .*unknown label "Spaceship"/],
    [
      'a relationship of unknown type',
      broken((s) => void (s.graph.relationships[0].type = 'LIKES')),
      /relationship 0 .*unknown type "LIKES"/,
    ],
    ['a document without text', broken((s) => void delete s.graph.documents[1].text), /document 1 lacks/],
    ['a span with a negative offset', broken((s) => void (s.graph.nodes[2].sources[0].start = -4)), /node 2 .*source/],
    ['a property that is an object', broken((s) => void (s.graph.nodes[1].properties.x = { a: 1 })), /node 1 .*property "x"/],
    ['a node that is null', broken((s) => void (s.graph.nodes[5] = null)), /node 5: not an object/],
  ])('%s', async (_case, text, expected) => {
    expect(await refusal(fileWith(text))).toMatch(expected);
  });

  test('a folder as snapshot', async () => {
    const d = join(dir, 'a-folder');
    mkdirSync(d);
    expect(await refusal(d)).toMatch(/it is a folder/);
  });

  test('a FIFO as snapshot is refused at once (not read, which would block forever)', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(await refusal(fifo)).toMatch(/named pipe \(FIFO\)/);
    await expect(SnapshotStore.open(fifo)).rejects.toThrow(/named pipe/);
  });

  test('a missing file is an empty graph, not an error', async () => {
    expect((await loadSnapshot(join(dir, 'not-yet.json'))).toGraph().documents).toEqual([]);
  });
});

describe('SnapshotStore: every write saved, under the lock', () => {
  test('a removeDocument is in the file afterwards (as a CLI write would be)', async () => {
    const file = join(dir, 'remove.json');
    const store = await SnapshotStore.open(file);
    await store.applyDocuments(planGraph.documents.map((d) => sliceOf(planGraph, d.id)));
    const victim = planGraph.documents[0]!.id;
    expect(await store.removeDocument(victim)).toBe(true);
    const reread = (await loadSnapshot(file)).toGraph().documents.map((d) => d.id);
    expect(reread).not.toContain(victim);
    expect(reread).toHaveLength(planGraph.documents.length - 1);
  });

  test('a write by another process is reloaded before this process writes, so neither is lost', async () => {
    const file = join(dir, 'two-writers.json');
    const [a, b] = planGraph.documents.map((d) => d.id);
    const server = await SnapshotStore.open(file);
    // Another process writes document a into the file meanwhile.
    const other = new EmbeddedStore();
    await other.applyDocuments([sliceOf(planGraph, a!)]);
    await saveSnapshot(other, file);
    await server.applyDocuments([sliceOf(planGraph, b!)]);
    const ids = (await loadSnapshot(file))
      .toGraph()
      .documents.map((d) => d.id)
      .sort();
    expect(ids).toEqual([a, b].sort());
  });

  test('temp files left by killed saves are removed by the next write', async () => {
    const file = join(dir, 'temps.json');
    writeFileSync(`${file}.999991.tmp`, '');
    writeFileSync(`${file}.999992.tmp`, '{"format":');
    const store = await SnapshotStore.open(file);
    await store.applyDocuments([sliceOf(planGraph, planGraph.documents[0]!.id)]);
    expect(readdirSync(dir).filter((f) => f.startsWith('temps.json.') && f.endsWith('.tmp'))).toEqual([]);
  });

  test('a second writer in another process waits for the lock and says so', async () => {
    const file = join(dir, 'locked.json');
    const release = await lockSnapshot(file);
    const said: string[] = [];
    const store = await SnapshotStore.open(file, { onWait: (m) => said.push(m), timeoutMs: 300 });
    await expect(store.applyDocuments([sliceOf(planGraph, planGraph.documents[0]!.id)])).rejects.toThrow(
      /kept it locked .*nothing was written/,
    );
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/another PlanGraph process is writing it/);
    await release();
    await store.applyDocuments([sliceOf(planGraph, planGraph.documents[0]!.id)]);
    expect((await loadSnapshot(file)).toGraph().documents).toHaveLength(1);
  });
});
