import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A work summary's heading that says a goal was met reports, as 工作总结 above it does: quoted from
// 绍兴市大数据发展管理局2021年工作总结及2022年工作思路 (published 2022-07-20). The tune texts write
// such headings only inside sentences (“十二五”规划确定的主要目标任务全面完成), which clause cues already read.

const summary = [
  '绍兴市大数据发展管理局2021年工作总结及2022年工作思路',
  '',
  '一、2021年工作总结',
  '',
  '（一）“一体化”目标基本实现。一是全面实现市县平台落地贯通。数字化改革应用基本实现“浙里办”、“浙政钉”整合接入，我市全年新增“浙里办”应用50个，比上一年增加166%；日活用户达9.5万人次，同比增加126%。新增“浙政钉”应用106个，比上一年增加200%。',
  '',
].join('\n');

describe('a heading that says its goal was met', () => {
  const g = buildGraph([passage('shaoxing-2021-summary', summary, '2022-07-20')]);

  it('reads the figures under it as the year’s results', () => {
    expect(judgedAt(g, 50)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
    expect(judgedAt(g, 106)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
  });

  it('reads the growth under it as a result too', () => {
    expect(judgedAt(g, 166)).toEqual([{ kind: 'ACTUAL', period: '2021' }]);
  });
});
