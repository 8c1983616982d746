import { join } from 'node:path';
import { buildGraph, readDocuments } from '../../../src/ingest';
import type { Graph, GraphNode } from '../../../src/model';

// A result whose figures hold over years (a report's 五年来 review) is not the result of one year's
// target. The State Council's 2017 report (corpus 004) sets 城镇新增就业1100万人以上 for 2017; the
// 2018 report (005) gives 2017's 城镇新增就业1351万人 and, in its five-year review, 城镇新增就业6600万人以上
// (2013-2017). Only the first is what the target led to.

const CORPUS = join(__dirname, '../../fixtures/corpus');
let graph: Graph;
beforeAll(async () => {
  const { documents } = await readDocuments([
    join(CORPUS, '004_cn-state-council-gwr-2017.txt'),
    join(CORPUS, '005_cn-state-council-gwr-2018.txt'),
  ]);
  graph = buildGraph(documents);
}, 60000);

const ledTo = (from: string, to: string): boolean => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const says = (n: GraphNode | undefined, doc: string, text: string) =>
    !!n?.sources.some((s) => s.document.startsWith(doc) && s.text.includes(text));
  return graph.relationships.some((r) => r.type === 'LED_TO' && says(byId.get(r.from), '004', from) && says(byId.get(r.to), '005', to));
};

describe('results that hold over several years', () => {
  it('links the year’s target to the year’s result', () => {
    expect(ledTo('城镇新增就业1100万人以上', '城镇新增就业1351万人')).toBe(true);
  });

  it('does not link it to the five-year total', () => {
    expect(ledTo('城镇新增就业1100万人以上', '城镇新增就业6600万人以上')).toBe(false);
    expect(ledTo('新建改建农村公路20万公里', '新建改建农村公路127万公里')).toBe(false);
  });
});
