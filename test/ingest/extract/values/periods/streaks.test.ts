import { buildGraph } from '../../../../../src/ingest';
import { judgedAt, passage } from '../../judged-values';

// A streak (连续4年居全国城市首位) says how long its own clause has held; the figures of the clauses after it are
// the reviewed year's. Quoted from Shenzhen's 2023 government work report (session 19's fresh-text set). Before,
// the streak dated every later figure of the sentence as a change over 2019–2022.

const report = [
  '2023年深圳市政府工作报告',
  '',
  '一、2022年工作回顾',
  '过去一年，我们坚持稳中求进工作总基调，全力以赴拼经济、稳增长。全市地区生产总值增长3.3%、达到3.24万亿元，规模以上工业增加值增长4.8%，规模以上工业总产值达到4.55万亿元、连续4年居全国城市首位，地方一般公共预算收入4012.3亿元，外贸进出口总额3.67万亿元、增长3.7%，其中出口2.19万亿元、增长13.9%。',
  '',
].join('\n');

describe('a streak inside a sentence of results', () => {
  const g = buildGraph([passage('shenzhen-gwr-2023', report, '2023-02-15')]);

  it('leaves the figures after it to the reviewed year', () => {
    expect(judgedAt(g, 3.7)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(judgedAt(g, 13.9)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(judgedAt(g, 401230000000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });
});
