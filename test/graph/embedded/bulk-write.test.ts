import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../../bench/generate';
import { EmbeddedStore } from '../../../src/graph';
import { indexTokens, queryTokens } from '../../../src/graph/contract/cjk-tokens';
import { buildGraph, readDocuments, sliceGraph } from '../../../src/ingest';
import type { DocumentSlice, Graph } from '../../../src/model';

// Many documents in one write (what ingest and the bench do) against the same documents written
// one by one: the store must hold the same graph and answer searches the same, ranks and scores
// included. Generated documents, so hub facts and common character pairs reach long posting lists.

const TERMS = ['数据', '城市', '平台', '建设', '智慧', '政务', '5G', '算力中心', '服务'];

/** Everything held, as written out (a held span quotes its text), in id order. */
function held(store: EmbeddedStore): Graph {
  const g = JSON.parse(JSON.stringify(store.toGraph())) as Graph;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { documents: g.documents.sort(byId), nodes: g.nodes.sort(byId), relationships: g.relationships.sort(byId) };
}

/** The nodes a search must find, read off the graph: every query pair in a name, alias or source. */
function scanned(graph: Graph, text: string): string[] {
  const wanted = queryTokens(text);
  return graph.nodes
    .filter((n) => {
      const tokens = new Set([n.name, ...n.aliases, ...n.sources.map((s) => s.text)].flatMap(indexTokens));
      return wanted.every((t) => tokens.has(t));
    })
    .map((n) => n.id)
    .sort();
}

describe('a bulk write of many documents', () => {
  let slices: DocumentSlice[];

  beforeAll(async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pg-bulk-')), 'corpus');
    writeCorpus(dir, { seed: 'bulk-write', count: 20 });
    const read = await readDocuments([dir]);
    slices = sliceGraph(buildGraph(read.documents));
  }, 60_000);

  it('holds and answers what writing the documents one by one does', async () => {
    const bulk = new EmbeddedStore();
    await bulk.applyDocuments(slices);
    const single = new EmbeddedStore();
    for (const slice of slices) await single.applyDocument(slice);

    const graph = held(bulk);
    expect(graph.documents).toHaveLength(20);
    expect(graph).toEqual(held(single));
    expect(bulk.searchIndexSize()).toBe(graph.nodes.length);
    expect(single.searchIndexSize()).toBe(graph.nodes.length);
    expect(await bulk.stats()).toEqual(await single.stats());
    let longest = 0;
    for (const text of TERMS) {
      const hits = await bulk.search({ text, limit: 10_000 });
      expect({ text, hits }).toEqual({ text, hits: await single.search({ text, limit: 10_000 }) });
      expect({ text, ids: hits.map((h) => h.id).sort() }).toEqual({ text, ids: scanned(graph, text) });
      longest = Math.max(longest, hits.length);
    }
    // Lists this long once grew outside the JS heap (postings.ts): the test reaches them.
    expect(longest).toBeGreaterThan(200);
  }, 60_000);
});
