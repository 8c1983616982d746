import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A statistical bulletin reports the year its title names, with or without a date line under it: quoted from the
// National Bureau of Statistics' bulletin on 2023 (session 19's fresh-text set), as republished without its
// signature. Before, a bulletin with no date after its year was read as a plan, every figure a target.

const bulletin = [
  '中华人民共和国2023年国民经济和社会发展统计公报',
  '',
  '一、综合',
  '初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。其中，第一产业增加值89755亿元，比上年增长4.1%；第二产业增加值482589亿元，增长4.7%；第三产业增加值688238亿元，增长5.8%。',
  '年末全国人口140967万人，比上年末减少208万人。全国城镇化率为66.16%，比上年末提高0.94个百分点。',
  '',
].join('\n');

describe('a title naming a statistical bulletin', () => {
  const g = buildGraph([passage('cn-stats-bulletin-2023', bulletin)]);

  it('makes its figures the year’s results', () => {
    expect(judgedAt(g, 126058200000000)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(judgedAt(g, 5.8)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(judgedAt(g, 66.16)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });
});
