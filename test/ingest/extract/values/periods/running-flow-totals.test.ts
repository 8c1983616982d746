import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A running total of a flow over a span (money spent or earned, visits: 累计达到3.3万亿元, 累计…达到2400亿元) is what the
// span added up to, while a running total of a stock (累计建成5G基站) stays the level at its end. Recalled from a
// provincial work report of January 2021 and the State Council's 2019 environment report (wording approximate).

const REVIEW = [
  '政府工作报告',
  '——2021年1月23日在湖北省第十三届人民代表大会第五次会议上',
  '一、2020年和“十三五”时期工作回顾',
  '“十三五”时期，全省经济综合实力迈上新台阶。五年累计接待游客38.5亿人次，旅游总收入累计达到3.3万亿元，5G基站累计达到3.1万个。',
].join('\n');

const ENVIRONMENT = [
  '国务院关于2019年度环境状况和环境保护目标完成情况的报告',
  '——2020年4月26日在第十三届全国人民代表大会常务委员会第十七次会议上',
  '二、2019年度环境保护目标完成情况',
  '“十三五”以来，中央财政累计安排大气、水、土壤污染防治资金达到2400亿元。',
].join('\n');

describe('a running total over a span', () => {
  it('of a flow is the span’s sum', () => {
    const review = buildGraph([doc('hubei-gwr-2021', REVIEW)]);
    expect(at(review, 3.3e12)).toEqual([{ kind: 'ACTUAL', period: '2016-2020' }]);
    expect(at(review, 3.85e9)).toEqual([{ kind: 'ACTUAL', period: '2016-2020' }]);
    expect(at(buildGraph([doc('environment-report-2019', ENVIRONMENT)]), 2.4e11)).toEqual([{ kind: 'ACTUAL', period: '2016-2019' }]);
  });

  it('of a stock is the level at its end', () => {
    expect(at(buildGraph([doc('hubei-gwr-2021', REVIEW)]), 31_000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
  });
});
