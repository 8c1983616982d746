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

// A report to the NPC Standing Committee delivered in August states its problems as they stand that year, under a heading
// 存在的主要问题; a level short of a mark (不到四成的县区, 全程网办率不足60%) is read unless its clause sizes only a part
// (部分地区). Composed in the shape of such a report (title, dateline and headings as they are written; figures invented).
describe('the figures of a 存在的主要问题 section in a report delivered after the first quarter', () => {
  const NPC = [
    '国务院关于政务服务和数字政府建设工作情况的报告',
    '——2023年8月28日在第十四届全国人民代表大会常务委员会第五次会议上',
    '一、政务服务和数字政府建设工作进展和成效',
    '截至2023年6月，国家政务服务平台个人注册用户达到8.6亿人。',
    '二、存在的主要问题',
    '一是数据共享仍不充分。部分领域数据标准不统一，目前不到四成的县区实现政务数据按需回流。二是政务服务区域发展不平衡。部分地区线上办事深度不够，全程网办率不足60%。三是部分市县新增5G基站不足500个。',
    '三、下一步工作安排',
    '到2025年，跨省通办事项增加到200项以上。',
  ].join('\n');
  const g = buildGraph([doc('npc-egov-2023', NPC)]);

  it('reads each shortfall of the whole as a result of the year the report speaks in, not its month', () => {
    expect(at(g, 40)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(at(g, 60)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });

  it('reads no value where the clause sizes only a part', () => {
    expect(at(g, 500)).toEqual([]);
  });

  it('leaves the sections around it as they were', () => {
    expect(at(g, 860_000_000)).toEqual([{ kind: 'ACTUAL', period: '2023-06' }]);
    expect(at(g, 200)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });
});
