import { buildGraph, buildGraphParallel, extractWithin, FactsCache, loadLexicon, resolve } from '../../../src/ingest';
import { decodeFacts, encodeFacts, wireOutline } from '../../../src/ingest/parallel/wire';
import { mergesFrom, platformEvidence } from '../../../src/ingest/resolve/identity';
import { SEED, seedRecords } from '../../fixtures/genre/records';

// A cached build keeps each document's facts in the cache's compact form and decodes them only
// when resolve reaches the document; platform identity, which needs every document first, is read
// from each form's outline. The graph must be the one resolve builds from facts held all at once.

describe('resolve reading each document when it reaches it', () => {
  const lexicon = loadLexicon();
  const records = seedRecords().sort((a, b) => (a.id < b.id ? -1 : 1));
  const held = resolve(
    records.map((d) => extractWithin(d, lexicon)),
    lexicon,
  );
  const wires = records.map((d) => encodeFacts([extractWithin(d, lexicon)]));
  const reads: string[] = [];
  const entries = wires.map((w, i) => () => {
    reads.push(records[i].id);
    return decodeFacts(w, [records[i]])[0];
  });
  const merges = mergesFrom(
    wires.map((w) => {
      const o = wireOutline(w);
      return platformEvidence(o.nodes, o.relationships, lexicon);
    }),
    lexicon,
  );
  const onDemand = resolve(entries, lexicon, { release: true, merges });

  it('builds the same graph, in the same order, as from facts held at once', () => {
    expect(JSON.stringify(onDemand)).toBe(JSON.stringify(held));
  });

  it('reads each document once, in document order, and keeps none of the entries', () => {
    expect(reads).toEqual(records.map((d) => d.id));
    expect(entries).toEqual([]);
  });

  it('still merges 海洋数据交易平台 into 海洋大数据交易服务平台 on the evidence of the outlines alone (both report 交易额)', () => {
    expect(merges.get([...merges.keys()].find((k) => k.includes('海洋数据交易平台'))!)).toMatchObject({
      rule: 'subsequence+measure',
      name: '海洋大数据交易服务平台',
      evidence: 'both report 交易额',
    });
    const platform = onDemand.nodes.find((n) => n.label === 'Platform' && n.name === '海洋大数据交易服务平台')!;
    expect(new Set(platform.sources.map((s) => s.document))).toContain(SEED.report2024);
  });

  it('gives the same graph through the facts cache, fresh and from its entries', async () => {
    const plain = JSON.stringify(buildGraph(records, { lexicon }));
    const cache = new FactsCache();
    expect(JSON.stringify(await buildGraphParallel(records, { lexicon, cache, workers: 1 }))).toBe(plain);
    expect(JSON.stringify(await buildGraphParallel(records, { lexicon, cache, workers: 1 }))).toBe(plain);
    expect(cache.stats.hits).toBe(records.length);
  });

  it('extracts again a document whose cached entry is cut short, and builds the same graph', async () => {
    const plain = JSON.stringify(buildGraph(records, { lexicon }));
    const full = new FactsCache();
    await buildGraphParallel(records, { lexicon, cache: full, workers: 1 });
    const entries = [...full].map(([key, wire], i): [string, Buffer] => [key, i === 0 ? wire.subarray(0, wire.length - 3) : wire]);
    const cut = new FactsCache(entries);
    expect(JSON.stringify(await buildGraphParallel(records, { lexicon, cache: cut, workers: 1 }))).toBe(plain);
    expect(cut.stats).toEqual({ hits: records.length - 1, extracted: 1 });
  });
});

describe('relationship properties once settled', () => {
  const graph = buildGraph(seedRecords());
  const empty = graph.relationships.filter((r) => Object.keys(r.properties).length === 0 && r.type !== 'LED_TO');

  it('are one frozen object for every relationship without properties', () => {
    expect(empty.length).toBeGreaterThan(1);
    const resolved = empty.filter((r) => Object.isFrozen(r.properties));
    expect(resolved.length).toBeGreaterThan(1);
    expect(new Set(resolved.map((r) => r.properties)).size).toBe(1);
  });

  it('fail loudly when changed afterwards, instead of changing another relationship', () => {
    const shared = empty.find((r) => Object.isFrozen(r.properties))!;
    expect(() => {
      (shared.properties as Record<string, unknown>).role = 'lead';
    }).toThrow(TypeError);
  });
});
