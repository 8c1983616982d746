import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore, loadSnapshot, saveSnapshot, SnapshotError } from '../../../src/graph';
import { HeldSpan, toExport } from '../../../src/model';
import { planGraph, sliceOf } from '../../fixtures/graph/plan-graph';

// Snapshot format 2 keeps each document's text once (spans are offsets into it); a format-1 file
// (spans with their text) still loads, and is written as format 2 on the next save.

const dir = mkdtempSync(join(tmpdir(), 'pg-snapshot-format-'));
const exported = (store: EmbeddedStore) => JSON.stringify(toExport(store.toGraph()));

async function stored(): Promise<EmbeddedStore> {
  const store = new EmbeddedStore();
  await store.applyDocuments(planGraph.documents.map((d) => sliceOf(planGraph, d.id)));
  return store;
}

describe('snapshot format 2', () => {
  it('writes each quote as offsets only, and reads back the same graph with every quote exact', async () => {
    const store = await stored();
    const file = join(dir, 'v2.json');
    await saveSnapshot(store, file);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'plangraph-embedded-snapshot/2', documents: planGraph.documents.length });
    const task = planGraph.nodes.find((n) => n.label === 'Task')!;
    const line = lines.find((l) => l.includes(JSON.stringify(task.id)))!;
    const written = JSON.parse(line) as { sources: unknown[] };
    expect(written.sources).toEqual(task.sources.map((s) => [expect.any(Number), s.start, s.end]));

    const reloaded = await loadSnapshot(file);
    expect(exported(reloaded)).toBe(exported(store));
    const texts = new Map(planGraph.documents.map((d) => [d.id, d.text]));
    const spans = reloaded.toGraph().nodes.flatMap((n) => n.sources);
    expect(spans.every((s) => s instanceof HeldSpan)).toBe(true);
    for (const s of spans) expect(s.text).toBe(texts.get(s.document)!.slice(s.start, s.end));
  });

  it('loads a format-1 file (spans with their text) and saves it as format 2', async () => {
    const store = await stored();
    const file = join(dir, 'v1.json');
    writeFileSync(file, JSON.stringify({ format: 'plangraph-embedded-snapshot/1', graph: store.toGraph() }));
    const reloaded = await loadSnapshot(file);
    expect(exported(reloaded)).toBe(exported(store));
    await saveSnapshot(reloaded, file);
    expect(readFileSync(file, 'utf8').startsWith('{"format":"plangraph-embedded-snapshot/2"')).toBe(true);
    expect(exported(await loadSnapshot(file))).toBe(exported(store));
  });

  it.each([
    ['cut short', (lines: string[]) => lines.slice(0, -3), /cut short/],
    [
      'a quote outside its document',
      (lines: string[]) =>
        lines.map((l, i) => (i === lines.length - 1 ? l.replace(/"sources":\[\[(\d+),\d+,\d+\]/, '"sources":[[$1,0,99999999]') : l)),
      /outside its document/,
    ],
    ['a line that is not JSON', (lines: string[]) => lines.map((l, i) => (i === 2 ? l.slice(0, 20) : l)), /line 3: invalid JSON/],
  ])('refuses a format-2 file %s, naming the file and the problem', async (_case, damage, expected) => {
    const file = join(dir, `broken-${_case.replace(/\W+/g, '-')}.json`);
    await saveSnapshot(await stored(), file);
    writeFileSync(file, `${damage(readFileSync(file, 'utf8').trimEnd().split('\n')).join('\n')}\n`);
    const err = await loadSnapshot(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SnapshotError);
    expect((err as Error).message.startsWith(JSON.stringify(file))).toBe(true);
    expect((err as Error).message).toMatch(expected);
  });
});
