import { join } from 'node:path';
import { buildGraph } from '../../../../../src/ingest';
import { loadLexicon } from '../../../../../src/ingest/lexicon';
import { segment } from '../../../../../src/ingest/segment';
import { CORPUS_DIR } from '../../../corpus/corpus-fixture';
import { fixtureReport, judgedAt as at, judgedIn, passage as doc } from '../../judged-values';

// Periods a value's own text names, outside a section that gives one: a five-year period the results
// were had in (“十二五”期间), a stock had already at the end of a look back (已有…受益), and the
// horizon inside a ——item of a five-year plan's goals, which dates its own sentence (and what 届时 says
// next) but not the sentences after it. Quoted from the Hailar district's 2016 report (016) and the State
// Council's 2016 and 2018 reports (003, 005).

describe('a five-year period named for results', () => {
  // 016, under its heading, which names the year 2015 as well as the period (its lead, 五年来, left out).
  const TERM =
    '海拉尔区政府工作报告\n一、“十二五”时期和2015年工作回顾\n固定资产投资由2010年的63.8亿元增加到2015年的136.3亿元，年均增长14.9%;“十二五”期间，累积完成全社会固定资产投资615亿元，是“十一五”时期的2.7倍。';

  it('reads a total over “十二五”期间 as that period’s, not the year its section reviews', () => {
    expect(at(buildGraph([doc('016-passage', TERM, '2016-02-19')]), 61500000000)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });

  it('takes no period compared with (是“十一五”时期的2.7倍) for the one the figure is of', () => {
    expect(at(buildGraph([doc('016-passage', TERM, '2016-02-19')]), 2.7)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });
});

describe('a stock had already at the end of a look back', () => {
  const REVIEW = [
    '一、过去五年工作回顾',
    '五年来，人民生活持续改善。居民基本医保人均财政补助标准由240元提高到450元，大病保险制度基本建立、已有1700多万人次受益，异地就医住院费用实现直接结算。加大对各类学校家庭困难学生资助力度，4.3亿人次受益。',
  ].join('\n');

  it('reads 已有…人次受益 as the level the term ends with, and those who benefited over it as the term’s (005)', () => {
    const g = buildGraph([doc('005-passage', REVIEW, '2018-03-05')]);
    expect(at(g, 17000000)).toEqual([{ kind: 'ACTUAL', period: '2017' }]);
    expect(at(g, 430000000)).toEqual([{ kind: 'ACTUAL', period: '2013-2017' }]);
  });
});

describe('a horizon inside a ——item of five-year goals (003)', () => {
  const GOALS = [
    '二、“十三五”时期主要目标任务和重大举措',
    '——保持经济中高速增长，推动产业迈向中高端水平。实现全面建成小康社会目标，到2020年国内生产总值和城乡居民人均收入比2010年翻一番，“十三五”时期经济年均增长保持在6.5%以上。加快推进产业结构优化升级，实施一批技术水平高、带动能力强的重大工程。到2020年，先进制造业、现代服务业、战略性新兴产业比重大幅提升，全员劳动生产率从人均8.7万元提高到12万元以上。届时，我国经济总量超过90万亿元，发展的质量和效益明显提高。',
    '——推进新型城镇化和农业现代化，促进城乡区域协调发展。缩小城乡区域差距，既是调整经济结构的重点，也是释放发展潜力的关键。到2020年，常住人口城镇化率达到60%、户籍人口城镇化率达到45%。实施一批水利、农机、现代种业等工程，推动农业适度规模经营和区域化布局、标准化生产、社会化服务。加强重大基础设施建设，高铁营业里程达到3万公里、覆盖80%以上的大城市，新建改建高速公路通车里程约3万公里，实现城乡宽带网络全覆盖。',
  ].join('\n');
  const g = buildGraph([doc('003-passage', GOALS, '2016-03-05')]);

  it('dates the goals of the sentence that writes 到2020年 by it', () => {
    expect(at(g, 45)).toEqual([{ kind: 'TARGET', period: '2020' }]);
  });

  it('dates what 届时 says by the horizon of the sentence before', () => {
    expect(at(g, 90000000000000)).toEqual([{ kind: 'TARGET', period: '2020' }]);
  });

  it('leaves a later sentence of the item with no year of its own over the plan’s years', () => {
    expect(at(g, 80)).toEqual([{ kind: 'TARGET', period: '2016-2020' }]);
    expect(at(g, 30000)).toEqual([
      { kind: 'TARGET', period: '2016-2020' },
      { kind: 'TARGET', period: '2016-2020' },
    ]);
  });
});

describe('the results of a half-year summary (seed 004, 市大数据局2025年上半年工作总结)', () => {
  const summary = fixtureReport(join(__dirname, '../../../../../seeds'), '004_3695672b474745f3.txt');

  it('dates a result its sentence does not date by the half the summary reports, not the day it is dated', () => {
    expect(judgedIn(summary, '完成登记成果17项')).toEqual(['17 ACTUAL 2025H1']);
  });

  it('keeps the year end a commitment of the summary names', () => {
    expect(judgedIn(summary, '年底前打造不少于20个社会化“无证明”应用场景')).toEqual(['20 TARGET 2025']);
  });
});

describe('an indicator whose name holds a target word', () => {
  it('reads 人均预期寿命达到76.7岁 in a look back as a result at the term’s end, not an expectation (005)', () => {
    const text = [
      '一、过去五年工作回顾',
      '五年来，人民生活持续改善。社会养老保险覆盖9亿多人，基本医疗保险覆盖13.5亿人，织就了世界上最大的社会保障网。人均预期寿命达到76.7岁。',
    ].join('\n');
    expect(at(buildGraph([doc('005-passage', text, '2018-03-05')]), 76.7)).toEqual([{ kind: 'ACTUAL', period: '2017' }]);
  });
});

describe('a share of the growth over a look back (005)', () => {
  const text = [
    '一、过去五年工作回顾',
    '五年来，经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右，对世界经济增长贡献率超过30%。',
    '五年来，经济结构出现重大变革。消费贡献率由54.9%提高到58.8%，服务业比重从45.3%上升到51.6%，成为经济增长主动力。',
  ].join('\n');
  const g = buildGraph([doc('005-passage', text, '2018-03-05')]);

  it('reads a contribution to the growth of the five years as theirs, though 超过 ends its clause', () => {
    expect(at(g, 30)).toEqual([{ kind: 'ACTUAL', period: '2013-2017' }]);
  });

  it('still reads a contribution written as a change by its levels', () => {
    expect(at(g, 54.9)).toEqual([{ kind: 'ACTUAL', period: '2012' }]);
    expect(at(g, 58.8)).toEqual([{ kind: 'ACTUAL', period: '2017' }]);
  });
});

describe('the government’s term so far (2017 report, 004)', () => {
  const y2017 = fixtureReport(CORPUS_DIR, '004_cn-state-council-gwr-2017.txt');

  it('reads the congress’s term from the dateline: its fifth session in 2017 puts the first in 2013', () => {
    expect(segment(doc('004', y2017.text), loadLexicon()).time.termStart).toBe(2013);
  });

  it('reads a result of 本届政府 over the term up to the year before, and 去年 of the same sentence as that year', () => {
    expect(judgedIn(y2017, '在提前完成本届政府减少行政审批事项三分之一目标的基础上，去年又取消165项')).toEqual([
      '-33.33333333333333 ACTUAL 2013-2016',
      '165 ACTUAL 2016',
    ]);
  });
});
