import { CORPUS_DIR } from '../../../corpus/corpus-fixture';
import { fixtureReport, judgedIn } from '../../judged-values';

// Periods in the review of a year, as the State Council's 2017 report writes them (test/fixtures/corpus
// 004): a rate the year before grew at, turned into another (由上年下降2.3%转为增长8.5%), is the year
// before's; a target the review measures the year against (低于13%左右的预期目标) is the reviewed year's.

const y2017 = fixtureReport(CORPUS_DIR, '004_cn-state-council-gwr-2017.txt');

describe('periods in the review of 2016', () => {
  it('reads the rate turned from as the year before', () => {
    expect(judgedIn(y2017, '工业企业利润由上年下降2.3%转为增长8.5%')).toEqual(['-2.3 ACTUAL 2015', '8.5 ACTUAL 2016']);
  });

  it('reads a target the year is measured against as that year’s', () => {
    expect(judgedIn(y2017, '广义货币M\n2\n增长11.3%，低于13%左右的预期目标')).toEqual(['11.3 ACTUAL 2016', '13 TARGET 2016']);
  });

  it('keeps this year’s targets this year’s', () => {
    expect(judgedIn(y2017, '今年广义货币M\n2\n和社会融资规模余额预期增长均为12%左右')).toContain('12 TARGET 2017');
  });
});
