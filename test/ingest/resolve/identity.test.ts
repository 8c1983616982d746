import { buildGraph, loadLexicon } from '../../../src/ingest';
import type { Graph, GraphNode } from '../../../src/model';
import { SEED, seedRecords } from '../../fixtures/genre/records';

// One node per real-world thing across the seeds, each merge explained, and a wrong merge undone
// in the lexicon alone.

const seeds = seedRecords();
const graph = buildGraph(seeds);
const named = (g: Graph, label: string, name: string): GraphNode[] =>
  g.nodes.filter((n) => n.label === label && (n.name === name || n.aliases.includes(name)));
const documentsOf = (n: GraphNode) => [...new Set(n.sources.map((s) => s.document))].sort();

describe('the same platform under two names', () => {
  it('reads 全市算力一张网 (2023 news of the plan) and 算力一张网 (2024 report) as one platform, and says why', () => {
    const [one, ...more] = named(graph, 'Platform', '全市算力一张网');
    expect(more).toEqual([]);
    expect(one.name).toBe('算力一张网');
    expect(documentsOf(one)).toEqual([SEED.report2024, SEED.news2023].sort());
    expect(one.properties.merges).toEqual([expect.stringContaining('全市算力一张网 ⇒ scope')]);
  });

  it('reads 海洋数据交易平台 and 海洋大数据交易服务平台 as one, on the evidence that both report 交易额, and one 交易额 indicator', () => {
    const [one, ...more] = named(graph, 'Platform', '海洋数据交易平台');
    expect(more).toEqual([]);
    expect(one.name).toBe('海洋大数据交易服务平台');
    expect(one.properties.merges).toEqual(['海洋数据交易平台 ⇒ subsequence+measure: both report 交易额']);
    const indicators = graph.nodes.filter((n) => n.label === 'Indicator' && n.name.includes('交易服务平台交易额'));
    expect(indicators).toHaveLength(1);
    expect(documentsOf(indicators[0])).toEqual([SEED.report2024, SEED.feature2024].sort());
  });

  it('keeps two platforms apart when the lexicon says the merge was wrong', () => {
    const base = loadLexicon();
    const lexicon = { ...base, platforms: { ...base.platforms, keepApart: [['海洋数据交易平台', '海洋大数据交易服务平台']] } };
    const g = buildGraph(seeds, { lexicon });
    expect(named(g, 'Platform', '海洋数据交易平台').map((n) => n.name)).toEqual(['海洋数据交易平台']);
    expect(named(g, 'Platform', '海洋大数据交易服务平台').map((n) => n.name)).toEqual(['海洋大数据交易服务平台']);
    expect(named(g, 'Platform', '全市算力一张网')).toHaveLength(1);
  });
});
