import { CORPUS_DIR } from '../../corpus/corpus-fixture';
import { fixtureReport, judgedIn } from '../judged-values';

// A per-day figure in a year's review is the year's average when its sentence says 平均 (test/fixtures/
// corpus 003 and 004, the State Council reports of 2016 and 2017): a measure of the year, not a
// practice repeated each day, so it is a value; the next figure of the sentence, 每天 alone, too.

describe('per-day averages in a review', () => {
  it('reads the new firms a day of 2016 and the market entities beside them', () => {
    const y2017 = fixtureReport(CORPUS_DIR, '004_cn-state-council-gwr-2017.txt');
    expect(judgedIn(y2017, '平均每天新增1.5万户，加上个体工商户等，各类市场主体每天新增4.5万户')).toEqual([
      '15000 ACTUAL 2016',
      '45000 ACTUAL 2016',
    ]);
  });

  it('reads the new firms a day of 2015', () => {
    const y2016 = fixtureReport(CORPUS_DIR, '003_cn-state-council-gwr-2016.txt');
    expect(judgedIn(y2016, '平均每天新增1.2万户')).toEqual(['12000 ACTUAL 2015']);
  });
});
