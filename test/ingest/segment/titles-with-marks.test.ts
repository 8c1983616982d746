import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// Titles that read like prose or like a field, quoted from official releases (session 19's fresh-text set): the
// National Bureau of Statistics' release of 15 July 2024, titled by the half it reports with a 、 in it, and a
// Xinhua report of the 2024 government work report, a headline with its subtitle after a colon. Before, the first
// was read as body text (its figures as of the release's month, 2024-07) and the second as a field (来源：…) and
// dropped, so the report's targets were read as results.

const release = [
  '上半年国民经济运行总体平稳、稳中有进',
  '国家统计局',
  '2024年7月15日',
  '',
  '初步核算，上半年国内生产总值616836亿元，按不变价格计算，同比增长5.0%。分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%。分产业看，第一产业增加值30660亿元，同比增长3.5%；第二产业增加值236530亿元，增长5.8%；第三产业增加值349646亿元，增长4.6%。',
  '',
].join('\n');

const report = [
  '2024年政府工作報告：今年經濟增長預期目標5%左右',
  '',
  '新華社北京3月5日電 國務院總理李強5日在十四屆全國人大二次會議上作政府工作報告時表示，今年發展主要預期目標是：國內生產總值增長5%左右；城鎮新增就業1200萬人以上，城鎮調查失業率5.5%左右；居民消費價格漲幅3%左右。',
  '',
].join('\n');

describe('a first line whose only mark is 、', () => {
  const g = buildGraph([passage('nbs-2024h1', release)]);

  it('is the title, and the half it names dates the figures under it', () => {
    expect(g.nodes.find((n) => n.label === 'Document')?.name).toBe('上半年国民经济运行总体平稳、稳中有进');
    expect(judgedAt(g, 3066000000000)).toEqual([{ kind: 'ACTUAL', period: '2024H1' }]);
    expect(judgedAt(g, 349646e8)).toEqual([{ kind: 'ACTUAL', period: '2024H1' }]);
  });

  it('leaves a quarter written in the text its own', () => {
    expect(judgedAt(g, 5.3)).toEqual([{ kind: 'ACTUAL', period: '2024Q1' }]);
  });
});

describe('a headline with a subtitle after a colon', () => {
  const g = buildGraph([passage('xinhua-gwr-2024', report)]);

  it('is the title, not a field', () => {
    expect(g.nodes.find((n) => n.label === 'Document')?.name).toBe('2024年政府工作報告：今年經濟增長預期目標5%左右');
  });

  it('lets the report’s goals be read as the year’s targets', () => {
    expect(judgedAt(g, 12000000)).toEqual([{ kind: 'TARGET', period: '2024' }]);
    expect(judgedAt(g, 5.5)).toEqual([{ kind: 'TARGET', period: '2024' }]);
  });
});
