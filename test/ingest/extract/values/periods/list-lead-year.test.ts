import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A year standing before a lead that opens a list dates every item of the list, not only the first. The tune texts
// write such leads with words that name goals (063: 2025 年的主要目标是：), read by segment's roles; none writes a
// bare year before a lead of other words or a look back closed by a colon, so the passages are written as a
// province's multi-year plan and a district's report write them: the plan's later items would otherwise take the
// plan's years, and the report's the report's own date.

const PLAN = [
  '某省数字经济三年行动方案（2022—2025年）',
  '二、主要目标',
  '2023年，数字经济发展取得新进展：',
  '——数字产业化提速，核心产业营业收入达到1万亿元。',
  '——产业数字化深化，上云企业达到5万家。',
  '到2025年，数字经济核心产业增加值占GDP比重达到10%。',
  '三、重点任务',
  '（一）培育数字企业。培育数字经济领军企业20家。',
].join('\n');

describe('a year before a lead opening a list of goals', () => {
  const g = buildGraph([doc('plan', PLAN, '2022-05-01')]);

  it('dates the goals of every ——item by it', () => {
    expect(at(g, 1000000000000)).toEqual([{ kind: 'TARGET', period: '2023' }]);
    expect(at(g, 50000)).toEqual([{ kind: 'TARGET', period: '2023' }]);
  });

  it('leaves a later horizon and the items under the next heading to their own dates', () => {
    expect(at(g, 10)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(at(g, 20)).not.toEqual([{ kind: 'TARGET', period: '2023' }]);
  });
});

const NUMBERED = [
  '某市人工智能产业发展行动计划（2024—2026年）',
  '二、发展目标',
  '2025年，实现以下目标：',
  '（一）产业规模持续壮大。人工智能核心产业规模突破300亿元。',
  '（二）创新能力显著增强。建设5个省级以上创新平台。',
  '到2026年，人工智能核心产业规模突破500亿元。',
].join('\n');

describe('a year before a lead opening numbered items', () => {
  it('dates the second item as the first, not by the plan’s three years', () => {
    const g = buildGraph([doc('numbered', NUMBERED, '2024-01-10')]);
    expect(at(g, 30000000000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(at(g, 5)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });
});

const REPORT = [
  '某区2023年政府工作报告',
  '各位代表：',
  '2022年，面对复杂严峻的形势，我们主要做了以下工作：',
  '（一）经济稳中有进。地区生产总值增长4%。',
  '（二）民生持续改善。城镇新增就业1.2万人。',
  '二、2023年工作安排',
  '地区生产总值增长6%。',
].join('\n');

describe('a past year before a lead opening a report’s items', () => {
  it('dates the results of every item by that year, not the report’s date', () => {
    const g = buildGraph([doc('report', REPORT, '2023-02-15')]);
    expect(at(g, 4)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 12000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 6)).toEqual([{ kind: 'TARGET', period: '2023' }]);
  });
});
