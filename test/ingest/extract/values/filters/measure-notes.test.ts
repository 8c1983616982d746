import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// The three-year AI industry plan (test/fixtures/corpus 064) states a chip's performance with its basis in a note
// (（16位浮点）): the basis is the condition of the measure, not a value. Digital Shandong 2019 (corpus 023) spells out
// a quoted formula name in a note (“1+N”（1个省级政务云平台，…）): its parts are the name's, not values.

const values = valuesWithUnit;

describe('the basis a measure is stated on', () => {
  it('reads the performance and the efficiency, not the 16 of the note', () => {
    const text = [
      '促进新一代人工智能产业发展三年行动计划（2018-2020年）',
      '（二）重点任务',
      '到2020年，推出性能达到128TFLOPS（16位浮点）、能效比超过1TFLOPS/w的云端神经网络芯片，推出能效比超过1T OPS/w（以16位浮点为基准）的终端神经网络芯片。',
    ].join('\n');
    const read = values(buildGraph([doc('064-passage', text, '2017-12-13')]));
    expect(read.some((v) => v.startsWith('16 '))).toBe(false);
    expect(read.some((v) => v.startsWith('128 '))).toBe(true);
  });

  it('reads no value from the parts a formula name spells out (“1+N”（1个省级政务云平台，N个市级政务云节点）)', () => {
    const text = [
      '数字山东2019行动方案',
      '（五）夯实基础支撑',
      '在现有“1+N”（1个省级政务云平台，N个市级政务云节点）框架下，优化省市一体化政务云服务体系。',
    ].join('\n');
    expect(values(buildGraph([doc('023-passage', text, '2019-03-01')]))).toEqual([]);
  });
});
