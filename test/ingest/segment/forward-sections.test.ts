import { buildGraph } from '../../../src/ingest';
import { judgedAt as at, passage as doc } from '../extract/judged-values';

// A report's plan section looks ahead, but a work report delivered early in the year plans that same year.
// The city report below is invented, in the shape of a city government's work report (2018年工作回顾, then
// 重点工作 with no year); the 2014 passage is the State Council's (test/fixtures/corpus 001).

const CITY = [
  '2019年东营市政府工作报告',
  '——2019年1月16日在东营市第八届人民代表大会第四次会议上',
  '一、2018年工作回顾',
  '过去的一年，全市地区生产总值达到3884亿元，增长5.6%。',
  '二、2019年工作总体要求',
  '今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。',
  '三、重点工作',
  '（一）加快新旧动能转换。实施重点项目350个，年度投资1300亿元以上。',
].join('\n');

const STATE_COUNCIL_2014 = [
  '2014年国务院政府工作报告',
  '三、2014年重点工作',
  '做好今年政府工作，要以深化改革为强大动力，以调整结构为主攻方向，以改善民生为根本目的，统筹兼顾，突出重点，务求实效。',
  '（一）推动重要领域改革取得新突破。',
].join('\n');

describe('a report’s plan section', () => {
  it('plans the year after the one its review heading names (2018年工作回顾 … 重点工作, delivered January 2019)', () => {
    const g = buildGraph([doc('city-report', CITY, '2019-01-16')]);
    expect(at(g, 350)).toEqual([{ kind: 'TARGET', period: '2019' }]);
    expect(at(g, 3884 * 1e8)).toEqual([{ kind: 'ACTUAL', period: '2018' }]);
  });

  it('plans the year its heading names (三、2014年重点工作)', () => {
    const g = buildGraph([doc('001-passage', STATE_COUNCIL_2014, '2014-03-05')]);
    const years = g.nodes.filter((n) => n.label === 'Task').map((n) => n.properties.year);
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years)).toEqual(new Set([2014]));
  });
});
