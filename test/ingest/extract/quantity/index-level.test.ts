import { buildGraph } from '../../../../src/ingest';
import { findQuantities } from '../../../../src/ingest/extract/quantity';
import { record } from '../../../fixtures/genre/records';

// Corpus 044 (山东省…新一代信息技术产业高质量发展的指导意见, 2023), 总体要求: an index's level is written
// with no unit, 全省两化融合发展指数达到125左右. The index's name and its verb make the bare number a value;
// a bare number elsewhere (双12, a year) stays none.

const SENTENCE = '每年新增授权发明专利10000件以上。全省两化融合发展指数达到125左右，努力打造全国新一代信息技术产业重要集聚区。';

describe('an index level written with no unit', () => {
  it('is read as a quantity with its bound', () => {
    const q = findQuantities(SENTENCE).find((x) => x.value === 125);
    expect(q).toMatchObject({ raw: '达到125左右', comparator: 'about' });
    expect(q?.unit).toBeUndefined();
  });

  it('is a target on the index', () => {
    const g = buildGraph([record('index-level', `到2025年年底，${SENTENCE}`)]);
    const target = g.relationships.find((r) => r.type === 'SETS_TARGET' && r.properties.value === 125);
    expect(target?.properties).toMatchObject({ comparator: 'about', period: '2025' });
  });

  it('leaves a bare number that follows no index verb', () => {
    expect(findQuantities('全省两化融合发展水平125，位居全国前列').map((x) => x.value)).not.toContain(125);
  });
});
