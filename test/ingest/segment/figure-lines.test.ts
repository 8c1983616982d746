import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A page layout that cuts a sentence at each figure (地区生产总值从⏎497.8⏎亿元增加到⏎779⏎亿元) leaves lines too short
// to be sentences; they are no headings, so the figures are read, under the lead of the paragraph before (过去的五年,
// the five years before the report). Quoted from 2021年平湖市政府工作报告 as a converter gave it
// (http://baijiadoc.com/doc/8y73gjtv2q). Before, each such line opened a section and no figure of it was read.

const pinghu = [
  '2021',
  '年平湖市政府工作报告',
  '2021',
  '年',
  '2',
  '月',
  '25',
  '日在平湖市第十五届人民代表大会第五次会议上',
  '平湖市人民政府市长',
  '仲旭东',
  '各位代表:',
  '现在,我代表市人民政府向大会',
  '作工',
  '作报告,请',
  '予审',
  '议,并请市政协各位委员和列席人员提出意见。',
  '过去的五年,是综合实力显著增强的五年。',
  '地区生产总值从',
  '497.8',
  '亿元增加到',
  '779',
  '亿元,年均增长',
  '7.3%',
  '。财政总收入、一般公共预算收入年均分别增长',
  '8.9%',
  '、',
  '12.2%',
  '。',
  '',
].join('\n');

describe('figures a layout set on lines of their own', () => {
  const g = buildGraph([passage('pinghu-2021', pinghu)]);

  it('reads them, as of the five years the lead looks back on', () => {
    expect(judgedAt(g, 77900000000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(judgedAt(g, 7.3)).toEqual([{ kind: 'ACTUAL', period: '2016-2020' }]);
  });
});
