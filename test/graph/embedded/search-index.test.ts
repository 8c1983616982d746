import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore, loadSnapshot, saveSnapshot } from '../../../src/graph';
import { Neo4jStore } from '../../../src/graph/neo4j';
import { indexTokens, queryTokens } from '../../../src/graph/contract/cjk-tokens';
import { SearchIndex } from '../../../src/graph/embedded/search-index';
import type { GraphNode } from '../../../src/model';
import { DOC_2023, DOC_2024, DOC_2025, planGraph, sliceOf } from '../../fixtures/graph/plan-graph';
import { EmulatedNeo4j } from '../neo4j/emulated-server';

// The embedded store's full-text index is kept by writes (a snapshot load included), never built
// by a query; after any sequence of ingests and removals it answers what a scan of the graph
// would: every node holding all of the query's character pairs, and no other.

const TERMS = ['大模型', '5G基站', '城市云脑', '数据', '算力', '政务', '智', '基站', '开通', '5g', '模大'];

/** What a search must find, read off the graph directly: every query token in some field. */
function expectedIds(nodes: GraphNode[], text: string): string[] {
  const wanted = queryTokens(text);
  return nodes
    .filter((n) => {
      const tokens = new Set([n.name, ...n.aliases, ...n.sources.map((s) => s.text)].flatMap(indexTokens));
      return wanted.every((t) =>
        [...t].length === 1 && /\p{Script=Han}/u.test(t) ? [...tokens].some((x) => x.startsWith(t)) : tokens.has(t),
      );
    })
    .map((n) => n.id)
    .sort();
}

async function foundIds(store: EmbeddedStore | Neo4jStore, text: string): Promise<string[]> {
  return (await store.search({ text, limit: 10_000 })).map((h) => h.id).sort();
}

const nodeCount = (store: EmbeddedStore) => store.toGraph().nodes.length;

describe('the embedded full-text index', () => {
  it('is filled by each write and emptied by each removal, without a query', async () => {
    const store = new EmbeddedStore();
    expect(store.searchIndexSize()).toBe(0);
    await store.applyDocument(sliceOf(planGraph, DOC_2023));
    expect(nodeCount(store)).toBeGreaterThan(0);
    expect(store.searchIndexSize()).toBe(nodeCount(store));
    await store.applyDocuments([sliceOf(planGraph, DOC_2024), sliceOf(planGraph, DOC_2025)]);
    expect(store.searchIndexSize()).toBe(nodeCount(store));
    const all = store.searchIndexSize();
    await store.removeDocument(DOC_2025);
    expect(store.searchIndexSize()).toBe(nodeCount(store));
    expect(store.searchIndexSize()).toBeLessThan(all);
  });

  it('is ready as soon as a snapshot is loaded', async () => {
    const store = new EmbeddedStore();
    await store.applyDocuments([DOC_2023, DOC_2024, DOC_2025].map((d) => sliceOf(planGraph, d)));
    const file = join(mkdtempSync(join(tmpdir(), 'pg-search-')), 'graph.json');
    await saveSnapshot(store, file);
    const loaded = await loadSnapshot(file);
    expect(loaded.searchIndexSize()).toBe(nodeCount(store));
    expect(await foundIds(loaded, '大模型')).toEqual(await foundIds(store, '大模型'));
  });

  it('answers what a scan of the graph finds after every ingest and removal', async () => {
    const store = new EmbeddedStore();
    const steps: [string, () => Promise<unknown>][] = [
      ['ingest 2023', () => store.applyDocument(sliceOf(planGraph, DOC_2023))],
      ['ingest 2024', () => store.applyDocument(sliceOf(planGraph, DOC_2024))],
      ['ingest 2025', () => store.applyDocument(sliceOf(planGraph, DOC_2025))],
      ['remove 2024', () => store.removeDocument(DOC_2024)],
      ['re-ingest 2024', () => store.applyDocument(sliceOf(planGraph, DOC_2024))],
      ['remove 2025', () => store.removeDocument(DOC_2025)],
      ['remove 2023', () => store.removeDocument(DOC_2023)],
    ];
    let nonEmpty = 0;
    for (const [step, write] of steps) {
      await write();
      const nodes = store.toGraph().nodes;
      for (const term of TERMS) {
        const expected = expectedIds(nodes, term);
        nonEmpty += expected.length > 0 ? 1 : 0;
        expect({ step, term, ids: await foundIds(store, term) }).toEqual({ step, term, ids: expected });
      }
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it('forgets a removed document’s sentences on the facts other documents still cite', async () => {
    const store = new EmbeddedStore();
    await store.applyDocuments([DOC_2023, DOC_2024, DOC_2025].map((d) => sliceOf(planGraph, d)));
    const shared = store.toGraph().nodes.find((n) => new Set(n.sources.map((s) => s.document)).size === 3)!;
    const only2024 = shared.sources.find((s) => s.document === DOC_2024)!.text;
    expect((await store.search({ text: only2024, limit: 50 })).map((h) => h.id)).toContain(shared.id);
    await store.removeDocument(DOC_2024);
    expect((await store.getNodes([shared.id]))[0]).not.toBeNull();
    expect((await store.search({ text: only2024, limit: 50 })).map((h) => h.id)).not.toContain(shared.id);
  });

  it('ranks an incrementally kept index like one built from scratch', async () => {
    const kept = new EmbeddedStore();
    for (const d of [DOC_2023, DOC_2024, DOC_2025]) await kept.applyDocument(sliceOf(planGraph, d));
    const fresh = new EmbeddedStore();
    await fresh.applyDocuments([DOC_2023, DOC_2024, DOC_2025].map((d) => sliceOf(planGraph, d)));
    for (const text of TERMS) expect(await kept.search({ text, limit: 5 })).toEqual(await fresh.search({ text, limit: 5 }));
  });

  it('drops dead entries when it compacts and still finds the same nodes', () => {
    const nodes = planGraph.nodes;
    const index = new SearchIndex(5);
    for (let round = 0; round < 4; round++) for (const n of nodes) index.upsert(n);
    const removed = nodes.filter((_, i) => i % 3 === 0);
    for (const n of removed) index.remove(n.id);
    const kept = nodes.filter((_, i) => i % 3 !== 0);
    expect(index.size).toBe(kept.length);
    const byId = new Map(kept.map((n) => [n.id, n]));
    for (const term of TERMS) {
      const ids = index.search(term, undefined, 10_000, (id) => byId.get(id)).map((h) => h.id);
      expect({ term, ids: ids.sort() }).toEqual({ term, ids: expectedIds(kept, term) });
    }
  });

  it('finds the same nodes as the Neo4j store’s full-text query', async () => {
    const embedded = new EmbeddedStore();
    const neo4j = new Neo4jStore({
      uri: 'bolt://emulated',
      user: 'neo4j',
      password: 'x',
      driver: new EmulatedNeo4j(),
      versionCheckMs: 60_000,
    });
    await neo4j.init();
    for (const store of [embedded, neo4j]) {
      await store.applyDocuments([DOC_2023, DOC_2024, DOC_2025].map((d) => sliceOf(planGraph, d)));
      await store.removeDocument(DOC_2024);
    }
    for (const term of TERMS) expect({ term, ids: await foundIds(embedded, term) }).toEqual({ term, ids: await foundIds(neo4j, term) });
    await neo4j.close();
  });
});
