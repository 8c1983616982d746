import { join } from 'node:path';
import { buildGraph, readDocuments } from '../../../src/ingest';
import type { Graph } from '../../../src/model';
import { CORPUS_DIR } from '../corpus/corpus-fixture';

// A figure whose clause only reaches it (新农合参合率再创新高，达到98.5%: the Hailar district's 2012
// report, GBK as published) measures the subject of the clause before, cut where its predicate opens.

describe('the subject of the clause before a nameless figure', () => {
  let graph: Graph;
  beforeAll(async () => {
    const { documents } = await readDocuments([join(CORPUS_DIR, '012_hailar-district-gwr-2012.txt')]);
    graph = buildGraph(documents);
  });

  const measured = (value: number) => {
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    return graph.relationships
      .filter((r) => r.type === 'MEASURED' && r.properties.value === value)
      .map((r) => `${names.get(r.to)} ${r.properties.period}`);
  };

  it('names the figure by that subject, in the year reported', () => {
    expect(measured(98.5)).toEqual(['新农合参合率 2011']);
  });

  it('leaves a figure its own name when its clause has one', () => {
    expect(measured(5527)).toEqual(['城镇就业 2011']);
  });
});
