import { buildGraph } from '../../../../src/ingest';
import { judgedAt, passage } from '../judged-values';

// A work summary's opening paragraph, before its 一是/二是 items, sums up the year's results (2023年，…。全年地区生产总值
// 增长6.5%，…。主要做了以下工作：): they are results, read as the items' are, not a frame that yields nothing. A share of
// the year's plan done (占年度计划的58.3%) reports progress; 计划 there commits nothing. A city's 2023年工作总结 and a
// district's 2023年上半年工作总结 in their usual form (session 19's fresh-text audit), figures invented.

const summary = [
  '某市2023年工作总结',
  '（2024年1月）',
  '2023年，全市上下认真贯彻落实党中央、国务院和省委、省政府决策部署，经济社会发展呈现稳中有进的良好态势。全年地区生产总值增长6.5%，一般公共预算收入完成186.3亿元，增长9.2%。主要做了以下工作：',
  '一是产业发展提质增效。规模以上工业增加值增长8.2%，新增规上工业企业156家。',
  '二是项目建设持续发力。全年实施省市重点项目238个，完成投资1126亿元。',
].join('\n');

const half = [
  '某区2023年上半年工作总结和下半年工作打算',
  '一、上半年工作情况',
  '（一）项目建设扎实推进。全区市重点项目完成投资98.5亿元，占年度计划的58.3%。',
].join('\n');

describe('a summary’s opening paragraph', () => {
  const g = buildGraph([passage('city-summary-2023', summary)]);

  it('reports the year’s results before its items', () => {
    expect(judgedAt(g, 6.5)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(judgedAt(g, 18630000000)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });

  it('as the items do', () => {
    expect(judgedAt(g, 156)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });
});

describe('a share of the year’s plan done', () => {
  it('is a result of the half', () => {
    const g = buildGraph([passage('district-h1-2023', half)]);
    expect(judgedAt(g, 58.3)).toEqual([{ kind: 'ACTUAL', period: '2023H1' }]);
  });
});
