import { formatQuality, namesMatch, parseGold, scoreGraph } from '../../../src/ingest/score';
import type { GoldDocument } from '../../../src/ingest/score';
import { GraphBuilder, seedText } from '../link/fixture';

// The scorer on a graph built to agree with a small gold document, then spoiled one fact at a
// time: each category must notice exactly its own kind of mistake.

const D23 = '001_2347e63f3516f4ec';
const D24 = '000_526428257d139060';

const gold: GoldDocument[] = [
  parseGold({
    document: D24,
    entities: [
      { label: 'Platform', name: '城市云脑', text: '城市云脑整合共享' },
      { label: 'Indicator', name: '5G基站数', aliases: ['5G基站', '累计5G基站数'], text: '5G基站' },
    ],
    values: [{ indicator: '5G基站数', kind: 'ACTUAL', value: 42700, unit: '个', year: 2024, text: '累计开通5G基站4.27万个' }],
    clauses: [{ label: 'Result', text: '累计开通5G基站4.27万个' }],
    links: [
      {
        type: 'LED_TO',
        basis: 'indicator',
        from: { document: D23, text: '累计5G基站数达3.35万个' },
        to: { document: D24, text: '累计开通5G基站4.27万个' },
      },
    ],
  }),
];

function agreeing(value = 42700, indicatorName = '累计5G基站') {
  const b = new GraphBuilder().document(D23, seedText(D23), '2023').document(D24, seedText(D24), '2024');
  const result = b.clause('Result', D24, '累计开通5G基站4.27万个', { year: 2024 });
  const task = b.clause('Task', D23, '累计5G基站数达3.35万个', { year: 2023 });
  const indicator = b.entity('Indicator', indicatorName);
  indicator.sources = [...result.sources];
  const platform = b.entity('Platform', '“城市云脑”');
  platform.sources = [b.clause('Result', D24, '城市云脑整合共享39万项政务数字资源').sources[0]!];
  const measured = b.edge('MEASURED', result, indicator, { value, unit: '个', year: 2024 });
  measured.sources = [...result.sources];
  const led = b.edge('LED_TO', task, result, { basis: 'indicator', score: 0.9 });
  led.sources = [...task.sources, ...result.sources];
  return b.graph;
}

describe('scoreGraph', () => {
  it('gives full marks to a graph that agrees with the gold', () => {
    const r = scoreGraph(agreeing(), gold);
    expect(
      [r.entities.recall, r.entities.precision, r.values.recall, r.values.precision, r.clauses.recall, r.lineage.recall].map(
        (m) => m.ratio,
      ),
    ).toEqual([1, 1, 1, 1, 1, 1]);
    expect(r.lineage.sameBasis).toBe(1);
    expect(r.spans).toMatchObject({ valid: r.spans.total, ratio: 1 });
    expect(formatQuality(r)).toContain('values     recall 100.0% (1/1)  precision 100.0% (1/1)');
  });

  it('counts a misread number against both value recall and precision', () => {
    const r = scoreGraph(agreeing(4.27), gold);
    expect(r.values.recall.ratio).toBe(0);
    expect(r.values.precision.ratio).toBe(0);
    expect(r.values.precision.misses[0]).toContain('4.27');
    expect(r.entities.recall.ratio).toBe(1);
  });

  it('misses an indicator whose name is another quantity', () => {
    const r = scoreGraph(agreeing(42700, '5G基站覆盖率'), gold);
    expect(r.entities.recall.misses).toEqual(['000 Indicator 5G基站数']);
    expect(r.values.recall.ratio).toBe(0);
  });

  it('misses a lineage link that is not there', () => {
    const graph = agreeing();
    graph.relationships = graph.relationships.filter((x) => x.type !== 'LED_TO');
    expect(scoreGraph(graph, gold).lineage.recall.misses).toEqual([
      'LED_TO «累计5G基站数达3.35万个» → «累计开通5G基站4.27万个» (indicator)',
    ]);
  });

  it('flags a span whose text is not the slice', () => {
    const graph = agreeing();
    graph.nodes[0]!.sources[0] = { ...graph.nodes[0]!.sources[0]!, start: graph.nodes[0]!.sources[0]!.start + 1 };
    const r = scoreGraph(graph, gold);
    expect(r.spans.invalid).toHaveLength(1);
    expect(r.spans.invalid[0]!.reason).toBe('text differs from the slice');
  });
});

describe('namesMatch', () => {
  it('tolerates quotes, 《》, 累计 and a trailing 数, and a city prefix', () => {
    expect(namesMatch(['5G基站数'], ['累计5G基站'])).toBe(true);
    expect(namesMatch(['《数字青岛2023年行动方案》'], ['数字青岛2023年行动方案'])).toBe(true);
    expect(namesMatch(['市大数据局'], ['青岛市大数据局'])).toBe(true);
    expect(namesMatch(['“数字青岛2.0”工程'], ['数字青岛2.0'])).toBe(true);
  });

  it('does not take a version or a part for the whole', () => {
    expect(namesMatch(['城市云脑'], ['城市云脑2.0'])).toBe(false);
    expect(namesMatch(['数据中心标准机架数'], ['标准'])).toBe(false);
  });
});
