import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A statistics office's release is dated on a line of its own under the title, in figures and with the hour
// (2024-10-18 10:00), and its title names the part of the year without the year (前三季度国民经济运行…). Read from
// the text alone (no date delivered with the file), its figures are that part of the year of release. Quoted
// from the NBS release of 18 October 2024.

const RELEASE =
  '前三季度国民经济运行总体平稳、稳中有进\n国家统计局\n2024-10-18 10:00\n\n' +
  '初步核算，前三季度国内生产总值949746亿元，按不变价格计算，同比增长4.8%。分产业看，第一产业增加值57733亿元，' +
  '同比增长3.4%；第二产业增加值361362亿元，增长5.4%。分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%。\n';

describe('a release dated under its title', () => {
  const graph = buildGraph([doc('release', RELEASE)]);

  it('reads the date line 2024-10-18 10:00 as the day of release', () => {
    expect(graph.documents[0].date).toBe('2024-10-18');
  });

  it('dates each figure by the part of the year its title or clause names', () => {
    expect(at(graph, 94974600000000)).toEqual([{ kind: 'ACTUAL', period: '2024-09' }]);
    expect(at(graph, 5773300000000)).toEqual([{ kind: 'ACTUAL', period: '2024-09' }]);
    expect(at(graph, 5.3)).toEqual([{ kind: 'ACTUAL', period: '2024Q1' }]);
  });

  it('reads a part not yet ended at release in the year before (a January release on 四季度; invented wording)', () => {
    const text = '四季度全市经济运行情况\n市统计局\n2025-01-20 09:30\n\n全市地区生产总值2386亿元，同比增长5.6%。\n';
    expect(at(buildGraph([doc('quarter', text)]), 238600000000)).toEqual([{ kind: 'ACTUAL', period: '2024Q4' }]);
  });
});
