import { buildGraph } from '../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../judged-values';

// A work report's 存在的问题 section states shortfalls with figures: the level reached (仅建成1800张) is a result as of
// the year before the report speaks, the goal it falls short of (距“十三五”目标3000张) a target due when that goal is.
// Recalled from a district government's work report of January 2017 (wording approximate).

const REPORT = [
  '政府工作报告',
  '——2017年1月10日在福州市鼓楼区第十七届人民代表大会第一次会议上',
  '一、过去五年工作回顾',
  '过去五年，全区新增城镇就业5.8万人。',
  '二、存在的问题',
  '发展中还存在一些困难和问题：重大项目储备不足，亿元以上在建项目仅有34个；公共服务供给与群众期待还有差距，全区养老床位仅建成1800张，距“十三五”目标3000张差距较大。',
  '三、2017年工作安排',
  '新增养老床位400张。',
].join('\n');

describe('the figures of a 存在的问题 section', () => {
  const g = buildGraph([doc('gulou-gwr-2017', REPORT)]);

  it('reads the shortfall as a result of the year before the report', () => {
    expect(at(g, 1800)).toEqual([{ kind: 'ACTUAL', period: '2016' }]);
    expect(at(g, 34)).toEqual([{ kind: 'ACTUAL', period: '2016' }]);
  });

  it('reads the goal it falls short of as a target of the period it names', () => {
    expect(at(g, 3000)).toEqual([{ kind: 'TARGET', period: '2020' }]);
  });

  it('leaves the sections around it as they were', () => {
    expect(at(g, 58_000)).toEqual([{ kind: 'ACTUAL', period: '2012-2016' }]);
    expect(at(g, 400)).toEqual([{ kind: 'TARGET', period: '2017' }]);
  });
});

// 同比 under a heading that commits compares a goal with the year before, unless a past year written before it dates the
// clause: recalled from Jiangsu's 2019 measures for 5G (wording approximate).
describe('a year-on-year change after a past year under a heading that commits', () => {
  const MEASURES = [
    '江苏省关于加快推进第五代移动通信网络建设发展的若干政策措施',
    '2019年6月',
    '一、总体目标',
    '到2020年底，全省累计建成5G基站5.2万座。2018年，全省信息通信业务收入达到1100亿元，同比增长8.2%。',
  ].join('\n');

  it('is that year’s result', () => {
    const g = buildGraph([doc('jiangsu-5g-2019', MEASURES)]);
    expect(at(g, 8.2)).toEqual([{ kind: 'ACTUAL', period: '2018' }]);
    expect(at(g, 52_000)).toEqual([{ kind: 'TARGET', period: '2020' }]);
  });
});
