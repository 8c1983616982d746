import { buildGraph } from '../../../src/ingest';
import { judgedAt as at, passage as doc } from './judged-values';

// A paragraph opening on a past year dates the later sentences (；-items) of the paragraph that write no date of
// their own. Quoted from the Hailar district's 2017 report (017), without the 2016年工作回顾 heading that dates
// the passage there, so the paragraph's own year is what dates it; the paragraph after it names no year.

const TEXT = [
  '海拉尔区政府工作报告',
  '2016年,地区生产总值完成303.6亿元,同比增长7.2%;一般公共财政预算收入完成17亿元,按可比口径增长13%;区本级固定资产投资完成100.6亿元,同比增长16.6%。各项主要经济指标总量和增速均位居全市前列。',
  '全区常住人口城镇化率达到82%。',
].join('\n');
const g = buildGraph([doc('017-passage', TEXT, '2017-02-11')]);

describe('a paragraph opening on a past year', () => {
  it('dates the later sentences of the paragraph by it', () => {
    expect(at(g, 1700000000)).toEqual([{ kind: 'ACTUAL', period: '2016' }]);
    expect(at(g, 16.6)).toEqual([{ kind: 'ACTUAL', period: '2016' }]);
  });

  it('leaves the next paragraph to its own date', () => {
    expect(at(g, 82)).toEqual([{ kind: 'ACTUAL', period: '2017-02' }]);
  });
});
