import { join } from 'node:path';
import { buildGraph, readDocuments } from '../../../src/ingest';
import type { Graph, GraphNode } from '../../../src/model';

// Another government's work report is not a report's lineage. The State Council's 2018 report
// (corpus 005) sets 城镇新增就业1100万人以上; its 2019 report (006) gives 城镇新增就业1361万人; the
// 2019 report of 海拉尔区 (019, 我代表区政府 … 在海拉尔区第…届人民代表大会) gives its district's
// 城镇新增就业5661人, which the national target did not lead to.

const CORPUS = join(__dirname, '../../fixtures/corpus');
let graph: Graph;
beforeAll(async () => {
  const files = ['005_cn-state-council-gwr-2018.txt', '006_cn-state-council-gwr-2019.txt', '019_hailar-district-gwr-2019.txt'];
  const { documents } = await readDocuments(files.map((f) => join(CORPUS, f)));
  graph = buildGraph(documents);
}, 60000);

function ledFrom(quote: string): GraphNode[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.relationships
    .filter((r) => r.type === 'LED_TO' && byId.get(r.from)?.sources.some((s) => s.text.includes(quote)))
    .map((r) => byId.get(r.to)!);
}
const docOf = (n: GraphNode) => n.sources[0].document.slice(0, 3);

describe('lineage between work reports of one issuer only', () => {
  it('links the national target to the national result', () => {
    expect(ledFrom('城镇新增就业1100万人以上').some((n) => docOf(n) === '006' && n.name.includes('1361万人'))).toBe(true);
  });

  it('does not link it to a district’s result', () => {
    expect(ledFrom('城镇新增就业1100万人以上').filter((n) => docOf(n) === '019')).toEqual([]);
  });
});
