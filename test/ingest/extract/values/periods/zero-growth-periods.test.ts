import { CORPUS_DIR } from '../../../corpus/corpus-fixture';
import { fixtureReport, judgedIn } from '../../judged-values';

// A growth of zero, judged as the analyst reads it in its document:
// - the 2018 work report's review of 2013–2017 says 化肥农药使用量实现零增长: a level the term reached
//   (实现, as 达到), as of its last year, not a sum over the five years;
// - the 2015 work report's tasks commit 促进重点区域煤炭消费零增长, a target of that year;
// - the 无废城市 pilot plan (074, written December 2018, goals 到2020年) sets 趋零增长 for 2020.

describe('a growth of zero', () => {
  it('reached in a five-year review is a level as of the term’s last year', () => {
    const report = fixtureReport(CORPUS_DIR, '005_cn-state-council-gwr-2018.txt');
    expect(judgedIn(report, '化肥农药使用量实现零增长')).toEqual(['0 ACTUAL 2017']);
  });

  it('committed in a year’s tasks or a plan’s goals is a target of that year', () => {
    expect(judgedIn(fixtureReport(CORPUS_DIR, '002_cn-state-council-gwr-2015.txt'), '促进重点区域煤炭消费零增长')).toEqual([
      '0 TARGET 2015',
    ]);
    expect(
      judgedIn(fixtureReport(CORPUS_DIR, '074_govcn-2019-zero-waste-city-pilot.txt'), '大宗工业固体废物贮存处置总量趋零增长、'),
    ).toEqual(['0 TARGET 2020']);
  });
});
