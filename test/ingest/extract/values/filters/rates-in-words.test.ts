import { buildGraph } from '../../../../../src/ingest';
import type { Graph } from '../../../../../src/model';
import { passage as doc } from '../../judged-values';

// Figures written in words that are rates a plan sets (Qingdao's 2020 AI education opinion,
// test/fixtures/corpus 030: 每月一课时, 每月至少两课时), against the small counts in words that stay no
// value (a document's own 三级培训机制), and a product's class written with its figure (the Jinan–Qingdao
// AI pilot zone plan, 027: 时速600公里高速磁悬浮列车).

const values = (g: Graph) =>
  g.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => `${r.properties.value} ${r.properties.unit ?? ''} ${r.properties.comparator ?? '='}`.trim());
const read = (text: string) => buildGraph([doc('excerpt', ['二、主要任务', text].join('\n'), '2020-08-12')]);

describe('a rate per period written in words', () => {
  it('reads 每月一课时 and 每月至少两课时 as class hours a month, the second a floor', () => {
    const g = read(
      '统筹规划课程实施，小学一至三年级开设人工智能启蒙课程，采取视频授课模式，每月一课时；其他年级（初、高中毕业年级除外）采取常规授课模式，每月至少两课时。',
    );
    expect(values(g)).toEqual(['1 课时 =', '2 课时 >=']);
  });

  it('still reads no value from a small count in words that is the plan’s own structure', () => {
    const g = read('开展专项培训。建立市、区、校三级培训机制。');
    expect(values(g)).toEqual([]);
  });
});

describe('a figure that grades a product', () => {
  it('reads no value from 时速600公里 before the train it classes', () => {
    const g = read('推动轨道交通车辆系统集成国家工程实验室建设，加快时速600公里高速磁悬浮列车等前沿新产品产业化。');
    expect(values(g)).toEqual([]);
  });

  it('still reads a speed the clause sets (时速达到350公里)', () => {
    const g = read('提升整车制造水平，新一代动车组时速达到350公里。');
    expect(values(g)).toEqual(['350 公里 =']);
  });
});
