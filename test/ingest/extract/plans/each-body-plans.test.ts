import { namesRead } from '../names-read';

// 各 right before a five-year period (各自“十四五”规划, 各区“十四五”规划) names every body's plan of that period, a kind
// of plan, not one (src/ingest/extract/plans/named-plans.ts). A city's own period plan written bare is still its
// plan. Fresh official wording, recalled from 成都市“十四五”数字经济发展实施方案's closing section (2021; the
// passage abridged).

const plans = (text: string) => namesRead('Plan', text);

describe('a five-year plan of each body', () => {
  it('reads no plan in 结合各自“十四五”规划', () => {
    const text = '成都市“十四五”数字经济发展实施方案\n各区（市）县要按照本方案要求，结合各自“十四五”规划，制定具体落实举措。';
    expect(plans(text)).not.toContain('“十四五”规划');
  });

  it('still reads the city’s own period plan written bare', () => {
    const text = '成都市“十四五”数字经济发展实施方案\n各区（市）县要按照本方案要求，落实“十四五”规划，制定具体落实举措。';
    expect(plans(text)).toContain('“十四五”规划');
  });
});
