import { join } from 'node:path';
import { CORPUS_DIR } from '../../../corpus/corpus-fixture';
import { fixtureReport, judgedIn } from '../../judged-values';

// Levels, shares and spans of the State Council's 2019 work report (tune, as published): the first figure
// of a change within the year reviewed is the level before that year; a rate in force (现行16%的税率)
// that a commitment changes is today's level; 今明两年 is this year and the next; shares written
// in words (三分之一, 一半) are values, in clauses with no digit as well; a range of rates written
// with the sign at both ends is one value; the nation's population named in passing, or its stock of
// people weighing a task (我国60岁以上人口已达2.5亿), is none. And from the 2017 report: a later year that
// qualifies a noun (面向2030年的…项目) neither commits nor dates the results written after it.

const report = fixtureReport(CORPUS_DIR, '006_cn-state-council-gwr-2019.txt');

describe('levels and shares of a State Council work report', () => {
  it('dates the start of a change in the year reviewed to the year before it', () => {
    expect(judgedIn(report, '关税总水平由9.8%降至7.5%')).toEqual(['9.8 ACTUAL 2017', '7.5 ACTUAL 2018']);
  });

  it('reads a monthly standard raised from one level to another as both levels', () => {
    expect(judgedIn(report, '城乡居民基础养老金最低标准从每月70元提高到88元')).toEqual(['70 ACTUAL 2017', '88 ACTUAL 2018']);
  });

  it('reads the rate in force that a commitment lowers as today’s level, the new rate as the target', () => {
    expect(judgedIn(report, '将制造业等行业现行16%的税率降至13%')).toEqual(['16 ACTUAL 2018', '13 TARGET 2019']);
    expect(judgedIn(report, '将交通运输业、建筑业等行业现行10%的税率降至9%')).toEqual(['10 ACTUAL 2018', '9 TARGET 2019']);
  });

  it('dates a target of 今明两年 over this year and the next', () => {
    expect(judgedIn(report, '提高6000万农村人口供水保障水平')).toEqual(['60000000 TARGET 2019-2020']);
  });

  it('reads shares written in words, cut or kept', () => {
    expect(judgedIn(report, '工业生产许可证种类压减三分之一以上')).toEqual([`${-(1 / 3) * 100} ACTUAL 2018`]);
    expect(judgedIn(report, '货物通关时间压缩一半以上')).toEqual(['-50 ACTUAL 2018']);
    expect(judgedIn(report, '对拖欠企业的款项年底前要清偿一半以上')).toEqual(['50 TARGET 2019']);
    expect(judgedIn(report, '坚决把文件压减三分之一以上')).toEqual([`${-(1 / 3) * 100} TARGET 2019`]);
  });

  it('reads the growth target written as a range of rates once', () => {
    expect(judgedIn(report, '国内生产总值增长6%－6.5%')).toEqual(['6 TARGET 2019']);
    const range = report.graph.relationships.find((r) => r.type === 'SETS_TARGET' && r.properties.raw === '6%－6.5%');
    expect(range?.properties.max).toBe(6.5);
  });

  it('reads the population named in passing as no value', () => {
    expect(judgedIn(report, '近14亿人口的发展中大国')).toEqual([]);
    expect(judgedIn(report, '近14亿中国人的饭碗')).toEqual([]);
  });

  it('reads the nation’s stock of people that weighs a task as no value, a result of the year as one', () => {
    expect(judgedIn(report, '我国60岁以上人口已达2.5亿')).toEqual([]);
    // The 2022 report (tune): 我国有2.9亿在校学生，要坚持把教育…办好.
    expect(judgedIn(fixtureReport(CORPUS_DIR, '008_cn-state-council-gwr-2022.txt'), '我国有2.9亿在校学生')).toEqual([]);
    expect(judgedIn(report, '农村贫困人口减少1386万')).toEqual(['-13860000 ACTUAL 2018']);
  });

  it('reads a later year that qualifies a noun (面向2030年的…项目) as no date of the results after it', () => {
    // The 2017 report (outside the gold), reviewing 2016.
    const y2017 = fixtureReport(join(__dirname, '../../../../fixtures/series'), '004_cn-state-council-gwr-2017.txt');
    expect(judgedIn(y2017, '新设6个国家自主创新示范区')).toEqual(['6 ACTUAL 2016']);
  });
});
