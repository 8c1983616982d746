import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncStore } from '../../src/commands/sync';
import { EmbeddedStore, loadSnapshot, saveSnapshot } from '../../src/graph/embedded';
import { FactsCache, loadFactsCache, saveFactsCache } from '../../src/ingest';
import { toExport, type DocumentRecord, type GraphRelationship } from '../../src/model';
import { genreRecords, record, SEED, seedRecords } from '../fixtures/genre/records';

// Re-ingesting with the facts cache: only new or changed documents are extracted, and the graph
// is exactly the one a full rebuild gives (compared by a hash of the export).

const corpus = [...seedRecords(), ...genreRecords()];
const ORIGINAL = '累计5G基站数达3.35万个';
const CHANGED = '累计5G基站数达3.36万个';
const news = corpus.find((d) => d.id === SEED.news2023)!;
const edited = record(news.id, news.text.split(ORIGINAL).join(CHANGED), news.path);
const changedCorpus = corpus.map((d) => (d.id === news.id ? edited : d));

const exportHash = (store: EmbeddedStore) =>
  createHash('sha256')
    .update(JSON.stringify(toExport(store.toGraph())))
    .digest('hex');

async function fullRebuild(documents: DocumentRecord[]): Promise<string> {
  const store = new EmbeddedStore();
  await syncStore(store, { add: documents });
  return exportHash(store);
}

/** The 5G base-station counts the 2023 news item sets as targets (SETS_TARGET values). */
function reported5g(store: EmbeddedStore): number[] {
  const g = store.toGraph();
  return g.relationships
    .filter(
      (r: GraphRelationship) => r.type === 'SETS_TARGET' && r.sources.some((s) => s.document === news.id && s.text.includes('5G基站')),
    )
    .map((r) => r.properties.value as number);
}

describe('incremental sync with the facts cache', () => {
  it('extracts only the changed document, and the graph equals a full rebuild', async () => {
    expect(edited.text).not.toBe(news.text);
    const cache = new FactsCache();
    const store = new EmbeddedStore();
    const first = await syncStore(store, { add: corpus }, undefined, { cache });
    expect(first.extracted).toBe(corpus.length);
    expect(reported5g(store)).toContain(33500);

    const again = await syncStore(store, { add: changedCorpus }, undefined, { cache });
    expect(again.extracted).toBe(1);
    expect(reported5g(store)).toContain(33600);
    expect(reported5g(store)).not.toContain(33500);
    expect(exportHash(store)).toBe(await fullRebuild(changedCorpus));

    const unchanged = await syncStore(store, { add: changedCorpus }, undefined, { cache });
    expect(unchanged.extracted).toBe(0);
    expect(cache.size).toBe(corpus.length); // the old version of the news item left the cache
  });

  it('removes a document without extracting anything, as a rebuild without it would', async () => {
    const cache = new FactsCache();
    const store = new EmbeddedStore();
    await syncStore(store, { add: corpus }, undefined, { cache });
    const r = await syncStore(store, { remove: [news.id] }, undefined, { cache });
    expect(r.removed).toEqual([news.id]);
    expect(r.extracted).toBe(0);
    expect(reported5g(store)).toEqual([]);
    expect(exportHash(store)).toBe(await fullRebuild(corpus.filter((d) => d.id !== news.id)));
    expect(cache.size).toBe(corpus.length - 1);
  });

  it('keeps the cache in a file: a new process re-extracts only what changed since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-cache-'));
    const data = join(dir, 'graph.json');
    const cache = new FactsCache();
    const store = new EmbeddedStore();
    await syncStore(store, { add: corpus }, undefined, { cache });
    await saveSnapshot(store, data);
    await saveFactsCache(cache, `${data}.facts`);

    // As a later `plangraph ingest` would: the store and the cache from their files.
    const reopened = await loadSnapshot(data);
    const loaded = await loadFactsCache(`${data}.facts`);
    expect(loaded.size).toBe(corpus.length);
    const r = await syncStore(reopened, { add: changedCorpus }, undefined, { cache: loaded });
    expect(r.extracted).toBe(1);
    expect(exportHash(reopened)).toBe(await fullRebuild(changedCorpus));

    // Saving appends the one new entry rather than rewriting every document's facts.
    const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    const before = lines(`${data}.facts`);
    await saveFactsCache(loaded, `${data}.facts`);
    expect(lines(`${data}.facts`)).toBe(before + 1);
    const third = await loadFactsCache(`${data}.facts`);
    expect(third.size).toBe(corpus.length + 1); // the old version is held until a rewrite drops it
    const r3 = await syncStore(await loadSnapshot(data), { add: changedCorpus }, undefined, { cache: third });
    expect(r3.extracted).toBe(0);
  });

  it('saves the cache once extraction is done and lets it go: the file holds every entry, the next ingest extracts nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plangraph-cache-')), 'graph.json.facts');
    const cache = new FactsCache();
    const saved: number[] = [];
    const store = new EmbeddedStore();
    const r = await syncStore(store, { add: corpus }, undefined, {
      cache,
      saveCache: async (c) => {
        saved.push(c.size);
        await saveFactsCache(c, file);
      },
    });
    expect(r.extracted).toBe(corpus.length);
    expect(saved).toEqual([corpus.length]);
    // Let go: it holds nothing now, and saving it again would write an empty cache over the full one.
    expect(cache.released).toBe(true);
    expect(cache.size).toBe(0);
    await expect(saveFactsCache(cache, file)).rejects.toThrow('cannot be saved again');
    const loaded = await loadFactsCache(file);
    expect(loaded.size).toBe(corpus.length);
    const again = await syncStore(new EmbeddedStore(), { add: corpus }, undefined, { cache: loaded });
    expect(again.extracted).toBe(0);
    expect(exportHash(store)).toBe(await fullRebuild(corpus));
  });

  it('treats a damaged cache file as empty: everything is extracted, nothing fails', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plangraph-cache-')), 'graph.json.facts');
    const cache = new FactsCache();
    await syncStore(new EmbeddedStore(), { add: corpus.slice(0, 2) }, undefined, { cache });
    await saveFactsCache(cache, file);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
    const damaged = await loadFactsCache(file);
    expect(damaged.size).toBe(0);
    const r = await syncStore(new EmbeddedStore(), { add: corpus.slice(0, 2) }, undefined, { cache: damaged });
    expect(r.extracted).toBe(2);

    // A line whose facts do not parse is a miss, not an error.
    await saveFactsCache(cache, file);
    const [header, line] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, `${header}\n${line.slice(0, 65)}{"broken\n`);
    const broken = await loadFactsCache(file);
    const again = await syncStore(new EmbeddedStore(), { add: corpus.slice(0, 2) }, undefined, { cache: broken });
    expect(again.extracted).toBe(2);
  });
});
