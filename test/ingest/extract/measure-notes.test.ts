import { buildGraph } from '../../../src/ingest';
import type { Graph } from '../../../src/model';
import { passage as doc } from './judged-values';

// The three-year AI industry plan (test/fixtures/corpus 064) states a chip's performance with its basis in a note
// (（16位浮点）): the basis is the condition of the measure, not a value.

const values = (g: Graph) =>
  g.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => `${r.properties.value} ${r.properties.unit ?? ''}`);

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
});
