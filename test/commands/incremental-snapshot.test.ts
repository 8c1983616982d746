import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncStore, ingestPaths } from '../../src/commands/sync';
import { EmbeddedStore, loadSnapshot, saveSnapshot, SnapshotStore } from '../../src/graph/embedded';
import { DEFAULT_READ_LIMITS, FactsCache, readDocuments } from '../../src/ingest';
import { toExport } from '../../src/model';

// Re-ingesting into a snapshot file the way `plangraph ingest` does (a lazily opened store, one
// transaction, the facts cache): adding, changing and removing real documents appends only what
// changed to the file instead of loading and rewriting it, and the file then holds exactly the
// graph a full rebuild of the same documents gives.

const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const SERIES = join(__dirname, '..', 'fixtures', 'series');
const FIRST = [
  join(CORPUS, '013_hailar-district-gwr-2013.txt'),
  join(CORPUS, '014_hailar-district-gwr-2014.txt'),
  join(CORPUS, '015_hailar-district-gwr-2015.txt'),
  join(CORPUS, '024_jinan-advanced-mfg-digital-economy-measures-2019.txt'),
  join(CORPUS, '045_jinan-ai-action-plan-2024-2026.txt'),
  join(CORPUS, '038_qingdao-smart-approval-5plus-report-2021.txt'),
];
const ADDED = join(SERIES, '016_hailar-district-gwr-2016.txt');

const exportHash = (graph: Parameters<typeof toExport>[0]) =>
  createHash('sha256')
    .update(JSON.stringify(toExport(graph)))
    .digest('hex');

async function rebuild(dir: string, without: string[] = []): Promise<string> {
  const read = await readDocuments([dir]);
  const store = new EmbeddedStore();
  await syncStore(store, { add: read.documents.filter((d) => !without.includes(d.id)) });
  return exportHash(store.toGraph());
}

/** One `plangraph ingest DIR` (or `remove`) in a fresh process: lazy store, one transaction. */
async function run(data: string, cache: FactsCache, change: { dir?: string; remove?: string[] }) {
  const store = await SnapshotStore.open(data, { lazy: true });
  return store.transaction(async () =>
    change.dir
      ? ingestPaths(store, [change.dir], DEFAULT_READ_LIMITS, undefined, { cache })
      : syncStore(store, { remove: change.remove }, undefined, { cache }),
  );
}

/** Whether the file still begins with exactly the bytes it had: patched, not rewritten. */
const patched = (data: string, before: Buffer) => {
  const now = readFileSync(data);
  return now.length > before.length && now.subarray(0, before.length).equals(before);
};

describe('re-ingesting into a snapshot file', () => {
  it('appends only what changed for an added, a changed and a removed document, and equals a full rebuild each time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-incremental-'));
    const folder = join(dir, 'docs');
    mkdirSync(folder);
    for (const f of FIRST) copyFileSync(f, join(folder, f.split('/').pop()!));
    const data = join(dir, 'graph.json');
    const cache = new FactsCache();

    const first = await run(data, cache, { dir: folder });
    expect(first.extracted).toBe(FIRST.length);
    expect(existsSync(`${data}.index`)).toBe(true);
    expect(exportHash((await loadSnapshot(data)).toGraph())).toBe(await rebuild(folder));

    // Added: a later year of a series already held (its SUCCEEDS and LED_TO reach older reports).
    let before = readFileSync(data);
    copyFileSync(ADDED, join(folder, ADDED.split('/').pop()!));
    const added = await run(data, cache, { dir: folder });
    expect(added.extracted).toBe(1);
    expect(patched(data, before)).toBe(true);
    expect(exportHash((await loadSnapshot(data)).toGraph())).toBe(await rebuild(folder));

    // Changed: one figure of the 2014 report is edited.
    before = readFileSync(data);
    const file = join(folder, '014_hailar-district-gwr-2014.txt');
    const text = readFileSync(file, 'utf8');
    const figure = /\d+(\.\d+)?亿元/.exec(text)![0];
    writeFileSync(file, text.replace(figure, `9${figure}`));
    const changed = await run(data, cache, { dir: folder });
    expect(changed.extracted).toBe(1);
    expect(patched(data, before)).toBe(true);
    const reloaded = await loadSnapshot(data);
    expect(exportHash(reloaded.toGraph())).toBe(await rebuild(folder));
    expect(reloaded.toGraph().nodes.some((n) => n.sources.some((s) => s.text.includes(`9${figure}`)))).toBe(true);

    // Removed: the remove command's path, nothing extracted.
    before = readFileSync(data);
    const [gone] = (await readDocuments([join(folder, '015_hailar-district-gwr-2015.txt')])).documents;
    const removed = await run(data, cache, { remove: [gone!.id] });
    expect(removed.removed).toEqual([gone!.id]);
    expect(removed.extracted).toBe(0);
    expect(patched(data, before)).toBe(true);
    const after = await loadSnapshot(data);
    expect((await after.listDocuments()).map((d) => d.id)).not.toContain(gone!.id);
    expect(exportHash(after.toGraph())).toBe(await rebuild(folder, [gone!.id]));

    // Unchanged: nothing is written at all.
    const size = statSync(data).size;
    await run(data, cache, { remove: [gone!.id] });
    expect(statSync(data).size).toBe(size);
  }, 120_000);

  it('loads and writes the file whole when its index no longer describes it, with the same outcome', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-incremental-'));
    const data = join(dir, 'graph.json');
    const cache = new FactsCache();
    await run(data, cache, { dir: FIRST[0]! });
    // Another program saved the file since: the index beside it describes an older file.
    const other = await loadSnapshot(data);
    const [doc] = await other.listDocuments();
    await other.removeDocument(doc!.id);
    await saveSnapshot(other, data);
    const before = readFileSync(data);
    const r = await run(data, cache, { dir: FIRST[1]! });
    expect(patched(data, before)).toBe(false);
    expect(r.extracted).toBe(1);
    const read = await readDocuments([FIRST[1]!]);
    const store = new EmbeddedStore();
    await syncStore(store, { add: read.documents });
    expect(exportHash((await loadSnapshot(data)).toGraph())).toBe(exportHash(store.toGraph()));
  }, 120_000);

  it('reads a patch cut short by a killed append as never written, and the next ingest writes the file whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-incremental-'));
    const folder = join(dir, 'docs');
    mkdirSync(folder);
    for (const f of FIRST.slice(0, 3)) copyFileSync(f, join(folder, f.split('/').pop()!));
    const data = join(dir, 'graph.json');
    const cache = new FactsCache();
    await run(data, cache, { dir: folder });
    const original = await rebuild(folder);
    const before = readFileSync(data);
    copyFileSync(ADDED, join(folder, ADDED.split('/').pop()!));
    await run(data, cache, { dir: folder });
    expect(patched(data, before)).toBe(true);
    // Killed half way through the append: the graph is the one before it.
    const whole = readFileSync(data);
    writeFileSync(data, whole.subarray(0, before.length + Math.floor((whole.length - before.length) / 2)));
    expect(exportHash((await loadSnapshot(data)).toGraph())).toBe(original);
    const again = await run(data, cache, { dir: folder });
    expect(again.extracted).toBe(0);
    expect(exportHash((await loadSnapshot(data)).toGraph())).toBe(await rebuild(folder));
  }, 120_000);
});
