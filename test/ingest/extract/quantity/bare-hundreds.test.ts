import { findQuantities } from '../../../../src/ingest/extract/quantity';

// Shandong's manufacturing-innovation plan (test/fixtures/corpus 041) commits 支持千家企业产学研协同创新: a bare 千
// before 家 and the enterprises it counts is a thousand. Without that noun after its classifier a bare 千 or 百 stays
// a word (千家万户, 百家争鸣, 千方百计).

const read = (text: string) => findQuantities(text).map((q) => ({ raw: q.raw, value: q.value, unit: q.unit }));

describe('a bare 千 or 百 before what it counts', () => {
  it('reads 千家企业 as a thousand enterprises', () => {
    expect(read('实施科技型中小企业创新能力提升工程，支持千家企业产学研协同创新。')).toEqual([{ raw: '千家', value: 1000, unit: '家' }]);
  });

  it('reads no figure in an idiom or a saying', () => {
    expect(read('走进千家万户，百家争鸣，千方百计稳就业')).toEqual([]);
  });
});
