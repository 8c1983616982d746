import { findQuantities } from '../../../../src/ingest/extract/quantity';

// A growth of zero written with the numeral 零, quoted from the corpus: the 2018 State Council work
// report (005: 化肥农药使用量实现零增长), the 2015 one (002: 促进重点区域煤炭消费零增长) and the 无废城市 pilot
// plan (074: 大宗工业固体废物贮存处置总量趋零增长). The 零 is the figure, 0 %. Not a figure: a 零 inside a
// larger numeral (一百零二), and a zero rate inside the name of a campaign (003: 实施化肥农药零增长行动; 019: 启动
// 实施化肥农药零增长、畜禽粪污和残膜回收利用行动).

const read = (text: string) => findQuantities(text).map((q) => ({ raw: q.raw, value: q.value, unit: q.unit }));

describe('a growth of zero written 零增长', () => {
  it('is a rate of 0 %', () => {
    expect(read('加强重点流域海域水污染防治，化肥农药使用量实现零增长。')).toEqual([{ raw: '零', value: 0, unit: '%' }]);
    expect(read('大宗工业固体废物贮存处置总量趋零增长、主要农业废弃物全量利用')).toEqual([{ raw: '零', value: 0, unit: '%' }]);
  });

  it('is no figure inside a larger numeral or inside the name of a campaign', () => {
    expect(read('一百零二个')).toEqual([{ raw: '一百零二个', value: 102, unit: '个' }]);
    expect(read('实施化肥农药零增长行动。')).toEqual([]);
    expect(read('启动实施化肥农药零增长、畜禽粪污和残膜回收利用行动，畜禽粪污无害化处理率达到70%')).toEqual([
      { raw: '达到70%', value: 70, unit: '%' },
    ]);
  });
});
