import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// The State Council's work reports (test/fixtures/corpus 002, 003, 005) argue for their growth target: a rate
// named as what would suffice for employment restates the target set before it; it sets none of its own.

const values = valuesWithUnit;
const read = (text: string) =>
  buildGraph([doc('005-passage', ['2018年国务院政府工作报告', '二、2018年经济社会发展总体要求和政策取向', text].join('\n'), '2018-03-05')]);

describe('a rate argued to suffice', () => {
  it('reads no value from the speed that would suffice (6.5%左右的增速可以实现比较充分的就业)', () => {
    expect(values(read('从经济基本面和就业吸纳能力看，6.5%左右的增速可以实现比较充分的就业。'))).toEqual([]);
    expect(values(read('稳增长主要是为了保就业、惠民生，有6.5%－7%的增速就能够实现比较充分的就业。'))).toEqual([]);
  });

  it('still reads the target itself (国内生产总值增长6.5%左右)', () => {
    expect(values(read('今年发展的主要预期目标是：国内生产总值增长6.5%左右。'))).toEqual(['6.5 %']);
  });
});
