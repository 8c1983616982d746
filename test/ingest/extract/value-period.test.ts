import { buildGraph } from '../../../src/ingest';
import { judgedAt as at, passage as doc } from './judged-values';

// When a value holds or is due, on passages of real documents (State Council work reports of 2018
// and 2021, Shandong's 2020–2022 retrofit plan): a run of results opened by 刚刚过去的2017年, a
// report's 建议 for this year, the goals of the five-year period ahead, a yearly amount after a
// horizon, and five years counted back from when a report speaks.

const REPORT_2018 = [
  '政府工作报告',
  '——2018年3月5日在第十三届全国人民代表大会第一次会议上',
  '各位代表：',
  '现在，我代表国务院，向大会报告过去五年政府工作，对今年工作提出建议，请予审议，并请全国政协委员提出意见。',
  '一、过去五年工作回顾',
  '五年来，经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。',
  '刚刚过去的2017年，经济社会发展主要目标任务全面完成并好于预期。国内生产总值增长6.9%，居民收入增长7.3%。',
  '三、对2018年政府工作的建议',
  '（一）深入推进供给侧结构性改革。',
  '化解过剩产能、淘汰落后产能。今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右。',
].join('\n');

const REPORT_2021 = [
  '政府工作报告',
  '——2021年3月5日在第十三届全国人民代表大会第四次会议上',
  '二、“十三五”时期发展成就和“十四五”时期主要目标任务',
  '过去五年，我国经济社会发展取得新的历史性成就。城镇新增就业超过6000万人。',
  '“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。我国发展仍然处于重要战略机遇期。',
  '——全面推进乡村振兴，完善新型城镇化战略。深入推进以人为核心的新型城镇化战略，加快农业转移人口市民化，常住人口城镇化率提高到65%，发展壮大城市群和都市圈。',
].join('\n');

const PLAN = [
  '山东省传统产业智能化技术改造三年行动计划（2020—2022年）',
  '一、总体要求',
  '力争到2022年底，每年完成万项技改、推动万企转型、完成4000亿元投资，全省工业企业智能化水平跃上新台阶；规模以上工业企业智能化技术改造覆盖面达到70%。',
].join('\n');

describe('periods of a work report', () => {
  const g2018 = buildGraph([doc('gwr-2018', REPORT_2018)]);
  const g2021 = buildGraph([doc('gwr-2021', REPORT_2021)]);

  it('reads 刚刚过去的2017年 as a run of that year’s results, after the five-year review', () => {
    expect(at(g2018, 7.1)).toEqual([{ kind: 'ACTUAL', period: '2013-2017' }]);
    expect(at(g2018, 6.9)).toEqual([{ kind: 'ACTUAL', period: '2017' }]);
    expect(at(g2018, 7.3)).toEqual([{ kind: 'ACTUAL', period: '2017' }]);
  });

  it('reads the 建议 for this year as this year’s targets', () => {
    // 再压减钢铁产能3000万吨: a cut over its object, so a decline.
    expect(at(g2018, -30000000)).toEqual([{ kind: 'TARGET', period: '2018' }]);
  });

  it('reads the goals after “十四五”时期 as targets over those years, and the look back before them as results', () => {
    expect(at(g2021, 60000000)).toEqual([{ kind: 'ACTUAL', period: '2016-2020' }]);
    expect(at(g2021, 65)).toEqual([{ kind: 'TARGET', period: '2021-2025' }]);
  });
});

describe('periods of a plan and a dated report', () => {
  it('reads 每年 after the plan’s horizon as a yearly amount over the plan’s years', () => {
    const g = buildGraph([doc('retrofit', PLAN)]);
    expect(at(g, 400000000000)).toEqual([{ kind: 'TARGET', period: '2020-2022' }]);
    expect(at(g, 70)).toEqual([{ kind: 'TARGET', period: '2022' }]);
  });

  it('counts five years back from when a report speaks, not from the year it is about', () => {
    const text = [
      '数字中国发展报告（2022年）',
      '数字经济规模持续扩大。数据中心算力近5年年均增速超过30%。全国网民规模从2021年的10.32亿人增长到10.67亿人。',
    ].join('\n');
    const g = buildGraph([doc('report-2022', text, '2023-07-15')]);
    expect(at(g, 30)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
    expect(at(g, 1032000000)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
  });
});

describe('as-of dates of a printed report (数字中国发展报告（2022年）, its lines broken as printed)', () => {
  const text = [
    '数字中国发展报告（2022年）',
    '算力基础设施规模加速提升。截至2022年底，我国数据',
    '中心机架总规模已超过650万标准机架，近5年年均增速超过',
    '30%。钢铁行业加快推进超低排放改造工作，截',
    '至2022年10月底，全国已有34家企业1.82亿吨粗钢产能完',
    '成全流程超低排放改造。',
  ].join('\n');
  const g = buildGraph([doc('report-2022', text, '2023-05-23')]);

  it('reads 截至…10月底 broken over two lines as of that month', () => {
    expect(at(g, 34)).toEqual([{ kind: 'ACTUAL', period: '2022-10' }]);
    expect(at(g, 182000000)).toEqual([{ kind: 'ACTUAL', period: '2022-10' }]);
  });

  it('reads 近5年年均 in the value’s own clause over five years, after an as-of date set for the clause before', () => {
    expect(at(g, 6500000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 30)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
  });
});

describe('a five-year review that writes its years (Hailar’s 2016 report)', () => {
  const text = [
    '2016年海拉尔区政府工作报告',
    '各位代表：现在，我代表区人民政府，向大会报告政府工作，请予审议。',
    '一、“十二五”时期和2015年工作回顾',
    '——综合实力显著增强。五年来，我们以培育新的经济增长点、孕育新的发展动力，做大经济总量为重点，不断优化经济结构。地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%；公共财政预算收入由2010年的5.24亿元增加到2015年的15.07亿元，年均增长23.53%；公共预算支出由11.66亿元增加到29.33亿元，年均增长20.26%。',
  ].join('\n');
  const g = buildGraph([doc('hailar-2016', text)]);

  it('reads 到2015年的… as that year’s level, not the five years (2015年 is no count of years)', () => {
    expect(at(g, 16240000000)).toEqual([{ kind: 'ACTUAL', period: '2010' }]);
    expect(at(g, 28790000000)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });

  it('reads 年均增长 after 由2010年…增加到2015年 as the average over 2011–2015, not 2015', () => {
    expect(at(g, 12.1)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
    expect(at(g, 23.53)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });
});
