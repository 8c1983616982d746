import { namesRead } from '../names-read';

// 国民经济和社会发展规划 is one name: the field before 和 is its partner, not a list item (plans.json → named.jointFields,
// src/ingest/extract/plans/standing-plans.ts). Written after a determiner (本地区) it is a kind of plan, none. Fresh
// official wording, recalled from 浙江省新一代人工智能发展规划 (浙政发〔2017〕47号, abridged): 各地要将人工智能发展纳入本地区
// 国民经济和社会发展规划.

const plans = (text: string) => namesRead('Plan', text);

describe('a plan named by two fields joined by 和', () => {
  it('reads no plan of the second field alone, and none of a locality’s plan', () => {
    const text = '浙江省新一代人工智能发展规划\n各地要将人工智能发展纳入本地区国民经济和社会发展规划，省级有关部门要研究制定专项政策。';
    expect(plans(text).filter((n) => n.includes('社会发展规划'))).toEqual([]);
  });

  it('reads a province’s plan so named whole (invented sentence)', () => {
    expect(plans('测试文件\n落实山东省国民经济和社会发展规划。')).toContain('山东省国民经济和社会发展规划');
  });
});
