import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { passage as doc } from '../judged-values';

// A data centre's power usage effectiveness (电能利用效率, PUE) is a ratio written as a bare number (test/fixtures
// corpus 061, 052): after the measure and the verb that sets its level it is a value, as an index's level is.

const values = (g: Graph) =>
  g.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => `${r.properties.value} ${r.properties.comparator ?? ''}`.trim());

describe('an efficiency ratio', () => {
  it('reads the level a plan sets (运行电能利用效率降到1.3以下)', () => {
    const text = [
      '关于加快构建全国一体化大数据中心协同创新体系的指导意见',
      '二、发展目标',
      '到2025年，东西部数据中心实现结构性平衡，大型、超大型数据中心运行电能利用效率降到1.3以下。',
    ].join('\n');
    expect(values(buildGraph([doc('061-passage', text, '2020-12-23')]))).toEqual(['1.3 <=']);
  });

  it('reads the level a report measures (电能利用效率（PUE）降至1.3)', () => {
    const text = [
      '数字中国发展报告（2022年）',
      '一、数字基础设施',
      '全国规划在建的大型以上数据中心平均设计电能利用效率（PUE）降至1.3。',
    ].join('\n');
    expect(values(buildGraph([doc('052-passage', text, '2023-05-23')]))).toEqual(['1.3']);
  });
});
