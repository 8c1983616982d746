import { buildGraph } from '../../../src/ingest';
import { judgedAt as at, passage as doc } from '../extract/judged-values';

// A heading naming a year already over, with no word of review or commitment: 052's 四、2022年数字中国发展地区评价
// and a figure of its summary, in a report whose title names no year (052's title less its （2022年）), published
// the next spring. The figures under it are that year's, not as of the day the report is published.

const REPORT = (heading: string) =>
  `数字中国发展报告\n${heading}\n全国一体化政务服务平台实名用户超过10亿人。\n六、数字中国建设面临的形势\n数据资源规模快速增长，数据产量达8.1ZB。`;
const judged = (heading: string, value: number) => at(buildGraph([doc('052-passage', REPORT(heading), '2023-05-23')]), value);

describe('a heading naming a past year', () => {
  it('dates the figures of its section by that year', () => {
    expect(judged('四、2022年数字中国发展地区评价', 1000000000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('does not date the next section, which names none', () => {
    expect(judged('四、2022年数字中国发展地区评价', 8.1)).toEqual([{ kind: 'ACTUAL', period: '2023-05' }]);
  });

  it('reads no year from a span (2021—2025年) or a start (2012年以来)', () => {
    expect(judged('四、2021—2025年数字中国发展地区评价', 1000000000)).toEqual([{ kind: 'ACTUAL', period: '2023-05' }]);
    expect(judged('四、2012年以来数字中国发展地区评价', 1000000000)).toEqual([{ kind: 'ACTUAL', period: '2023-05' }]);
  });
});
