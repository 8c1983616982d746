import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Genres the corpus has few of, in their published layout: an undated “十四五” plan's 发展基础, a budget
// report's draft for the year ahead under a heading with no outline mark, a 十三五 review of a level's change,
// a press conference on a plan's mid-term, and a plan execution report. The passages are invented for this
// test (figures included) in the wording these documents use; each asserts what a reader of such a text would.

// An undated district plan whose base looks back on “十三五”: as of the year before it opens (2020), not 2021.
const COMMERCE_PLAN = [
  '某区“十四五”商务发展规划',
  '一、发展基础',
  '“十三五”时期，全区商务发展取得显著成效。',
  '全区商贸流通体系不断完善，累计培育限额以上商贸企业860家，建成商业综合体23个，社会消费品零售总额达到560亿元。',
  '二、发展目标',
  '到2025年，社会消费品零售总额达到750亿元，年均增长6%左右。',
].join('\n');

// A budget report whose two parts are headed by lines with no outline mark.
const BUDGET_REPORT = [
  '关于某市2023年预算执行情况和2024年预算草案的报告',
  '——2024年1月15日在某市第十六届人民代表大会第二次会议上',
  '各位代表：',
  '受市人民政府委托，现将我市2023年预算执行情况和2024年预算草案提请市十六届人大二次会议审议，并请市政协各位委员提出意见。',
  '2023年预算执行情况',
  '2023年，全市一般公共预算收入完成1825.6亿元，为预算的101.2%，增长8.3%。',
  '2024年预算草案',
  '2024年全市一般公共预算收入预计1910亿元，增长4.6%。一般公共预算支出安排2280亿元。',
].join('\n');

const ECO_PLAN = [
  '某市“十四五”生态环境保护规划',
  '第一章 发展基础',
  '“十三五”期间，全市累计完成大气污染防治项目1500余项，PM2.5年均浓度由2015年的58微克/立方米下降到2020年的35微克/立方米。',
  '第二章 主要目标',
  '到2025年，PM2.5年均浓度控制在30微克/立方米以下。',
].join('\n');

const MIDTERM = [
  '某省“十四五”规划纲要实施中期评估新闻发布会',
  '（2023年11月）',
  '省发展改革委主任介绍：截至2022年底，全省常住人口城镇化率达到70.5%，较2020年提高1.8个百分点。',
].join('\n');

const EXECUTION_REPORT = [
  '关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告',
  '——2024年1月16日在某市第十六届人民代表大会第二次会议上',
  '一、2023年国民经济和社会发展计划执行情况',
  '2023年，全市地区生产总值增长5.2%，完成年度计划目标；城镇新增就业31.2万人，完成计划的120%。',
].join('\n');

// A dated “十四五” plan whose base names the end of the period before.
const HEALTH_PLAN = [
  '某市“十四五”卫生健康事业发展规划',
  '第一章 发展基础',
  '“十三五”期末，全市每千人口执业（助理）医师数达到3.2人，人均预期寿命达到79.6岁。',
  '第二章 主要目标',
  '到2025年，每千人口执业（助理）医师数达到3.8人。',
  '某市人民政府办公室',
  '2021年12月30日',
].join('\n');

// A report on a three-year plan, dated in the plan's second year.
const PLAN_PROGRESS = [
  '关于《某市新型智慧城市建设三年行动计划（2021—2023年）》实施情况的报告',
  '2022年12月20日',
  '行动计划实施以来，全市累计建成5G基站1.8万个。2022年，全市数字经济核心产业增加值达到680亿元，同比增长12.5%。',
].join('\n');

// A press conference's answer naming the year's goal.
const PRESS_ANSWER = [
  '某市2024年1—10月经济运行情况新闻发布会',
  '发布时间：2024年11月20日',
  '市统计局副局长：今年1—10月，全市规模以上工业增加值同比增长7.1%。',
  '记者：全年经济增长目标能否实现？',
  '答：我们有信心完成全年地区生产总值增长6%左右的预期目标。',
].join('\n');

// News of a work report: the year opening a sentence (报告显示，2023年，…) holds for its ；-items.
const REPORT_NEWS = [
  '某市2024年政府工作报告解读：今年GDP预期增长5.5%左右',
  '2024-01-20 来源：某市人民政府网',
  '1月19日，某市第十七届人民代表大会第三次会议开幕，市长作政府工作报告。报告显示，2023年，全市地区生产总值突破1.2万亿元，增长6.2%；一般公共预算收入完成1015亿元，增长9.1%。',
].join('\n');

// A year's summary: a paragraph opening on the first three quarters, then what the whole year did.
const YEAR_SUMMARY = [
  '某区2024年工作总结和2025年工作计划',
  '一、2024年主要工作成效',
  '前三季度，全区实现地区生产总值892.6亿元，同比增长5.8%。全年新增经营主体1.2万户。',
].join('\n');

// Undated measures that take effect on a date and run for three years.
const MEASURES_IN_FORCE = [
  '某市促进低空经济高质量发展若干措施',
  '为加快培育低空经济新质生产力，制定以下措施。',
  '一、发展目标。到2026年，全市低空经济规模达到500亿元。',
  '二、支持场景开放。每年开放低空应用场景20个以上。',
  '本措施自2024年7月1日起施行，有效期3年。',
].join('\n');

// A town's half-year summary: 今年以来 there is the half so far.
const HALF_SUMMARY = [
  '某镇2023年上半年工作总结及下半年工作安排',
  '一、上半年工作开展情况',
  '今年以来，全镇完成规上工业产值58.6亿元，同比增长9.2%。',
  '二、下半年工作安排',
  '下半年，力争全年完成规上工业产值120亿元。',
].join('\n');

describe('periods of genres read on fresh text', () => {
  it('reads 今年以来 in a half-year summary as the half', () => {
    const g = buildGraph([doc('half-summary', HALF_SUMMARY)]);
    expect(at(g, 5_860_000_000)).toEqual([{ kind: 'ACTUAL', period: '2023H1' }]);
    expect(at(g, 12_000_000_000)).toEqual([{ kind: 'TARGET', period: '2023' }]);
  });

  it('reads the ；-items of a sentence opening on a past year as that year’s results', () => {
    const g = buildGraph([doc('report-news', REPORT_NEWS)]);
    expect(at(g, 6.2)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(at(g, 101_500_000_000)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(at(g, 9.1)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });

  it('dates what the whole year did (全年) by the year, not by the quarters its paragraph opens on', () => {
    const g = buildGraph([doc('year-summary', YEAR_SUMMARY)]);
    expect(at(g, 5.8)).toEqual([{ kind: 'ACTUAL', period: '2024-09' }]);
    expect(at(g, 12_000)).toEqual([{ kind: 'ACTUAL', period: '2024' }]);
  });

  it('counts an undated measure’s years from when it takes effect (自2024年7月1日起施行，有效期3年)', () => {
    const g = buildGraph([doc('measures-in-force', MEASURES_IN_FORCE)]);
    expect(at(g, 20)).toEqual([{ kind: 'TARGET', period: '2024-2026' }]);
    expect(at(g, 50_000_000_000)).toEqual([{ kind: 'TARGET', period: '2026' }]);
  });

  it('dates a result at the end of a five-year period already over (“十三五”期末)', () => {
    const g = buildGraph([doc('health-plan', HEALTH_PLAN)]);
    expect(at(g, 3.2)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(at(g, 79.6)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(at(g, 3.8)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });

  it('reads a report on a plan for 2021—2023, dated 2022, as speaking in 2022', () => {
    const g = buildGraph([doc('plan-progress', PLAN_PROGRESS)]);
    expect(at(g, 18_000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 68_000_000_000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('reads a figure its clause names as the goal (…增长6%左右的预期目标) as a target', () => {
    const g = buildGraph([doc('press-answer', PRESS_ANSWER)]);
    expect(at(g, 6)).toEqual([{ kind: 'TARGET', period: '2024' }]);
    expect(at(g, 7.1)).toEqual([{ kind: 'ACTUAL', period: '2024-10' }]);
  });

  it('dates an undated plan’s base (发展基础) that looks back on “十三五” the year before it opens', () => {
    const g = buildGraph([doc('commerce-plan', COMMERCE_PLAN)]);
    expect(at(g, 56_000_000_000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(at(g, 75_000_000_000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });

  it('reads a budget report’s draft (2024年预算草案) as the year ahead’s commitments', () => {
    const g = buildGraph([doc('budget-report', BUDGET_REPORT)]);
    expect(at(g, 182_560_000_000)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(at(g, 191_000_000_000)).toEqual([{ kind: 'TARGET', period: '2024' }]);
    expect(at(g, 4.6)).toEqual([{ kind: 'TARGET', period: '2024' }]);
    expect(at(g, 228_000_000_000)).toEqual([{ kind: 'TARGET', period: '2024' }]);
  });

  it('dates the level a change starts from by its own year, and a year’s mean level (年均浓度) at the horizon', () => {
    const g = buildGraph([doc('eco-plan', ECO_PLAN)]);
    expect(at(g, 58)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
    expect(at(g, 35)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(at(g, 30)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });

  it('spans a change against a base year (较2020年) up to the date it is stated as of (截至2022年底)', () => {
    const g = buildGraph([doc('midterm', MIDTERM)]);
    expect(at(g, 70.5)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 1.8)).toEqual([{ kind: 'ACTUAL', period: '2021-2022' }]);
  });

  it('reads a share of the plan done (完成计划的120%) as a result', () => {
    const g = buildGraph([doc('execution-report', EXECUTION_REPORT)]);
    expect(at(g, 120)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });
});
