import { findQuantities } from '../../../../src/ingest/extract/quantity';

// The base a rate or an intensity is counted per is no quantity of its own: 每万人口 in the national
// 14th five-year plan's indicator 每万人口高价值发明专利拥有量 and 每千人口拥有执业（助理）医师数, and the
// 万元 of 万元GDP能耗 in a district's statistical bulletin (the tune texts write neither form).

const values = (text: string) => findQuantities(text).map((q) => `${q.value} ${q.unit ?? ''}`);

describe('the base of a rate', () => {
  it('reads the count per ten thousand people, not ten thousand people', () => {
    expect(values('到2025年每万人口高价值发明专利拥有量达到12件')).toEqual(['12 件']);
    expect(values('每千人口拥有执业（助理）医师数达到3.2人')).toEqual(['3.2 人']);
  });

  it('reads the fall of the intensity, not ten thousand yuan', () => {
    expect(values('万元GDP能耗下降9.7%')).toEqual(['9.7 %']);
    expect(values('万元地区生产总值能耗下降3%')).toEqual(['3 %']);
  });

  it('still reads a bare 万 that counts (万亿元) and a written amount of 万元', () => {
    expect(values('数字经济规模迈上万亿元台阶')).toEqual(['1000000000000 元']);
    expect(values('节省财政资金479万元')).toEqual(['4790000 元']);
  });
});
