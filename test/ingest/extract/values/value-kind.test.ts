import { buildGraph } from '../../../../src/ingest';
import type { DocumentRecord, Graph } from '../../../../src/model';

// Kind and period decided per clause by evidence, on sentences as real documents write them:
// a work report's review (过去一年 / 过去五年) and its 主要预期目标, a plan's 现状 and 目标.

function doc(id: string, text: string): DocumentRecord {
  return { id, path: `${id}.txt`, text, kind: 'other', encoding: 'utf-8', hash: id } as DocumentRecord;
}

function values(g: Graph) {
  return g.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => ({
      kind: r.type === 'SETS_TARGET' ? 'TARGET' : 'ACTUAL',
      value: r.properties.value,
      period: r.properties.period,
      reason: r.properties.kindReason,
      cue: r.properties.kindCueText,
    }));
}

const REPORT = [
  '政府工作报告',
  '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
  '各位代表：',
  '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。',
  '一、过去一年和五年工作回顾',
  '过去一年，国内生产总值增长3%，城镇新增就业1206万人。',
  '过去五年，单位国内生产总值能耗下降8.1%，常住人口城镇化率从60.2%提高到65.2%。',
  '二、2023年经济社会发展总体要求和政策取向',
  '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右。',
].join('\n');

describe('kind and period of a work report’s values', () => {
  const got = values(buildGraph([doc('gwr', REPORT)]));
  const find = (value: number) => got.filter((v) => v.value === value);

  it('reads last year’s results as actuals of that year', () => {
    expect(find(1206 * 10000)).toEqual([expect.objectContaining({ kind: 'ACTUAL', period: '2022' })]);
  });

  it('reads the five-year sums over the span, and a level reached as of its last year', () => {
    expect(find(-8.1)).toEqual([expect.objectContaining({ kind: 'ACTUAL', period: '2018-2022' })]);
    expect(find(65.2)).toEqual([expect.objectContaining({ kind: 'ACTUAL', period: '2022' })]);
    expect(find(60.2)).toEqual([expect.objectContaining({ kind: 'ACTUAL', period: '2017' })]);
  });

  it('reads this year’s expected targets as targets of the report’s year, with the lead as the cue', () => {
    expect(find(5)).toEqual([expect.objectContaining({ kind: 'TARGET', period: '2023', reason: 'clause-target', cue: '目标' })]);
    // The next sentence has no cue of its own: the paragraph's lead decides.
    expect(find(1200 * 10000)).toEqual([
      expect.objectContaining({ kind: 'TARGET', period: '2023', reason: 'lead-target', cue: '主要预期目标' }),
    ]);
  });
});

const PLAN = [
  '“十四五”智能制造发展规划',
  '智能制造是制造强国建设的主攻方向，其发展程度直接关乎我国制造业质量水平。为加快推动智能制造发展，编制本规划。',
  '一、现状与形势',
  '智能制造装备国内市场满足率超过50%，主营业务收入超10亿元的系统解决方案供应商达40余家。',
  '二、发展目标',
  '到2025年，智能制造装备和工业软件市场满足率分别超过70%和50%，建成500个以上引领行业发展的智能制造示范工厂。',
].join('\n');

describe('kind and period of a development plan’s values', () => {
  const got = values(buildGraph([doc('plan', PLAN)]));

  it('reads the status section as actuals as of the plan’s first year, never as targets', () => {
    const status = got.filter((v) => v.value === 40);
    expect(status).toEqual([expect.objectContaining({ kind: 'ACTUAL', period: '2021', reason: 'section-actual', cue: '现状' })]);
  });

  it('reads the goals as targets due in the year the text names', () => {
    expect(got.filter((v) => v.value === 500)).toEqual([expect.objectContaining({ kind: 'TARGET', period: '2025', reason: 'horizon' })]);
    expect(got.filter((v) => v.value === 70)).toEqual([expect.objectContaining({ kind: 'TARGET', period: '2025' })]);
  });
});

describe('words that look like cues but describe something else', () => {
  it('reads 已批复的… as an attribute of a noun, not as a result said of the goal after it (Shandong’s 2023–2025 plan)', () => {
    const text = [
      '山东省制造业创新能力提升三年行动计划（2023—2025年）',
      '为深入实施创新驱动发展战略，加快提升我省制造业创新能力，制定本行动计划。',
      '一、主要目标',
      '到2025年，全省制造业创新能力显著增强。',
      '——产业链协同创新能力明显提升。高标准建设已批复的国家制造业创新中心、产业创新中心、技术创新中心，省制造业创新中心达到50家左右，制造业省级技术创新中心总量稳定在100家左右。',
    ].join('\n');
    const got = values(buildGraph([doc('mfg-plan', text)]));
    expect(got.filter((v) => v.value === 50)).toEqual([expect.objectContaining({ kind: 'TARGET', period: '2025' })]);
    expect(got.filter((v) => v.value === 100)).toEqual([expect.objectContaining({ kind: 'TARGET', period: '2025' })]);
  });

  it('reads 资金争取工作 as the work of securing funds, not a commitment (Hailar’s 2014 report)', () => {
    const text = [
      '2014年海拉尔区政府工作报告',
      '各位代表：现在，我代表区人民政府，向大会报告政府工作，请予审议。',
      '一、2013年工作回顾',
      '融资和资金争取工作取得新突破，全年融入资金14.5亿元，争取上级资金1.2亿元,为经济社会事业发展提供了有力保障。',
    ].join('\n');
    const got = values(buildGraph([doc('hailar-2014', text)]));
    expect(got.filter((v) => v.value === 1450000000)).toEqual([expect.objectContaining({ kind: 'ACTUAL', period: '2013' })]);
    expect(got.filter((v) => v.value === 120000000)).toEqual([expect.objectContaining({ kind: 'ACTUAL', period: '2013' })]);
  });

  it('reads 实施…计划 as a programme carried out, and its yearly reach over the five years looked back on (the 2023 work report)', () => {
    const text = [
      '政府工作报告',
      '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
      '各位代表：',
      '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。',
      '一、过去一年和五年工作回顾',
      '过去五年，我们坚持在发展中保障和改善民生。减轻义务教育阶段学生负担。提升青少年健康水平。持续实施营养改善计划，每年惠及3700多万学生。',
    ].join('\n');
    const got = values(buildGraph([doc('gwr-2023', text)]));
    expect(got.filter((v) => v.value === 37000000)).toEqual([expect.objectContaining({ kind: 'ACTUAL', period: '2018-2022' })]);
  });

  it('reads 同比增长 after a goal of this year as part of the goal (Hailar’s 2012 report)', () => {
    const text = [
      '2012年海拉尔区政府工作报告',
      '各位代表：现在，我代表区人民政府，向大会报告政府工作，请予审议。',
      '二、2012年工作安排',
      '2012年全区经济社会发展的预期目标是：地区生产总值达到240亿元，同比增长21%；地方财政总收入达到20亿元，同比增长24.6%。',
    ].join('\n');
    const got = values(buildGraph([doc('hailar-2012', text)]));
    expect(got.filter((v) => v.value === 21)).toEqual([expect.objectContaining({ kind: 'TARGET', period: '2012' })]);
    expect(got.filter((v) => v.value === 24.6)).toEqual([expect.objectContaining({ kind: 'TARGET', period: '2012' })]);
  });
});

describe('an estimate of a year already past when the report speaks (数字中国发展报告（2022年）, published 2023)', () => {
  it('reads 2022年…预计近2170亿元 as an estimated result of 2022, not a target', () => {
    const text = [
      '数字中国发展报告（2022年）',
      '网络安全防护能力大幅提升，网络安全教育、技术、产业等加快发展。全国超500所本科和高职院校开设网络与信息安全相关专业，2022年我国网络安全产业规模预计近2170亿元，同比增长13.9%。',
    ].join('\n');
    const g = buildGraph([{ ...doc('report-2022', text), date: '2023-07-15' } as DocumentRecord]);
    const read = values(g).filter((v) => v.value === 217000000000);
    expect(read.map(({ kind, period, reason }) => ({ kind, period, reason }))).toEqual([
      { kind: 'ACTUAL', period: '2022', reason: 'clause-estimate' },
    ]);
  });
});
