import { CORPUS_DIR } from '../../corpus/corpus-fixture';
import { fixtureReport, judgedIn } from '../judged-values';

// The State Council's work report of 2015 (tune, 002_cn-state-council-gwr-2015, as published): a
// review of 2014 then the commitments for 2015. Values as an analyst reads them: a half and a rate
// shared by two figures are values; a standard raised by a rate is a change, not an offer; the nation's
// population and a figure inside a counted name are none; the start of a change is the level before
// it (the year before a reviewed year, the year before the report for 从去年的…); 连续两年 is two years;
// a stock stated among the commitments (已设立, 已开工的) stands as of the year before the report.

const report = fixtureReport(CORPUS_DIR, '002_cn-state-council-gwr-2015.txt');

describe('the 2015 work report, value by value', () => {
  it('reads 一半 as half, a decline when it is cut', () => {
    expect(judgedIn(report, '把外商投资限制类条目缩减一半')).toEqual(['-50 TARGET 2015']);
  });

  it('gives a bare figure the rate unit of the figure it is joined to (4.2和0.7个百分点)', () => {
    expect(judgedIn(report, '分别高4.2和0.7个百分点')).toEqual(['4.2 ACTUAL 2014', '0.7 ACTUAL 2014']);
  });

  it('reads a standard raised by a rate as a value, though 补助 is in its name', () => {
    expect(judgedIn(report, '抚恤和生活补助标准提高20%以上')).toEqual(['20 ACTUAL 2014']);
  });

  it('keeps a decline for every figure of a list after 分别减少, approximations included', () => {
    expect(judgedIn(report, '二氧化硫、氮氧化物排放要分别减少3%左右和5%左右')).toEqual(['-3 TARGET 2015', '-5 TARGET 2015']);
  });

  it('reads no value in what the nation has, nor in a counted name (三个1亿人问题)', () => {
    expect(judgedIn(report, '我国有13亿人口、9亿劳动力资源')).toEqual([]);
    expect(judgedIn(report, '以解决三个1亿人问题为着力点')).toEqual([]);
  });

  it('adds no target where an expected figure is restated (经济增长预期7%左右)', () => {
    expect(judgedIn(report, '国内生产总值增长7%左右')).toEqual(['7 TARGET 2015']);
    expect(judgedIn(report, '经济增长预期7%左右，考虑了需要和可能')).toEqual([]);
  });

  it('dates the start of a change in a reviewed year to the year before it', () => {
    expect(judgedIn(report, '服务业增加值比重由46.9%提高到48.2%')).toEqual(['46.9 ACTUAL 2013', '48.2 ACTUAL 2014']);
  });

  it('reads 从去年的2.1% in a commitment as last year’s level', () => {
    expect(judgedIn(report, '赤字率从去年的2.1%提高到2.3%')).toEqual(['2.1 ACTUAL 2014', '2.3 TARGET 2015']);
  });

  it('reads 连续两年 as the two years before the report', () => {
    expect(judgedIn(report, '贫困地区农村学生上重点高校人数连续两年增长10%以上')).toEqual(['10 ACTUAL 2013-2014']);
  });

  it('reads a stock stated among the commitments as of the year before the report', () => {
    expect(judgedIn(report, '重大水利工程已开工的57个项目要加快建设，今年再开工27个项目')).toEqual(['57 ACTUAL 2014', '27 TARGET 2015']);
    expect(judgedIn(report, '国家已设立400亿元新兴产业创业投资引导基金')).toEqual(['40000000000 ACTUAL 2014']);
  });
});
