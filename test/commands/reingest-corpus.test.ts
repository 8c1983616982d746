import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, syncStore } from '../../src/commands/sync';
import { EmbeddedStore, loadSnapshot, SnapshotStore } from '../../src/graph/embedded';
import { DEFAULT_READ_LIMITS, FactsCache, readDocuments } from '../../src/ingest';
import { toExport, type Graph } from '../../src/model';

// Issue #16's proof obligation on the whole real corpus: re-ingesting as `plangraph ingest` does
// (snapshot file patched, facts cache) after adding, changing and removing a document gives
// exactly the graph a full run over the same documents gives, and extracts only what changed.
// The full runs share a cache of their own: extraction is by content either way, and what is
// compared is resolve, link, the series and the file.

const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const SERIES = join(__dirname, '..', 'fixtures', 'series');
const HELD_BACK = '016_hailar-district-gwr-2016.txt';
const CHANGED = '014_hailar-district-gwr-2014.txt';
const REMOVED = '013_hailar-district-gwr-2013.txt';

const exportHash = (graph: Graph) =>
  createHash('sha256')
    .update(JSON.stringify(toExport(graph)))
    .digest('hex');

const fullRunCache = new FactsCache();
async function fullRun(folder: string): Promise<string> {
  const read = await readDocuments([folder]);
  const store = new EmbeddedStore();
  await syncStore(store, { add: read.documents }, undefined, { cache: fullRunCache });
  return exportHash(store.toGraph());
}

const stored = async (data: string) => exportHash((await loadSnapshot(data)).toGraph());

describe('re-ingesting the real corpus into a snapshot file', () => {
  it('equals a full run after a document is added, changed and removed, extracting only that document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-reingest-corpus-'));
    const folder = join(dir, 'docs');
    mkdirSync(folder);
    const names = readdirSync(CORPUS).filter((f) => /\.(txt|html)$/.test(f) && f !== HELD_BACK);
    for (const f of names) copyFileSync(join(CORPUS, f), join(folder, f));
    const data = join(dir, 'graph.json');
    const cache = new FactsCache();
    // One store across the runs, as a long-lived process would hold it, and a fresh one for the
    // last run, as the next `plangraph ingest` would open it.
    const store = await SnapshotStore.open(data, { lazy: true });
    const ingest = () => store.transaction(() => ingestPaths(store, [folder], DEFAULT_READ_LIMITS, undefined, { cache }));

    const first = await ingest();
    expect(first.extracted).toBe(names.length);
    expect(await stored(data)).toBe(await fullRun(folder));

    // Added: the next year of a series the corpus holds (SUCCEEDS and lineage reach its neighbours).
    copyFileSync(join(SERIES, HELD_BACK), join(folder, HELD_BACK));
    const added = await ingest();
    expect(added.extracted).toBe(1);
    expect(await stored(data)).toBe(await fullRun(folder));

    // Changed: a figure early in a report, so every later clause of it moves.
    const file = join(folder, CHANGED);
    const text = readFileSync(file, 'utf8');
    const figure = /\d+(\.\d+)?亿元/.exec(text)![0];
    writeFileSync(file, text.replace(figure, `9${figure}`));
    const changed = await ingest();
    expect(changed.extracted).toBe(1);
    const graph = (await loadSnapshot(data)).toGraph();
    expect(graph.nodes.some((n) => n.sources.some((s) => s.text.includes(`9${figure}`)))).toBe(true);
    expect(exportHash(graph)).toBe(await fullRun(folder));

    // Removed: by the remove command's path, in a new process.
    const [gone] = (await readDocuments([join(folder, REMOVED)])).documents;
    const reopened = await SnapshotStore.open(data, { lazy: true });
    const removed = await reopened.transaction(() => syncStore(reopened, { remove: [gone!.id] }, undefined, { cache }));
    expect(removed.removed).toEqual([gone!.id]);
    expect(removed.extracted).toBe(0);
    const read = await readDocuments([folder]);
    const rest = new EmbeddedStore();
    await syncStore(rest, { add: read.documents.filter((d) => d.id !== gone!.id) }, undefined, { cache: fullRunCache });
    expect(await stored(data)).toBe(exportHash(rest.toGraph()));
  }, 600_000);
});
