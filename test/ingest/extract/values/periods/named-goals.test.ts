import { buildGraph } from '../../../../../src/ingest';
import { CORPUS_DIR } from '../../../corpus/corpus-fixture';
import { judgedAt as at, passage as doc, fixtureReport } from '../../judged-values';

// A five-year period's goal quoted where a result is reported is the period's target, due at its end, not a result:
// recalled from a provincial work report of January 2021 and the State Council's 2019 environment report to the NPC
// Standing Committee (wording approximate).

const REVIEW = [
  '政府工作报告',
  '——2021年1月23日在湖北省第十三届人民代表大会第五次会议上',
  '一、2020年和“十三五”时期工作回顾',
  '“十三五”时期，全省经济综合实力迈上新台阶。森林覆盖率达到39.6%，提前完成“十三五”规划确定的39.5%的目标。五年累计完成旧屋区改造86万平方米，提前完成“十二五”规划确定的3万户棚户区改造目标。',
].join('\n');

const ENVIRONMENT = [
  '国务院关于2019年度环境状况和环境保护目标完成情况的报告',
  '——2020年4月26日在第十三届全国人民代表大会常务委员会第十七次会议上',
  '二、2019年度环境保护目标完成情况',
  '单位国内生产总值二氧化碳排放比2018年下降4.1%，比2015年累计下降18.2%，提前完成“十三五”下降18%的目标。',
].join('\n');

describe('a five-year period’s goal quoted with a result', () => {
  const review = buildGraph([doc('hubei-gwr-2021', REVIEW)]);
  const environment = buildGraph([doc('environment-report-2019', ENVIRONMENT)]);

  it('is a target due at the end of the period named', () => {
    expect(at(review, 39.5)).toEqual([{ kind: 'TARGET', period: '2020' }]);
    expect(at(review, 30_000)).toEqual([{ kind: 'TARGET', period: '2015' }]);
    expect(at(environment, -18)).toEqual([{ kind: 'TARGET', period: '2020' }]);
  });

  it('quotes no goal where the clause writes no figure (“十二五”规划确定的主要目标任务全面完成, corpus 003)', () => {
    const { graph } = fixtureReport(CORPUS_DIR, '003_cn-state-council-gwr-2016.txt');
    const unit = graph.nodes.filter((n) => (n.label === 'Task' || n.label === 'Result') && n.name.includes('主要目标任务全面完成'));
    expect(unit.map((n) => n.label)).toEqual(['Result']);
  });

  it('leaves the results beside it results', () => {
    expect(at(review, 39.6)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(at(environment, -4.1)).toEqual([{ kind: 'ACTUAL', period: '2019' }]);
  });
});
