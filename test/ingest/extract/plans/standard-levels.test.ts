import { CORPUS_DIR } from '../../corpus/corpus-fixture';
import { fixtureReport, judgedIn } from '../judged-values';

// A standard raised to a level per head (城乡居民基本医保财政补助标准提高到人均320元, the State Council's
// 2014 report, test/fixtures/corpus 001) is the standard's new level, a value, though 补助 and 人均
// are words of a policy's offer to each applicant.

const y2014 = fixtureReport(CORPUS_DIR, '001_cn-state-council-gwr-2014.txt');

describe('a standard raised to a level per head', () => {
  it('reads the level as the year’s target', () => {
    expect(judgedIn(y2014, '城乡居民基本医保财政补助标准提高到人均320元')).toEqual(['320 TARGET 2014']);
  });

  it('reads the level the review reports as the year’s result', () => {
    expect(judgedIn(y2014, '城乡居民基本医保财政补助标准增加到人均280元')).toEqual(['280 ACTUAL 2013']);
  });
});
