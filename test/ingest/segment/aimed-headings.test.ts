import { CORPUS_DIR } from '../corpus/corpus-fixture';
import { fixtureReport, judgedIn } from '../extract/judged-values';

// A heading inside a commitment whose result word follows a verb of aim (（一）推动重要领域改革取得新突破,
// under 三、2014年重点工作 of the State Council's 2014 report, test/fixtures/corpus 001) names what the
// commitment aims at: its figures are the year's commitments, not results. The review's own headings
// still report.

const y2014 = fixtureReport(CORPUS_DIR, '001_cn-state-council-gwr-2014.txt');

describe('a heading that aims at a result, inside a commitment', () => {
  it('reads the year’s cuts under it as commitments of the year', () => {
    expect(judgedIn(y2014, '今年要再取消和下放行政审批事项200项以上')).toEqual(['200 TARGET 2014']);
    expect(judgedIn(y2014, '专项转移支付项目要减少三分之一')).toEqual(['-33.33333333333333 TARGET 2014']);
  });

  it('keeps the review before it a report of 2013', () => {
    expect(judgedIn(y2014, '分批取消和下放了416项行政审批等事项')).toEqual(['416 ACTUAL 2013']);
  });
});
