import { findQuantities } from '../../../../src/ingest/extract/quantity';

// A scale written as a level (万亿级, 7000亿级) is the value its clause reaches when the clause
// ends on it (Jinan's 2021 digital pioneer city plan); before a noun it stays an adjective.

const GOALS =
  '到2025年，数字经济产业能级达到万亿级，占GDP比重超过50%，数字产业化和产业数字化产业规模均达到7000亿级，城市数字化水平位居全国前列。';

describe('a scale that ends its clause', () => {
  it('reads 达到万亿级 and 达到7000亿级 as the amounts reached, beside the share', () => {
    expect(findQuantities(GOALS).map((q) => q.value)).toEqual([1000000000000, 50, 700000000000]);
  });

  it('keeps 千亿级 before a noun an adjective, and the count beside it a value', () => {
    expect(findQuantities('卡奥斯打造首个千亿级工业互联网品牌')).toEqual([]);
    expect(findQuantities('建成3个千亿级数字经济产业集群').map((q) => q.value)).toEqual([3]);
  });
});
