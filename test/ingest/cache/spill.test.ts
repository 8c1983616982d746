import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, buildGraphParallel, FactsCache, loadFactsCache, loadLexicon, saveFactsCache } from '../../../src/ingest';
import { seedRecords } from '../../fixtures/genre/records';

// A cache loaded with `spill` (the CLI's) writes each entry it is given to a file beside its own
// instead of holding the bytes until they are saved and resolve has read them; the graph, the
// saved file and the entries read back must be the ones a cache held in memory gives.

describe('a facts cache that spills its new entries to a file', () => {
  const lexicon = loadLexicon();
  const records = seedRecords();
  const plain = JSON.stringify(buildGraph(records, { lexicon }));
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-spill-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('holds none of the entries it extracted in memory, and builds the same graph', async () => {
    const cache = await loadFactsCache(join(dir, 'graph.snap.facts'), { spill: true });
    expect(JSON.stringify(await buildGraphParallel(records, { lexicon, cache, workers: 1 }))).toBe(plain);
    expect(cache.size).toBe(records.length);
    expect(cache.heldInMemory).toBe(0);
    // Unlinked once open: nothing is left beside the cache file.
    expect(readdirSync(dir)).toEqual([]);
    cache.close();
  });

  it('saves the same file as a cache held in memory, and is read back as hits', async () => {
    const held = new FactsCache();
    await buildGraphParallel(records, { lexicon, cache: held, workers: 1 });
    await saveFactsCache(held, join(dir, 'held.facts'));
    const file = join(dir, 'graph.snap.facts');
    const spilled = await loadFactsCache(file, { spill: true });
    // As the CLI does: saved once extraction is done, and let go before resolve reads each entry.
    const onExtracted = async () => {
      await saveFactsCache(spilled, file);
      spilled.release();
    };
    expect(JSON.stringify(await buildGraphParallel(records, { lexicon, cache: spilled, workers: 1, onExtracted }))).toBe(plain);
    expect(readFileSync(file).equals(readFileSync(join(dir, 'held.facts')))).toBe(true);
    const loaded = await loadFactsCache(file, { spill: true });
    expect(JSON.stringify(await buildGraphParallel(records, { lexicon, cache: loaded, workers: 1 }))).toBe(plain);
    expect(loaded.stats).toEqual({ hits: records.length, extracted: 0 });
  });

  it('appends the entries it spilled to the file it was read from', async () => {
    const file = join(dir, 'graph.snap.facts');
    const first = await loadFactsCache(file, { spill: true });
    await buildGraphParallel(records.slice(0, 2), { lexicon, cache: first, workers: 1 });
    await saveFactsCache(first, file);
    first.close();
    const second = await loadFactsCache(file, { spill: true });
    await buildGraphParallel(records, { lexicon, cache: second, workers: 1 });
    await saveFactsCache(second, file);
    second.close();
    const again = await loadFactsCache(file);
    expect(again.fileLines).toBe(records.length);
    expect(JSON.stringify(await buildGraphParallel(records, { lexicon, cache: again, workers: 1 }))).toBe(plain);
    expect(again.stats).toEqual({ hits: records.length, extracted: 0 });
  });

  it('refuses to read an entry once closed, instead of giving other bytes', async () => {
    const cache = await loadFactsCache(join(dir, 'graph.snap.facts'), { spill: true });
    const read = cache.put(records[0], undefined, lexicon, '[{"d":{}}]');
    expect(read()).toBe('[{"d":{}}]');
    cache.close();
    expect(read).toThrow(/after close/);
    expect(cache.size).toBe(0);
  });
});
