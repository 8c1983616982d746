import { buildGraph } from '../../../../../src/ingest';
import { judgedAt, passage } from '../../judged-values';

// 三年内, 五年内 set a horizon (3年内建成…), but not where a verb closed by 了 says what the years did (五年內翻了一番):
// quoted from a district's review of 2008 (http://www.uv63h8.cn/article/lidaojianhua/zfzw/200907/229828.html).
// Before, the doubling and the growth after it were read as goals of the five years ahead.

const review = [
  '區政府工作會議的講話',
  '各位代表:',
  '一、2008年工作回顧',
  '一是綜合經濟實力躍上大臺階。始終把跨越發展、率先發展作為所有工作的立足點,全力推進經濟發展提速進位。2008年全區生產總值完成142億元,增長14.7%,五年內翻了一番。財政總收入達到16.37億元,增長23.77%;全社會固定資產投資完成126.4億元,五年內翻了兩番,增長35.5%,經濟發展后勁進一步增強。',
  '',
].join('\n');

describe('a count of years with what they did', () => {
  const g = buildGraph([passage('district-2008', review, '2009-01-10')]);

  it('reads the doubling and the growth after it as results', () => {
    expect(judgedAt(g, 35.5).map((j) => j.kind)).toEqual(['ACTUAL']);
    expect(judgedAt(g, 4).map((j) => j.kind)).toEqual(['ACTUAL']);
  });
});
