import { join } from 'node:path';
import { buildGraph, readDocuments } from '../../../../../src/ingest';
import { fixtureReport, judgedIn } from '../../judged-values';
import { CORPUS_DIR } from '../../../corpus/corpus-fixture';

// Kind and period in work reports outside the gold (the Hailar district's of 2012, 2016 and 2019,
// the State Council's of 2022, as published): a multiple of an earlier year (是2010年的2.6倍) holds when its
// value does, not in the base year; a per-capita level under a look back over five years is the
// last year's level, not a sum; a programme named before what it pays or that a project joins
// (营养改善计划补助标准, 列入国家级科技计划) is no plan for the figure; 预计 of a year already past
// (2011年，…预计完成84亿元) is an estimated result; 年内 under 2018年工作回顾 is 2018; funds 争取到
// (obtained) are the year's result, while 争取到2022年 still names a horizon (the 2018 report, tune).

const SERIES = join(__dirname, '../../../../fixtures/series');
const report = (file: string) => fixtureReport(SERIES, file);

describe('periods and kinds of a work report', () => {
  const y2016 = report('016_hailar-district-gwr-2016.txt');

  it('dates a multiple of an earlier year when its value holds', () => {
    expect(judgedIn(y2016, '2015年旅游收入达到69亿元，是2010年的2.6倍，旅游接待人数达到607万人次，是2010年的2.4倍')).toEqual([
      '6900000000 ACTUAL 2015',
      '2.6 ACTUAL 2015',
      '6070000 ACTUAL 2015',
      '2.4 ACTUAL 2015',
    ]);
  });

  it('reads a per-capita level under the five-year review as the last year’s', () => {
    expect(judgedIn(y2016, '农村常住居民人均可支配收入完成22250元')).toEqual(['22250 ACTUAL 2015']);
  });

  it('reads what was done over the 十二五 years (关停, 削减, 发放, 修建, 封停) as the span’s sum', () => {
    expect(judgedIn(y2016, '关停单烧锅炉133座')).toEqual(['133 ACTUAL 2011-2015']);
    expect(judgedIn(y2016, '削减审批事项62项')).toEqual(['-62 ACTUAL 2011-2015']);
    expect(judgedIn(y2016, '发放小额担保贷款9705万元')).toEqual(['97050000 ACTUAL 2011-2015']);
    expect(judgedIn(y2016, '修建村村通道路23条、163公里')).toEqual(['23 ACTUAL 2011-2015', '163 ACTUAL 2011-2015']);
    expect(judgedIn(y2016, '封停超标车52辆')).toEqual(['52 ACTUAL 2011-2015']);
  });

  it('reads a programme’s name as no commitment', () => {
    // 五年共有5个项目列入国家级科技计划，8个项目科技成果获得…: the second count of the five years' sum (gold 016).
    expect(judgedIn(y2016, '8个项目科技成果')).toEqual(['8 ACTUAL 2011-2015']);
    expect(judgedIn(fixtureReport(CORPUS_DIR, '008_cn-state-council-gwr-2022.txt'), '3700多万学生受益')).toEqual(['37000000 ACTUAL 2021']);
  });

  it('reads an estimate of the year just past as its result', async () => {
    const { documents } = await readDocuments([join(SERIES, '012_hailar-district-gwr-2012.txt')]); // GBK, as published
    const [doc] = documents;
    expect(judgedIn({ graph: buildGraph(documents), text: doc.text }, '社会消费品零售总额预计完成84亿元，预计同比增长19.2%')).toEqual([
      '8400000000 ACTUAL 2011',
      '19.2 ACTUAL 2011',
    ]);
  });

  it('reads a change in points as a value: the year’s against the year before, the span’s in a look back', () => {
    expect(judgedIn(report('019_hailar-district-gwr-2019.txt'), '空气优良天数比例达到99.2%，同比提高0.8个百分点')).toEqual([
      '99.2 ACTUAL 2018',
      '0.8 ACTUAL 2018',
    ]);
    expect(judgedIn(report('005_cn-state-council-gwr-2018.txt'), '煤炭消费比重下降8.1个百分点，清洁能源消费比重提高6.3个百分点')).toEqual([
      '-8.1 ACTUAL 2013-2017',
      '6.3 ACTUAL 2013-2017',
    ]);
  });

  it('reads what people came to over the five years, and a programme that reached them, as the span’s', () => {
    const y2018 = report('005_cn-state-council-gwr-2018.txt');
    expect(judgedIn(y2018, '8000多万农业转移人口成为城镇居民')).toEqual(['80000000 ACTUAL 2013-2017']);
    expect(judgedIn(y2018, '营养改善计划惠及3600多万农村学生')).toEqual(['36000000 ACTUAL 2013-2017']);
  });

  it('dates a result to the month its clause writes (2022年7月，…对28起…)', () => {
    const report2022 = fixtureReport(CORPUS_DIR, '052_cn-digital-china-development-report-2022.txt');
    expect(judgedIn(report2022, '对28起未依法申报')).toEqual(['28 ACTUAL 2022-07']);
  });

  it('reads 年内 in the review of last year as that year', () => {
    expect(judgedIn(report('019_hailar-district-gwr-2019.txt'), '年内开工项目57个，完成投资34.8亿元')).toEqual([
      '57 ACTUAL 2018',
      '3480000000 ACTUAL 2018',
    ]);
  });

  it('reads funds obtained (争取到) in the review as the year’s results, not as aims', async () => {
    const { documents } = await readDocuments([join(CORPUS_DIR, '018_hailar-district-gwr-2018.txt')]); // GBK, as published
    const [doc] = documents;
    expect(
      judgedIn({ graph: buildGraph(documents), text: doc.text }, '争取到中央和自治区预算内投资2.76亿元、“三城”建设资金1.4亿元'),
    ).toEqual(['276000000 ACTUAL 2017', '140000000 ACTUAL 2017']);
  });

  it('still reads 争取到 before a year as a horizon', async () => {
    const { documents } = await readDocuments([join(CORPUS_DIR, '037_jinan-sci-tech-innovation-measures-2021.txt')]);
    const [doc] = documents;
    expect(judgedIn({ graph: buildGraph(documents), text: doc.text }, '争取到2025年建成10家')).toEqual(['10 TARGET 2025']);
  });
});
