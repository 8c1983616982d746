import { join } from 'node:path';
import { fixtureReport, judgedIn } from './judged-values';
import { CORPUS_DIR } from '../corpus/corpus-fixture';

// Counts in work reports (the Hailar district's of 2013 and 2017, the State Council's of 2024, as
// published) that an analyst reads as values: works built or opened counted in words (两条风情滨河路,
// 三条主干道路建成通车), times a policy moved (两次降低存款准备金率), and counts listed before one
// predicate (96户、183人实现全部脱贫). And counts that are part of a name: a rule (28条配套规定), a
// reach (10分钟健身圈), a standard met (106项卫生标准), a market named 万家惠.

const report = (file: string) => fixtureReport(CORPUS_DIR, file);

describe('counts of a work report', () => {
  const y2017 = report('017_hailar-district-gwr-2017.txt');

  it('reads works to build counted in words, across the list a building verb governs', () => {
    expect(judgedIn(y2017, '两条风情滨河路、四条精品大街、六条绿色景观大道,改造提升四个城市出入口')).toEqual([
      '2 TARGET 2017',
      '4 TARGET 2017',
      '6 TARGET 2017',
      '4 TARGET 2017',
    ]);
    expect(judgedIn(y2017, '重点实施五所普通中小学新建扩建')).toEqual(['5 TARGET 2017']);
  });

  it('reads works opened counted in words as the year’s results', () => {
    expect(judgedIn(report('013_hailar-district-gwr-2013.txt'), '三条主干道路建成通车')).toEqual(['3 ACTUAL 2012']);
  });

  it('reads each count of a list before one predicate', () => {
    expect(judgedIn(y2017, '96户、183人实现全部脱贫')).toEqual(['96 ACTUAL 2016', '183 ACTUAL 2016']);
  });

  it('reads no count that is part of a name, nor the report’s own sections', () => {
    for (const quote of [
      '万家惠农贸批发市场一期投入使用',
      '供水水质达到国家106项卫生标准',
      '严格落实中央八项规定、自治区党委28条配套规定和呼伦贝尔市委十项要求',
      '城市社区10分钟健身圈',
      '今年要突出抓好七方面工作',
    ])
      expect(judgedIn(y2017, quote)).toEqual([]);
  });

  it('reads no session number of a party congress (九届十四次全委会: the 14th plenary) as a count', () => {
    const y2016 = fixtureReport(join(__dirname, '../../fixtures/series'), '016_hailar-district-gwr-2016.txt');
    expect(judgedIn(y2016, '自治区党委九届十四次全委会、市委三届七次全委会会议精神')).toEqual([]);
  });

  it('reads how many times a policy moved', () => {
    expect(judgedIn(report('010_cn-state-council-gwr-2024.txt'), '两次降低存款准备金率、两次下调政策利率')).toEqual([
      '2 ACTUAL 2023',
      '2 ACTUAL 2023',
    ]);
  });
});
