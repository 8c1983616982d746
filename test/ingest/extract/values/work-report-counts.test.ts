import { join } from 'node:path';
import { buildGraph, readDocuments } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { fixtureReport, judgedIn } from '../judged-values';
import { CORPUS_DIR } from '../../corpus/corpus-fixture';

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

  it('reads the works named before a count in words when the works done to them follow it (2016)', () => {
    expect(judgedIn(report('016_hailar-district-gwr-2016.txt'), '重点做好友联、友好两个新村的二期工程建设')).toEqual(['2 TARGET 2016']);
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
    const y2016 = fixtureReport(join(__dirname, '../../../fixtures/series'), '016_hailar-district-gwr-2016.txt');
    expect(judgedIn(y2016, '自治区党委九届十四次全委会、市委三届七次全委会会议精神')).toEqual([]);
  });

  it('reads how many times a policy moved', () => {
    expect(judgedIn(report('010_cn-state-council-gwr-2024.txt'), '两次降低存款准备金率、两次下调政策利率')).toEqual([
      '2 ACTUAL 2023',
      '2 ACTUAL 2023',
    ]);
  });
});

// The Hailar district's 2012 report, GBK as published: a scale inside a project's name, a count of
// the names listed before it, and figures that count or measure nothing (a term with a numeral, a
// voltage class, the bar a share meets).
describe('counts of the 2012 report', () => {
  let y2012: { graph: Graph; text: string };
  beforeAll(async () => {
    const { documents } = await readDocuments([join(CORPUS_DIR, '012_hailar-district-gwr-2012.txt')]);
    y2012 = { graph: buildGraph(documents), text: documents[0].text };
  });

  it('reads the scale a project’s name carries when the clause only names it', () => {
    expect(judgedIn(y2012, '启动2.5万亩蔬菜基地建设工程')).toEqual(['25000 TARGET 2012']);
  });

  it('reads a count in words equal to the names listed before it, when a building verb opens its clause', () => {
    expect(judgedIn(y2012, '全面启动世界反法西斯战争海拉尔纪念园、哈克文化遗址公园两个核心旅游景区二期建设')).toEqual(['2 TARGET 2012']);
    // Works in progress with no building verb, and a pair of abstractions, are not counted.
    expect(judgedIn(report('013_hailar-district-gwr-2013.txt'), '哈萨尔和东升路两个市民广场、伊敏河沿河公园等工程进展顺利')).toEqual([]);
    expect(judgedIn(report('008_cn-state-council-gwr-2022.txt'), '要充分发挥中央和地方两个积极性')).toEqual([]);
  });

  it('reads no count in a term written with a numeral, nor a voltage class', () => {
    expect(judgedIn(y2012, '三次产业结构演进为')).toEqual([]);
    expect(judgedIn(y2012, '产业基地220千伏变电站')).toEqual([]);
  });

  it('reads the share, not the bar it meets', () => {
    expect(judgedIn(y2012, '80%的社区办公用房达到300平方米以上')).toEqual(['80 ACTUAL 2011']);
    // Without a share before it the level is the target itself.
    expect(judgedIn(y2012, '年内所有的社区办公用房要达到300平方米以上')).toEqual(['300 TARGET 2012']);
  });
});
