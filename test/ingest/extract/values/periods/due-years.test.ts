import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// When a commitment is due, in forms the tune plans rarely write: a deadline inside a year, a horizon looked out to,
// the years of effort it is given, a start year, a phase's span, the next year and a five-year period named for it.
// Each passage is quoted from a tune document; where no tune text writes the form with a figure, the quote is
// adapted minimally (a figure put in, or the date word swapped) and the test says so.

describe('a deadline inside a year', () => {
  // 074 (“无废城市”建设试点工作方案, 2018-12): 2019年6月底前，研究建立…指标体系; adapted: a count of indicators put in,
  // and a figure in the next sentence, which has no date of its own.
  const ZERO_WASTE = [
    '“无废城市”建设试点工作方案',
    '一、总体要求',
    '到2020年，系统构建“无废城市”建设指标体系。',
    '二、主要任务',
    '（一）强化顶层设计引领，发挥政府宏观指导作用。建立“无废城市”建设指标体系，发挥导向引领作用。2019年6月底前，研究建立以固体废物减量化和循环利用率为核心指标的“无废城市”建设指标体系，确定核心指标18项。健全固体废物统计制度，培育统计试点单位30家。',
    '国务院办公厅',
    '2018年12月29日',
  ].join('\n');
  const g = buildGraph([doc('zero-waste', ZERO_WASTE)]);

  it('dates the figure of its own sentence by the deadline’s year (2019年6月底前 → 2019)', () => {
    expect(at(g, 18)).toEqual([{ kind: 'TARGET', period: '2019' }]);
  });

  it('leaves the sentences after it to the plan: a step of work does not set the section’s horizon', () => {
    expect(at(g, 30)).toEqual([{ kind: 'TARGET', period: '2018-2020' }]);
  });

  // 031 (山东省“十四五”教育事业发展规划): 各学校于2022年年底前配备到位; adapted: a count of teachers put in.
  it('reads 2022年年底前 as due in 2022, not as 年底前 of the plan’s first year', () => {
    const PLAN = [
      '山东省“十四五”教育事业发展规划',
      '四、重点任务',
      '配齐配足大中小学心理健康教育专兼职教师队伍，各学校于2022年年底前配备专职心理健康教育教师5000名。',
      '2021年10月21日',
    ].join('\n');
    expect(at(buildGraph([doc('education', PLAN)]), 5000)).toEqual([{ kind: 'TARGET', period: '2022' }]);
  });
});

describe('a horizon looked out to', () => {
  // 031: 到2035年，全面实现教育现代化; adapted: 展望2035年 (the form of long-range goals) and a figure put in.
  it('reads 展望2035年 as due in 2035, and 本世纪中叶 as 2050', () => {
    const PLAN = [
      '山东省“十四五”教育事业发展规划',
      '一、发展目标',
      '展望2035年，全面实现教育现代化，高等教育毛入学率达到70%。到本世纪中叶，全面建成教育强省，主要劳动年龄人口平均受教育年限达到15年。',
      '2021年10月21日',
    ].join('\n');
    const g = buildGraph([doc('education-2035', PLAN)]);
    expect(at(g, 70)).toEqual([{ kind: 'TARGET', period: '2035' }]);
    expect(at(g, 15)).toEqual([{ kind: 'TARGET', period: '2050' }]);
  });
});

describe('the years of effort a commitment is given', () => {
  // 019 (海拉尔区政府工作报告, 2019): 利用三年左右时间对老旧小区进行改造; adapted: a count of estates put in.
  it('reads 利用三年左右时间 in a report’s tasks for the year as the three years from the report’s year', () => {
    const REPORT = [
      '政府工作报告',
      '——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第四次会议上',
      '二、2019年工作安排',
      '要继续补齐城市建设短板，利用三年左右时间对120个老旧小区进行改造，重点解决供热不畅、环境不优、绿化不多等突出问题。',
    ].join('\n');
    expect(at(buildGraph([doc('hailar-2019', REPORT)]), 120)).toEqual([{ kind: 'TARGET', period: '2019-2021' }]);
  });

  // 032 (山东省服务业数字化转型行动方案): 利用3年时间，打造一批省级特色服务出口基地; adapted: a count for 一批, in measures
  // with no span of their own.
  it('reads 利用3年时间 and 经过5年努力 in measures as spans from the measures’ year', () => {
    const MEASURES = [
      '关于加快服务业数字化转型的若干措施',
      '一、培育服务外包新模式。利用3年时间，打造10个省级特色服务出口基地。经过5年努力，培育服务外包企业200家。',
      '二、建设服务业数字化平台。培育省级平台30个以上。',
      '2021年6月1日',
    ].join('\n');
    const g = buildGraph([doc('service-measures', MEASURES)]);
    expect(at(g, 10)).toEqual([{ kind: 'TARGET', period: '2021-2023' }]);
    expect(at(g, 200)).toEqual([{ kind: 'TARGET', period: '2021-2025' }]);
    // A commitment with no year in measures without a span: the measures' year, as before.
    expect(at(g, 30)).toEqual([{ kind: 'TARGET', period: '2021' }]);
  });

  // 032: 利用3年时间; adapted: measures with no 到20XX年 whose goals are given three years in a lead before them.
  it('reads goals led by 力争用三年时间 as due over those three years, in measures with no horizon', () => {
    const MEASURES = [
      '关于加快服务业数字化转型的若干措施',
      '一、主要目标',
      '力争用三年时间，实现以下目标：',
      '新培育专精特新企业200家。建设省级工业互联网平台30个以上。',
      '2021年6月1日',
    ].join('\n');
    const g = buildGraph([doc('service-lead', MEASURES)]);
    expect(at(g, 200)).toEqual([{ kind: 'TARGET', period: '2021-2023' }]);
    expect(at(g, 30)).toEqual([{ kind: 'TARGET', period: '2021-2023' }]);
  });

  // 003 (政府工作报告, 2016): 经过五年努力，我国经济实力…又上了一个大台阶; adapted: a target of the year after it.
  it('does not take years gone by (经过五年努力，…上了一个大台阶) as the span of a report’s targets', () => {
    const REPORT = [
      '关于加快服务业数字化转型的若干措施',
      '经过五年努力，我省服务业实力又上了一个大台阶。',
      '一、主要目标',
      '新培育专精特新企业200家。',
      '2016年6月1日',
    ].join('\n');
    expect(at(buildGraph([doc('five-years-back', REPORT)]), 200)).toEqual([{ kind: 'TARGET', period: '2016' }]);
  });

  it('does not read an age of whom a policy supports (成立3年以内的企业) as years of effort', () => {
    const MEASURES = [
      '关于加快服务业数字化转型的若干措施',
      '一、支持企业发展。培育服务外包企业200家，其中成立3年以内的初创企业不少于50家。',
      '2021年6月1日',
    ].join('\n');
    expect(at(buildGraph([doc('service-young', MEASURES)]), 50)).toEqual([{ kind: 'TARGET', period: '2021' }]);
  });
});

describe('a start year and a phase', () => {
  // 024 (济南市…若干政策措施, 2019): 市财政每年安排5亿元; adapted: 自2020年起 put before it, and a validity.
  it('reads 自2020年起，每年 as from that year to the measures’ end', () => {
    const MEASURES = [
      '关于加快先进制造业和数字经济发展的若干政策措施',
      '一、设立专项资金。自2020年起，市财政每年安排5亿元，支持先进制造业和数字经济发展。',
      '二、本措施有效期至2022年12月31日。',
      '2019年1月3日',
    ].join('\n');
    expect(at(buildGraph([doc('jinan-measures', MEASURES)]), 500000000)).toEqual([{ kind: 'TARGET', period: '2020-2022' }]);
  });

  it('reads 自2020年起 as that year where the measures give no end', () => {
    const MEASURES = [
      '关于加快先进制造业和数字经济发展的若干政策措施',
      '一、设立专项资金。自2020年起，市财政每年安排5亿元。',
      '2019年1月3日',
    ].join('\n');
    expect(at(buildGraph([doc('jinan-open', MEASURES)]), 500000000)).toEqual([{ kind: 'TARGET', period: '2020' }]);
  });

  // 047 (山东省…标志性产业链…行动方案, 2024-2027): 建设2—3家省实验室; adapted: the plan's goals written in two phases.
  it('reads a phase’s written span (第一阶段（2024—2025年）) as the span of its figures, not the plan’s', () => {
    const PLAN = [
      '山东省科技赋能标志性产业链行动方案（2024—2027年）',
      '一、主要目标',
      '第一阶段（2024—2025年）：建设省实验室3家。第二阶段（2026—2027年）：培育链主企业50家。',
    ].join('\n');
    const g = buildGraph([doc('chains', PLAN)]);
    expect(at(g, 3)).toEqual([{ kind: 'TARGET', period: '2024-2025' }]);
    expect(at(g, 50)).toEqual([{ kind: 'TARGET', period: '2026-2027' }]);
  });

  // 047 (2024-2027), adapted: its goals in two phases written as headings, the figures in the sentences under them.
  it('reads a phase heading’s span ((一）第一阶段（2024—2025年）。) as the span of the goals under it', () => {
    const PLAN = [
      '山东省科技赋能标志性产业链行动方案（2024—2027年）',
      '一、主要目标',
      '（一）第一阶段（2024—2025年）。',
      '建设省实验室3家，每年新增高新技术企业500家。',
      '（二）第二阶段（2026—2027年）。',
      '培育链主企业50家。',
      '二、重点任务',
      '（一）建设创新平台。建设省级以上创新平台100个。',
    ].join('\n');
    const g = buildGraph([doc('chain-phases', PLAN)]);
    expect(at(g, 3)).toEqual([{ kind: 'TARGET', period: '2024-2025' }]);
    expect(at(g, 500)).toEqual([{ kind: 'TARGET', period: '2024-2025' }]);
    expect(at(g, 50)).toEqual([{ kind: 'TARGET', period: '2026-2027' }]);
    expect(at(g, 100)).toEqual([{ kind: 'TARGET', period: '2024-2027' }]);
  });

  it('keeps a cited plan’s span out (落实《数字山东发展规划（2018-2022年）》)', () => {
    // 023 (数字山东2019行动方案): 为贯彻落实《数字山东发展规划（2018-2022年）》; adapted: a target of the same sentence.
    const PLAN = ['数字山东2019行动方案', '为贯彻落实《数字山东发展规划（2018-2022年）》，新建5G基站1万个。'].join('\n');
    expect(at(buildGraph([doc('digital-2019', PLAN)]), 10000)).toEqual([{ kind: 'TARGET', period: '2019' }]);
  });
});

describe('the next year and a five-year period named', () => {
  // 010 (政府工作报告, 2024): 今年中央预算内投资拟安排7000亿元; adapted: 明年 for 今年.
  it('reads 明年 in a report’s tasks as the year after the report’s', () => {
    const REPORT = [
      '政府工作报告',
      '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
      '三、2024年政府工作任务',
      '加快实施“十四五”规划重大工程项目。明年中央预算内投资拟安排7000亿元。',
    ].join('\n');
    expect(at(buildGraph([doc('gwr-2024', REPORT)]), 700000000000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });

  // 047 (2024-2027): adapted: a figure dated by “十五五”期间, a period the plan's span runs into.
  it('reads “十五五”期间 as that period’s years, not the plan’s', () => {
    const PLAN = [
      '山东省科技赋能标志性产业链行动方案（2024—2027年）',
      '二、重点任务',
      '（一）建设创新平台。“十五五”期间，建设省级以上创新平台100个。',
    ].join('\n');
    expect(at(buildGraph([doc('chains-15', PLAN)]), 100)).toEqual([{ kind: 'TARGET', period: '2026-2030' }]);
  });
});

describe('a date heading a commitment', () => {
  // 043 (山东省大数据局…若干措施, 2023): 2023年底前，推动全省数据中心在用标准机架数达到35万个;2025年底前超过45万个;
  // adapted: the date written without 前 (2025年底，…), inside a year (2024年6月，…), as 于2025年年内 and 2024年度.
  it('reads 2025年底，…, 2024年6月，…, 于2025年年内 and 2024年度 before a commitment as when it is due', () => {
    const MEASURES = [
      '支持促进数字经济高质量发展若干措施',
      '19.加快建设多元协同的算力基础设施。2024年6月，推动全省数据中心在用标准机架数达到35万个。2025年底，全省数据中心在用标准机架数超过45万个。',
      '20.推动5G网络建设。于2025年年内，新建5G基站5000个。2024年度，新建5G基站3000个。',
      '2023年10月8日',
    ].join('\n');
    const g = buildGraph([doc('bigdata-dated', MEASURES)]);
    expect(at(g, 350000)).toEqual([{ kind: 'TARGET', period: '2024' }]);
    expect(at(g, 450000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(at(g, 5000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(at(g, 3000)).toEqual([{ kind: 'TARGET', period: '2024' }]);
  });

  // 052 (数字中国发展报告（2022年）): 截至2022年底，全国累计建成153家国家绿色数据中心; adapted: in a plan of 2023, a
  // year still ahead.
  it('reads 截至2025年底 in a plan of 2023 as a target due then, and 截至2022年底 as a result as of then', () => {
    const PLAN = [
      '某省数据中心绿色发展行动方案',
      '一、主要目标',
      '截至2022年底，全省累计建成省级绿色数据中心15家。截至2025年底，全省累计建成国家绿色数据中心30家。',
      '2023年5月6日',
    ].join('\n');
    const g = buildGraph([doc('green-dc', PLAN)]);
    expect(at(g, 15)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 30)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });
});
