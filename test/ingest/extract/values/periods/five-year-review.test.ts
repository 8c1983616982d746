import { join } from 'node:path';
import { fixtureReport, judgedIn } from '../../judged-values';
import { CORPUS_DIR } from '../../../corpus/corpus-fixture';

// A work report's look back over the five-year plan just ended (the State Council's of 2016, 2021
// and 2023, as published; its lead may follow a short scene-setting sentence): what was done over the five years is the span's (5575万农村贫困人口实现脱贫,
// 住房改造超过2100万套, 设置13个国家医学中心), the start of a change (从不到70万亿元) the year before it,
// a level reached or a share (增加到超过100万亿元, 90%以上的政务服务实现网上可办) the last year's; a goal
// said to be met (…落户目标顺利实现, 实现高职院校扩招100万人目标) is a result; 再降10% is a cut; a fund's
// growth (奖补资金等增幅均超过10%) is a value, not a policy's offer.

const SERIES = join(__dirname, '../../../../fixtures/series');

describe('the five-year review of a work report', () => {
  const y2021 = fixtureReport(CORPUS_DIR, '007_cn-state-council-gwr-2021.txt');
  const y2023 = fixtureReport(CORPUS_DIR, '009_cn-state-council-gwr-2023.txt');

  it('reads a count followed by what was done as the five years’ total', () => {
    expect(judgedIn(y2021, '5575万农村贫困人口实现脱贫，960多万建档立卡贫困人口通过易地扶贫搬迁')).toEqual([
      '55750000 ACTUAL 2016-2020',
      '9600000 ACTUAL 2016-2020',
    ]);
  });

  it('reads what was done past a figure (改造超过) as the span’s, a level passed as the last year’s', () => {
    expect(judgedIn(y2021, '城镇棚户区住房改造超过2100万套')).toEqual(['21000000 ACTUAL 2016-2020']);
    expect(judgedIn(y2023, '企业数量超过5200万户')).toEqual(['52000000 ACTUAL 2022']);
  });

  it('reads the start of a change written with a bound (从不到) as the year before the span', () => {
    expect(judgedIn(y2021, '国内生产总值从不到70万亿元增加到超过100万亿元')).toEqual([
      '70000000000000 ACTUAL 2015',
      '100000000000000 ACTUAL 2020',
    ]);
  });

  it('keeps a share followed by what it does a level, and counts what was set up over the span', () => {
    expect(judgedIn(y2023, '90%以上的政务服务实现网上可办')).toEqual(['90 ACTUAL 2022']);
    expect(judgedIn(y2023, '设置13个国家医学中心')).toEqual(['13 ACTUAL 2018-2022']);
  });

  it('reads every figure listed after one 从 as a start, and a multiple of ten years ago as the change over them', () => {
    expect(judgedIn(y2023, '将制造业企业、科技型中小企业分别从50%、75%提高至100%')).toEqual([
      '50 ACTUAL 2017',
      '75 ACTUAL 2017',
      '100 ACTUAL 2022',
    ]);
    // The gold reads it over the ten years it compares (test/gold/corpus/README.md, Corrections, session 8).
    expect(judgedIn(y2023, '是十年前的3倍')).toEqual(['3 ACTUAL 2013-2022']);
  });

  it('reads what was done to a figure over the span (搬迁, 退出, 安置, 开工, 缩减) as its sum, a coverage as a level', () => {
    const y2018 = fixtureReport(SERIES, '005_cn-state-council-gwr-2018.txt');
    expect(judgedIn(y2018, '易地扶贫搬迁830万人')).toEqual(['8300000 ACTUAL 2013-2017']);
    expect(judgedIn(y2018, '退出钢铁产能1.7亿吨以上、煤炭产能8亿吨')).toEqual(['170000000 ACTUAL 2013-2017', '800000000 ACTUAL 2013-2017']);
    expect(judgedIn(y2018, '安置分流职工110多万人')).toEqual(['1100000 ACTUAL 2013-2017']);
    expect(judgedIn(y2018, '开工重大水利工程122项')).toEqual(['122 ACTUAL 2013-2017']);
    expect(judgedIn(y2018, '中央政府定价项目缩减80%')).toEqual(['-80 ACTUAL 2013-2017']);
    expect(judgedIn(y2018, '基本医疗保险覆盖13.5亿人')).toEqual(['1350000000 ACTUAL 2017']);
  });

  it('finds the look back after a short scene-setting sentence (2015年是“十二五”收官之年。过去五年，…)', () => {
    const y2016 = fixtureReport(SERIES, '003_cn-state-council-gwr-2016.txt');
    expect(judgedIn(y2016, '国内生产总值年均增长7.8%')).toEqual(['7.8 ACTUAL 2011-2015']);
    expect(judgedIn(y2016, '城镇新增就业人数超过6400万人')).toEqual(['64000000 ACTUAL 2011-2015']);
    expect(judgedIn(y2016, '解决3亿多农村人口饮水安全问题')).toEqual(['300000000 ACTUAL 2011-2015']);
    expect(judgedIn(y2016, '铁路营业里程达到12.1万公里')).toEqual(['121000 ACTUAL 2015']);
  });

  it('reads a clause that names only what it treats or where (对全区, 组团内) before its figure as what was done over the span', () => {
    const hailar = fixtureReport(CORPUS_DIR, '016_hailar-district-gwr-2016.txt');
    expect(judgedIn(hailar, '对全区14个景区景点的环境实施了完善提升')).toEqual(['14 ACTUAL 2011-2015']);
    expect(judgedIn(hailar, '组团内9条主次干道实现通车')).toEqual(['9 ACTUAL 2011-2015']);
  });

  it('reads both levels of a rate cut 从…降至 as levels, though 占比最高 is written before them (no offer)', () => {
    expect(judgedIn(y2023, '将增值税收入占比最高、涉及行业广泛的税率从17%降至13%')).toEqual(['17 ACTUAL 2017', '13 ACTUAL 2022']);
  });

  it('reads a change since something began (比制度建立之初) as the level at the span’s end', () => {
    expect(judgedIn(y2023, '清单管理措施比制度建立之初压减64%')).toEqual(['-64 ACTUAL 2022']);
  });

  it('reads a goal said to be met as a result of the period reviewed', () => {
    expect(judgedIn(y2021, '1亿农业转移人口和其他常住人口在城镇落户目标顺利实现')).toEqual(['100000000 ACTUAL 2016-2020']);
    expect(judgedIn(y2021, '实现高职院校扩招100万人目标')).toEqual(['1000000 ACTUAL 2020']);
  });

  it('reads 再降 as a cut', () => {
    expect(judgedIn(y2021, '中小企业宽带和专线平均资费再降10%')).toEqual(['-10 TARGET 2021']);
  });

  it('reads how much a fund grows as a value, not as an offer of its words (奖补)', () => {
    expect(judgedIn(y2021, '县级基本财力保障机制奖补资金等增幅均超过10%')).toEqual(['10 TARGET 2021']);
  });
});
