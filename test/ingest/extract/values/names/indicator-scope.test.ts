import { loadLexicon } from '../../../../../src/ingest';
import { withoutScope } from '../../../../../src/ingest/extract/values/names/indicator-scope';

// The subject platform and the period in front of a measured noun are not part of its name.
const lexicon = loadLexicon();

describe('withoutScope', () => {
  it('cuts the period in front of the measure', () => {
    expect(withoutScope('上半年推送城市事件', lexicon)).toBe('推送城市事件');
    expect(withoutScope('确保年底前全市5G基站总数', lexicon)).toBe('全市5G基站总数');
  });

  it('cuts a platform that is the subject of a predicate', () => {
    expect(withoutScope('在某市公共数据开放网新开放数据集', lexicon)).toBe('新开放数据集');
    expect(withoutScope('某市城市大脑累计接入业务系统', lexicon)).toBe('累计接入业务系统');
  });

  it('keeps a platform whose own measure is named, and 在用', () => {
    expect(withoutScope('海洋大数据交易服务平台累计交易额', lexicon)).toBe('海洋大数据交易服务平台累计交易额');
    expect(withoutScope('城市云脑资源总量', lexicon)).toBe('城市云脑资源总量');
    expect(withoutScope('在用数据中心标准机架数', lexicon)).toBe('在用数据中心标准机架数');
  });
});
