import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit as values } from '../../judged-values';

// A tally over a plan's own indicators (27项预期性指标中，有22项完成或基本完成年度目标) counts how many were met, as a
// count of tasks done does; the figures of the indicators are the values. The passage is invented, in the shape
// of a province's report on how its year's plan was carried out (计划执行情况的报告).

describe('a tally over the plan’s own indicators', () => {
  it('reads no value from 27项…指标中，有22项完成, only the indicators’ figures', () => {
    const text = [
      '关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告',
      '一、2022年国民经济和社会发展计划执行情况',
      '从主要指标完成情况看，27项预期性指标中，有22项完成或基本完成年度目标。其中，数字经济核心产业增加值8977亿元，增长6.3%。',
    ].join('\n');
    const g = buildGraph([doc('tallies', text, '2023-01-12')]);
    expect(values(g).sort()).toEqual(['6.3 %', '897700000000 元']);
  });
});
