import { buildGraph } from '../../../src/ingest';
import { judgedAt as at, passage as doc } from '../extract/judged-values';

// A lead that opens on a year standing alone (2025 年，主要目标是：) names the year of the goals it opens, as one
// with the year inside it does (2025 年的主要目标是：). Quoted from the “十四五” smart-manufacturing plan (063), its
// lead line rewritten from 2025 年的主要目标是： to 2025 年，主要目标是：; the 到 2035 年 written before it is the
// longer horizon, which the ——items under the lead do not take.

const PLAN = (lead: string) =>
  [
    '“十四五”智能制造发展规划',
    '（三）发展路径和目标',
    '到 2025 年，规模以上制造业企业大部分实现数字化网络化，',
    '重点行业骨干企业初步应用智能化；到 2035 年，规模以上制',
    '造业企业全面普及数字化网络化，重点行业骨干企业基本实现',
    '智能化。',
    lead,
    '——转型升级成效显著。70%的规模以上制造业企业基本',
    '实现数字化网络化，建成 500 个以上引领行业发展的智能制造',
    '示范工厂。',
  ].join('\n');

describe('a year standing alone before a lead', () => {
  it('dates the goals the lead opens, as the year written inside the lead does', () => {
    const rewritten = buildGraph([doc('063-passage', PLAN('2025 年，主要目标是：'), '2021-12-21')]);
    const asWritten = buildGraph([doc('063-passage', PLAN('2025 年的主要目标是：'), '2021-12-21')]);
    expect(at(rewritten, 500)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(at(asWritten, 500)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });

  it('reads the lead line under a heading line (一、发展目标 ⏎ 2026年，实现以下目标： ⏎ 1.…)', () => {
    // The same goal, its lead and heading written as a Shandong plan writes them (numbered items, 以下目标).
    const text = [
      '“十四五”智能制造发展规划',
      '一、发展目标',
      '2025年，实现以下目标：',
      '1.建成500个以上引领行业发展的智能制造示范工厂。',
      '2.培育150家以上专业水平高、服务能力强的智能制造系统解决方案供应商。',
      '二、重点任务',
      '到2035年，规模以上制造业企业全面普及数字化网络化。',
    ].join('\n');
    const g = buildGraph([doc('063-items', text, '2021-12-21')]);
    expect(at(g, 500)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(at(g, 150)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });
});
