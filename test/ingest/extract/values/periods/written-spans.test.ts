import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Results under a span of years written in full (2012年至2021年，…; 从2012到2022年，…, as the Digital China
// report of 2022 (052) opens its look back): the span's, read as inside any span: an average or a sum over it is
// the span's, a level it reached is its last year's, and the level a change starts from is its first year's. No
// tune document reports a counted value under one, so the passages are written as a city's review of ten years
// is, in a bulletin dated after them.

const NEWS = '全市规模以上工业增加值同比增长6.8%，社会消费品零售总额同比增长10.2%，进出口总额同比下降3.1%。\n';
const judged = (text: string, value: number, date = '2022-06-12') => at(buildGraph([doc('review', NEWS + text, date)]), value);

describe('results under a written span', () => {
  it('reads an average and a sum under 2012年至2021年 as the span’s', () => {
    const text = '2012年至2021年，全市地区生产总值年均增长7.3%，累计完成固定资产投资2.1万亿元。';
    expect(judged(text, 7.3)).toEqual([{ kind: 'ACTUAL', period: '2012-2021' }]);
    expect(judged(text, 2100000000000)).toEqual([{ kind: 'ACTUAL', period: '2012-2021' }]);
  });

  it('reads a change under 从2012到2022年 from its first year’s level to its last year’s', () => {
    // Published the year after, as 052 is: 到2022年 is then past, not a horizon.
    const text = '从2012到2022年，全市地区生产总值从1.2万亿元增长到2.8万亿元。';
    expect(judged(text, 1200000000000, '2023-05-23')).toEqual([{ kind: 'ACTUAL', period: '2012' }]);
    expect(judged(text, 2800000000000, '2023-05-23')).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('leaves a year written after the span to date its own results', () => {
    const text = '2012年至2021年，全市地区生产总值年均增长7.3%；2021年，全市地区生产总值达到2.8万亿元。';
    expect(judged(text, 2800000000000)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
  });
});

// The Digital China report of 2021 (国家网信办, July 2022), as the news carried it: 2017年到2021年，我国数据产量从2.3ZB增长至
// 6.6ZB. 增长至 is 增长到 written with 至: the level reached is the span's last year's, as 增长到 reads.
describe('a change to a level written with 至', () => {
  it('reads the level it rose to as the span’s last year’s, and where it started as its first year’s', () => {
    const text = '在数据产量方面，2017年到2021年，我国数据产量从2.3ZB增长至6.6ZB，全球占比9.9%，位居世界第二。';
    expect(judged(text, 6.6, '2022-07-23')).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
    expect(judged(text, 2.3, '2022-07-23')).toEqual([{ kind: 'ACTUAL', period: '2017' }]);
  });
});
