import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A paragraph whose first sentence makes a past year its topic (2022年是…极为重要的一年。) goes on reporting that
// year, even under a five-year review. The first passage is recalled from Jiangsu's 2023 government work report
// (approximate wording); the second is the State Council's 2016 report (test/fixtures/corpus 003), whose
// paragraph turns to the five years (过去五年，…) and stays the span's.

const JIANGSU = [
  '江苏省政府工作报告',
  '一、过去五年工作回顾',
  '五年来，全省地区生产总值连跨两个万亿元台阶，2022年达到12.29万亿元，年均增长5.9%。',
  '2022年是党和国家历史上极为重要的一年。我们坚决贯彻“疫情要防住、经济要稳住、发展要安全”的重要要求，全年地区生产总值增长2.8%，规模以上工业增加值增长5.1%。',
].join('\n');

const STATE_COUNCIL_2016 = [
  '2016年国务院政府工作报告',
  '一、2015年工作回顾',
  '2015年是“十二五”收官之年。过去五年，我国发展成就举世瞩目。经济保持中高速增长，国内生产总值年均增长7.8%。',
].join('\n');

describe('a paragraph opening on a past year as its topic', () => {
  it('dates its later sentences by that year under a five-year review (2022年是…的一年。…全年…增长2.8%)', () => {
    const g = buildGraph([doc('jiangsu-passage', JIANGSU, '2023-01-15')]);
    expect(at(g, 2.8)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 5.1)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 5.9)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
  });

  it('leaves the span to a paragraph that turns to it (2015年是“十二五”收官之年。过去五年，…)', () => {
    const g = buildGraph([doc('003-passage', STATE_COUNCIL_2016, '2016-03-05')]);
    expect(at(g, 7.8)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });
});
