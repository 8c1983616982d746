import { CORPUS_DIR } from '../../corpus/corpus-fixture';
import { fixtureReport, judgedIn } from '../judged-values';

// Declines as the State Council work reports write them (test/fixtures/corpus 001 for 2014, 004 for
// 2017), recorded negative: the verb before what it cuts and the figure after it, a list one verb
// governs, and a rate the verb follows; capacity retired (退出) is an amount, not a decline.

const y2014 = fixtureReport(CORPUS_DIR, '001_cn-state-council-gwr-2014.txt');
const y2017 = fixtureReport(CORPUS_DIR, '004_cn-state-council-gwr-2017.txt');

describe('declines written with the verb before what it cuts', () => {
  it('reads the people lifted out of poverty as a fall in the poor population', () => {
    expect(judgedIn(y2014, '今年再减少农村贫困人口1000万人以上')).toEqual(['-10000000 TARGET 2014']);
    expect(judgedIn(y2017, '今年再减少农村贫困人口1000万以上')).toEqual(['-10000000 TARGET 2017']);
  });

  it('reads a burden lowered by an amount as a fall of that burden', () => {
    expect(judgedIn(y2017, '降低利息负担约4000亿元')).toEqual(['-400000000000 ACTUAL 2016']);
    expect(judgedIn(y2017, '降低企业税负5700多亿元')).toEqual(['-570000000000 ACTUAL 2016']);
  });

  it('carries the verb over a list of amounts written in 万 (2023: 分别净减少10.6万、3.8万、3.3万平方公里)', () => {
    const y2023 = fixtureReport(CORPUS_DIR, '009_cn-state-council-gwr-2023.txt');
    expect(judgedIn(y2023, '水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里').map((v) => v.split(' ')[0])).toEqual([
      '-106000',
      '-38000',
      '-33000',
    ]);
  });

  it('carries the verb over the list it governs', () => {
    expect(judgedIn(y2017, '全年再减少企业税负3500亿元左右、涉企收费约2000亿元')).toEqual([
      '-350000000000 TARGET 2017',
      '-200000000000 TARGET 2017',
    ]);
  });

  it('reads a rate the cut is made at as a decline', () => {
    expect(judgedIn(y2017, '一律按不低于5%的幅度压减一般性支出')).toEqual(['-5 TARGET 2017']);
  });

  it('keeps capacity retired an amount, and a verb that reaches a level no decline', () => {
    expect(judgedIn(y2017, '全年退出钢铁产能超过6500万吨')).toEqual(['65000000 ACTUAL 2016']);
    expect(judgedIn(y2014, '全国森林覆盖率上升到21.6%')).toEqual(['21.6 ACTUAL 2013']);
  });
});
