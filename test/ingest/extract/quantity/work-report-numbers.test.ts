import { findQuantities } from '../../../../src/ingest/extract/quantity';

// Numbers as the State Council work reports write them (test/fixtures/corpus 008–010), quoted:
// a multiplier before a unit that begins with one (亿千瓦), laws counted in 部, a bare 千万 that
// a word approximates (近千万, 上千万), and what is no figure: 数亿 (several), 千家万户 (idiom),
// 2×35万千瓦 (a product written as a formula), 3部门 (a count inside a name of bodies).

const read = (text: string) => findQuantities(text).map((q) => ({ raw: q.raw, value: q.value, unit: q.unit }));

describe('numbers of the work reports', () => {
  it('reads 10亿千瓦 as 10亿 of the unit 千瓦, not as a malformed 亿千', () => {
    expect(read('可再生能源发电装机规模突破10亿千瓦。')).toEqual([{ raw: '突破10亿千瓦', value: 1e9, unit: '千瓦' }]);
    expect(read('可再生能源装机规模由6.5亿千瓦增至12亿千瓦以上')).toEqual([
      { raw: '6.5亿千瓦', value: 6.5e8, unit: '千瓦' },
      { raw: '增至12亿千瓦以上', value: 1.2e9, unit: '千瓦' },
    ]);
    expect(read('公路里程增至5千米')).toEqual([{ raw: '增至5千米', value: 5, unit: '千米' }]);
  });

  it('counts laws and regulations in 部, but no 部门 or 部分', () => {
    expect(read('提请全国人大常委会审议法律议案10件，制定修订行政法规15部。')).toEqual([
      { raw: '10件', value: 10, unit: '件' },
      { raw: '15部', value: 15, unit: '部' },
    ]);
    expect(read('对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税。').map((q) => q.unit)).toEqual(['元', '元']);
    expect(read('3部门联合印发')).toEqual([]);
  });

  it('reads a bare 千万 after a word that approximates it, and no figure after 数 or in an idiom', () => {
    expect(read('新开工改造城镇老旧小区5.6万个，惠及近千万家庭。')).toEqual([
      { raw: '5.6万个', value: 56000, unit: '个' },
      { raw: '近千万', value: 1e7, unit: undefined },
    ]);
    expect(read('每年有上千万农村人口转移到城镇')).toEqual([{ raw: '千万', value: 1e7, unit: undefined }]);
    expect(read('上亿市场主体承载着数亿人就业创业')).toEqual([]);
    expect(read('要坚持把教育这个关乎千家万户和中华民族未来的大事办好')).toEqual([]);
  });

  it('reads no figure in a product written with × (东电2×35万千瓦热电联产)', () => {
    expect(read('加快推进大唐哈克5万千瓦风电、东电2×35万千瓦热电联产等重点项目前期工作')).toEqual([
      { raw: '5万千瓦', value: 50000, unit: '千瓦' },
    ]);
  });

  // The 2017 report (test/fixtures/corpus 004) as published breaks lines inside figures.
  it('reads a figure broken from its multiplier by a blank line, with the 多 before it', () => {
    expect(read('国内生产总值达到74.4\n\n万亿元，增长6.7%')).toEqual([
      { raw: '达到74.4\n\n万亿元', value: 74.4e12, unit: '元' },
      { raw: '6.7%', value: 6.7, unit: '%' },
    ]);
    expect(read('光缆线路550\n\n多万公里。').map((q) => [q.value, q.unit])).toEqual([[5.5e6, '公里']]);
    expect(read('广义货币M\n2\n增长11.3%').map((q) => q.value)).toEqual([11.3]);
  });

  // The 14th five-year smart manufacturing plan (063) and the 2022 Digital China report (052) as printed.
  it('reads a figure spaced or broken from its 余/多 and unit', () => {
    expect(read('收入超 10 亿元的系统解决方案供应商达 40 余家。').map((q) => [q.value, q.unit])).toEqual([
      [1e9, '元'],
      [40, '家'],
    ]);
    expect(read('报告起草组对1100\n多条代表性建言中的重点意见予以吸收。').map((q) => [q.value, q.unit])).toEqual([[1100, '条']]);
  });

  it('reads the 负 that ends 税负 as a word, not as the sign of the figure after it', () => {
    expect(read('全年降低企业税负5700多亿元')).toEqual([{ raw: '5700多亿元', value: 5.7e11, unit: '元' }]);
  });

  it('reads the 负 that ends 减负 as a word: the relief is an amount, not a minus (district work report, recalled wording)', () => {
    expect(read('五年累计为企业减负21亿元，争取上级各类扶持资金14.6亿元。').map((q) => [q.raw, q.value])).toEqual([
      ['21亿元', 2.1e9],
      ['14.6亿元', 1.46e9],
    ]);
  });
});

describe('a figure whose lower places follow its multiplier (the 2018 work report, corpus 005)', () => {
  it('reads 1万6千多户, 2万5千公里 and 1亿3千多万 as one figure each', () => {
    expect(read('大众创业、万众创新蓬勃发展，日均新设企业由5千多户增加到1万6千多户。')).toEqual([
      { raw: '5千多户', value: 5000, unit: '户' },
      { raw: '1万6千多户', value: 16000, unit: '户' },
    ]);
    expect(read('高速铁路运营里程从9000多公里增加到2万5千公里、占世界三分之二').map((q) => q.value)).toEqual([
      9000, 25000, 66.66666666666666,
    ]);
    expect(read('出境旅游人次由8300万增加到1亿3千多万。').map((q) => [q.raw, q.value])).toEqual([
      ['8300万', 8.3e7],
      ['1亿3千多万', 1.3e8],
    ]);
  });

  it('keeps two figures apart when the second is no lower place of the first (10万1000人, 3万、5千)', () => {
    expect(read('培训10万人，1000人取得证书').map((q) => q.value)).toEqual([100000, 1000]);
    expect(read('分别为3万元、5千元').map((q) => q.value)).toEqual([30000, 5000]);
  });
});

describe('multiples written in words (the 2018 work report, corpus 005)', () => {
  it('reads 翻了一番 as 2 倍, and 增加两倍 / 提高一倍 as the multiple written', () => {
    expect(read('国内有效发明专利拥有量增加两倍，技术交易额翻了一番。')).toEqual([
      { raw: '两倍', value: 2, unit: '倍' },
      { raw: '翻了一番', value: 2, unit: '倍' },
    ]);
    expect(read('外商投资结构优化，高技术产业占比提高一倍。')).toEqual([{ raw: '一倍', value: 1, unit: '倍' }]);
  });

  it('still reads no figure in 一 as an article (一件事)', () => {
    expect(read('推进政务服务“一件事一次办”')).toEqual([]);
  });
});

describe('a length of time or life measured (the work reports, corpus 005 and 009)', () => {
  it('reads 年 and 岁 after the length they measure (受教育年限, 预期寿命) as units', () => {
    expect(read('劳动年龄人口平均受教育年限从13.5年提高到14年')).toEqual([
      { raw: '13.5年', value: 13.5, unit: '年' },
      { raw: '提高到14年', value: 14, unit: '年' },
    ]);
    expect(read('人均预期寿命达到76.7岁。')).toEqual([{ raw: '达到76.7岁', value: 76.7, unit: '岁' }]);
  });

  it('reads no duration or age elsewhere (再延长30年, 60岁以上人口)', () => {
    expect(read('落实第二轮土地承包到期后再延长30年的政策。我国60岁以上人口已达2.5亿')).toEqual([
      { raw: '达2.5亿', value: 2.5e8, unit: undefined },
    ]);
  });
});
