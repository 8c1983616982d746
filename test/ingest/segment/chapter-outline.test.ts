import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A long plan's chapters and their sections (第一章 · 第一节) are its outline, and its title's period is the five-year
// plan it names in full (第十四个五年规划), not the year it looks out to (2035年远景目标). Quoted from the outline of
// the 14th Five-Year Plan (session 19's fresh-text set). Before, the chapter lines were taken for lines under the
// title, the review of 十三五 before the goals was read as no values at all, and the goals were dated 2035–2039.

const outline = [
  '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
  '',
  '第一章 发展环境',
  '第一节 决胜全面建成小康社会取得决定性成就',
  '“十三五”时期，全面建成小康社会取得伟大历史性成就。经济实力、科技实力、综合国力跃上新的大台阶，经济运行总体平稳，经济结构持续优化，国内生产总值突破100万亿元。脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫。常住人口城镇化率超过60%，中等收入群体超过4亿人。',
  '',
  '第三章 主要目标',
  '第二节 “十四五”时期经济社会发展主要目标',
  '——经济发展取得新成效。常住人口城镇化率提高到65%。',
  '——生态文明建设实现新进步。单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%，森林覆盖率提高到24.1%。',
  '',
].join('\n');

describe('a plan laid out in chapters', () => {
  const g = buildGraph([passage('cn-14th-fyp-outline', outline)]);

  it('reads the review chapter’s results, as of the period’s end or over it', () => {
    expect(judgedAt(g, 100000000000000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(judgedAt(g, 55750000)).toEqual([{ kind: 'ACTUAL', period: '2016-2020' }]);
    expect(judgedAt(g, 60)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
  });

  it('dates the goals over the five-year plan its title names', () => {
    expect(judgedAt(g, 65)).toEqual([{ kind: 'TARGET', period: '2021-2025' }]);
    expect(judgedAt(g, 24.1)).toEqual([{ kind: 'TARGET', period: '2021-2025' }]);
  });
});
