import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Results counted over a part of the year written without its year: a quarter (一季度, 第一季度), the
// quarters or months from January (前三季度, 1—5月, 今年1至5月, 前10个月). No tune document or seed reports
// over one, so the passages are written as a city statistics bureau's monthly news is (a dated bulletin
// with no sections): the period a user sees is that part of the bulletin's year, not the bulletin's month.

// Its other news, results by 同比, which make the bulletin one that reports.
const NEWS = '全市规模以上工业增加值同比增长6.8%，社会消费品零售总额同比增长10.2%，进出口总额同比下降3.1%。\n';
const judged = (text: string, value: number) => at(buildGraph([doc('bulletin', NEWS + text, '2015-06-12')]), value);

describe('a part of the year written without its year', () => {
  it('reads 1—5月 and 今年1至5月 as the months to May of the bulletin’s year', () => {
    expect(judged('1—5月，全市规模以上工业增加值同比增长8.5%。', 8.5)).toEqual([{ kind: 'ACTUAL', period: '2015-05' }]);
    expect(judged('今年1至5月，全市规模以上工业企业实现产值4568.3亿元。', 456830000000)).toEqual([{ kind: 'ACTUAL', period: '2015-05' }]);
  });

  it('reads 一季度 and 第一季度 as that quarter', () => {
    expect(judged('一季度，全市地区生产总值同比增长6.2%。', 6.2)).toEqual([{ kind: 'ACTUAL', period: '2015Q1' }]);
    expect(judged('第一季度，全市地区生产总值同比增长6.2%。', 6.2)).toEqual([{ kind: 'ACTUAL', period: '2015Q1' }]);
  });

  it('reads 前三季度 and 前10个月 as the months from January', () => {
    expect(judged('前三季度，全市完成固定资产投资1038.5亿元。', 103850000000)).toEqual([{ kind: 'ACTUAL', period: '2015-09' }]);
    expect(judged('前10个月，全市完成固定资产投资1038.5亿元。', 103850000000)).toEqual([{ kind: 'ACTUAL', period: '2015-10' }]);
  });

  it('takes the part written nearest before each value (上半年…，其中一季度…)', () => {
    const text = '上半年，全市规模以上工业增加值同比增长7.1%，其中一季度增长6.5%。';
    expect(judged(text, 7.1)).toEqual([{ kind: 'ACTUAL', period: '2015H1' }]);
    expect(judged(text, 6.5)).toEqual([{ kind: 'ACTUAL', period: '2015Q1' }]);
  });

  it('reads 去年一季度 in the year before, and a quarter compared with (比去年一季度) as no period of the value', () => {
    expect(judged('去年一季度，全市地区生产总值同比增长5.9%。', 5.9)).toEqual([{ kind: 'ACTUAL', period: '2014Q1' }]);
    const text = '一季度，全市地区生产总值同比增长6.2%，比去年一季度提高0.3个百分点。';
    expect(judged(text, 0.3)).toEqual([{ kind: 'ACTUAL', period: '2015Q1' }]);
  });

  it('leaves a range with its year written to the year (2014年1—11月)', () => {
    expect(judged('2014年1—11月，全市规模以上工业增加值同比增长8.5%。', 8.5)).toEqual([{ kind: 'ACTUAL', period: '2014-11' }]);
  });
});

describe('a month’s end, a month alone, and the months to December', () => {
  it('reads 6月末 as of that month, and 8月份， as that month', () => {
    expect(judged('6月末，全市金融机构本外币存款余额达到1.2万亿元。', 1200000000000)).toEqual([{ kind: 'ACTUAL', period: '2015-06' }]);
    expect(judged('5月份，全市规模以上工业增加值同比增长8.1%。', 8.1)).toEqual([{ kind: 'ACTUAL', period: '2015-05' }]);
  });

  it('leaves a date each year (每年3月底) to the bulletin’s own date', () => {
    expect(judged('每年3月底，全市金融机构本外币存款余额达到1.2万亿元。', 1200000000000)).toEqual([{ kind: 'ACTUAL', period: '2015-06' }]);
  });

  it('reads 12月份， heading a clause as December alone, not the year (the NBS release of January 2024)', () => {
    const text =
      '国新办举行2023年国民经济运行情况新闻发布会\n初步核算，全年国内生产总值1260582亿元，按不变价格计算，比上年增长5.2%。\n' +
      '全年全国城镇调查失业率平均值为5.2%，比上年下降0.4个百分点。12月份，全国城镇调查失业率为5.1%。';
    const year = (t: string, v: number) => at(buildGraph([doc('release', t, '2024-01-17')]), v);
    expect(year(text, 5.1)).toEqual([{ kind: 'ACTUAL', period: '2023-12' }]);
    expect(year(text, -0.4)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });

  it('reads 去年12月末 and 2014年1—12月 as the year', () => {
    expect(judged('去年12月末，全市金融机构本外币存款余额达到1.1万亿元。', 1100000000000)).toEqual([{ kind: 'ACTUAL', period: '2014' }]);
    expect(judged('2014年1—12月，全市规模以上工业增加值同比增长8.3%。', 8.3)).toEqual([{ kind: 'ACTUAL', period: '2014' }]);
  });
});

describe('quarters from January written as a range', () => {
  it('reads 一至三季度 and 1—3季度 as 前三季度, and 一至二季度 as 上半年, not the range’s last quarter', () => {
    expect(judged('一至三季度，全市完成固定资产投资1038.5亿元。', 103850000000)).toEqual([{ kind: 'ACTUAL', period: '2015-09' }]);
    expect(judged('1—3季度，全市完成固定资产投资1038.5亿元。', 103850000000)).toEqual([{ kind: 'ACTUAL', period: '2015-09' }]);
    expect(judged('一至二季度，全市地区生产总值同比增长6.2%。', 6.2)).toEqual([{ kind: 'ACTUAL', period: '2015H1' }]);
  });
});

// 2022年前三季度 is the first three quarters of 2022, not a date before 2022 (2025年前, a horizon): the National Bureau
// of Statistics' release of 24 October 2022, its headline's words before the figure and its first sentence's after.
describe('a year written before the quarters or months from January', () => {
  it('reads 2022年前三季度 as the months to September of that year, a result', () => {
    const text = '2022年前三季度全国居民人均可支配收入27650元，比上年同期名义增长5.3%，扣除价格因素，实际增长3.2%。';
    expect(at(buildGraph([doc('nbs', NEWS + text, '2022-10-24')]), 27650)).toEqual([{ kind: 'ACTUAL', period: '2022-09' }]);
  });
});
