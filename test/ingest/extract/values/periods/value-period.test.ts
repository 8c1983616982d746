import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

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
    // 再压减钢铁产能3000万吨左右: a decline written 压减, negative (indicator-declines.test.ts).
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

describe('what a commitment works through or builds on (State Council plans of 2019 and 2023)', () => {
  it('reads the stock named between 以 and 为抓手 as what exists when the plan is written', () => {
    const text = [
      '数字经济促进共同富裕实施方案',
      '一、总体要求',
      '（二）发展目标。到2025年，数字经济促进共同富裕的政策举措不断完善。',
      '二、推动区域数字协同发展',
      '（一）推进数字基础设施建设。深入实施“东数西算”工程，加快推动全国一体化算力网建设。以8个国家算力枢纽、10个国家数据中心集群为抓手，立体化实施“东数西算”工程，深化算网融合，强化网络支撑。',
    ].join('\n');
    const g = buildGraph([doc('common-prosperity', text, '2023-12-23')]);
    expect(at(g, 8)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(at(g, 10)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });

  it('reads the level 在…的基础上 as reached, and a commitment beside it as a target over the plan’s years', () => {
    const text = [
      '国家职业教育改革实施方案',
      '具体指标：到2022年，职业院校教学条件基本达标，一大批普通本科高等学校向应用型转变，建设50所高水平高等职业学校和150个骨干专业（群）。',
      '五、完善技术技能人才保障政策',
      '各地在继续巩固落实好高等职业教育生均财政拨款水平达到12000元的基础上，根据发展需要和财力可能逐步提高拨款水平。',
      '实施职业院校教师素质提高计划，建立100个“双师型”教师培养培训基地。',
    ].join('\n');
    const g = buildGraph([doc('vocational', text, '2019-01-24')]);
    expect(at(g, 12000)).toEqual([{ kind: 'ACTUAL', period: '2019' }]);
    expect(at(g, 100)).toEqual([{ kind: 'TARGET', period: '2019-2022' }]);
  });
});

describe('totals over uncounted years in a five-year review (State Council work report of 2023)', () => {
  const text = [
    '政府工作报告',
    '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
    '一、过去一年和五年工作回顾',
    '过去五年极不寻常、极不平凡。',
    '——人民生活水平不断提高。居民收入增长与经济增长基本同步，全国居民人均可支配收入年均增长5.1%。多年累计改造棚户区住房4200多万套，上亿人出棚进楼、实现安居。',
    '持续推进政府职能转变。多年来取消和下放行政许可事项1000多项，中央政府层面核准投资项目压减90%以上。',
    '改革给人们经商办企业更多便利和空间，去年底企业数量超过5200万户、个体工商户超过1.1亿户，市场主体总量超过1.6亿户、是十年前的3倍，发展内生动力明显增强。',
  ].join('\n');
  const g = buildGraph([doc('gwr-2023', text)]);

  it('reads 多年累计 and 多年来 as the level at the span’s end, not the five years’ sum', () => {
    expect(at(g, 42000000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 100000000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 1000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('reads a multiple of the level ten years back (是十年前的3倍) as the change over those ten years', () => {
    expect(at(g, 3)).toEqual([{ kind: 'ACTUAL', period: '2013-2022' }]);
  });

  it('keeps a later clause with its own act over the five years, and the review’s averages', () => {
    expect(at(g, -90)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
    expect(at(g, 5.1)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
  });
});

describe('results dated by a base year or by a later clause (数字中国发展报告（2022年）; Shandong’s 2021 sensor plan)', () => {
  it('reads a change against 2019年商用初期 in a report on 2022 as the change over 2020–2022', () => {
    const text = [
      '数字中国发展报告（2022年）',
      '截至2022年底，全国累计建成153家国家绿色数据中心，规划在建的大型以上数据中心平均设计电能利用效率（PUE）降至1.3。5G基站单站址能耗比2019年商用初期降低20%以上。',
    ].join('\n');
    const g = buildGraph([doc('report-2022', text, '2023-07-15')]);
    expect(at(g, -20)).toEqual([{ kind: 'ACTUAL', period: '2020-2022' }]);
    expect(at(g, 153)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('dates an undated count by the past year its sentence writes after it', () => {
    const text = [
      '山东省推动智能传感器产业发展行动计划（2021-2023年）',
      '一、发展现状',
      '从省内看，我省传感器产业经过近些年的发展打下了良好基础，极具发展潜力，拥有智能传感器企业70余家，2020年实现主营业务收入109.1亿元，在声学、压力和非制冷红外传感器等领域具有比较突出的行业地位和竞争力。',
    ].join('\n');
    const g = buildGraph([doc('sensors', text, '2021-07-12')]);
    expect(at(g, 70)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(at(g, 10910000000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
  });
});
