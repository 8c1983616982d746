import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A lead opening on a five-year period commits its goals while it runs (“十四五”时期是…), but not where it names one of
// its years (“十四五”开局之年，…) or looks back over it so far (“十四五”以来，…). Quoted from 经济参考报, 2021-04-21
// (http://www.jjckb.cn/2021-04/21/c_139894763.htm) and 中国工业报 on the press conference of 2025-09-09
// (https://www.cinn.cn/p/434694.html). Before, every figure after such a lead was a goal of 2021–2025.

const openingYear = [
  '“十四五”开局之年,我国工业经济持续恢复、稳中向好。工信部新闻发言人、运行监测协调局局长黄利斌在发布会上表示,一季度规模以上工业增加值同比增长24.5%,总体保持了去年四季度的较快增长态势。前两个月规模以上工业企业实现利润同比大幅增长1.79倍。',
  '',
].join('\n');

const since = [
  '李乐成介绍,“十四五”以来,工业和信息化系统顶住外部压力、经受风雨洗礼,推进新型工业化持续走深走实,取得了新的历史性成就。',
  '工业经济稳中有进,“压舱石”作用更加凸显。2020—2024年,我国全部工业增加值从31.3万亿元增长到了40.5万亿元,制造业增加值从26.6万亿元增长到了33.6万亿元。',
  '',
].join('\n');

describe('a lead naming a five-year period', () => {
  it('reads the figures after 开局之年 as results of the quarter', () => {
    const g = buildGraph([passage('miit-2021-04', openingYear, '2021-04-21')]);
    expect(judgedAt(g, 24.5)).toEqual([{ kind: 'ACTUAL', period: '2021Q1' }]);
  });

  it('reads the figures after 以来 as results, the level reached as of the span’s end', () => {
    const g = buildGraph([passage('miit-2025-09', since, '2025-09-09')]);
    expect(judgedAt(g, 40500000000000)).toEqual([{ kind: 'ACTUAL', period: '2024' }]);
    expect(judgedAt(g, 31300000000000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
  });
});
