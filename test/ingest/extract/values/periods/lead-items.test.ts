import { buildGraph } from '../../../../../src/ingest';
import type { Graph } from '../../../../../src/model';
import { passage } from '../../judged-values';

// Targets listed as numbered items after a lead that ends on a colon (到2025年，实现以下目标：⏎（1）…⏎（2）…)
// are values under the lead's horizon; a figure of 算力 written with a Latin unit symbol (2000P) is one too.
// No tune document writes its goals as such items: the passages are 051 (山东省人工智能产业科技创新行动计划,
// 2024) “一、主要目标”, its ；-joined goals set one per numbered line, minimally adapted; 2000P adapts its
// “全省算力规模达到14EFlops”.

function targets(g: Graph): string[] {
  return g.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => {
      const kind = r.type === 'SETS_TARGET' ? 'TARGET' : 'ACTUAL';
      return `${r.properties.value} ${r.properties.unit} ${kind} ${r.properties.period}`;
    });
}

const read = (lines: string[]) => targets(buildGraph([passage('051-items', lines.join('\n'), '2024-05-20')]));

describe('targets listed as numbered items after a lead', () => {
  it('reads each （N） item as a target of the lead’s year', () => {
    const g = read([
      '山东省人工智能产业科技创新行动计划',
      '一、主要目标',
      '瞄准人工智能前沿方向，打造全国新一代人工智能创新发展高地。力争到2027年，实现以下目标：',
      '（1）培育20家人工智能领军企业；',
      '（2）建成100家重大科技创新平台；',
      '（3）打造具有国内竞争力的行业级大模型10个以上。',
      '二、重点任务',
    ]);
    expect(g).toEqual(['20 家 TARGET 2027', '100 家 TARGET 2027', '10 个 TARGET 2027']);
  });

  it('reads items numbered 1. whose text is one short sentence (no heading of a section)', () => {
    const g = read([
      '山东省人工智能产业科技创新行动计划',
      '一、主要目标',
      '力争到2027年，实现以下目标：',
      '1.培育20家人工智能领军企业。',
      '2.建成100家重大科技创新平台。',
      '二、重点任务',
    ]);
    expect(g).toEqual(['20 家 TARGET 2027', '100 家 TARGET 2027']);
  });

  it('reads no value from a batch (第2批) nor from a count of the plan’s own actions (九大行动) among the items', () => {
    const g = read([
      '山东省人工智能产业科技创新行动计划',
      '一、主要目标',
      '力争到2027年，实现以下目标：',
      '（1）遴选第2批人工智能创新应用先导区；',
      '（2）实施九大行动；',
      '（3）培育20家人工智能领军企业。',
    ]);
    expect(g).toEqual(['20 家 TARGET 2027']);
  });

  it('reads no value from the item numbers nor from headings that are not under a lead', () => {
    const g = read([
      '山东省人工智能产业科技创新行动计划',
      '二、重点任务',
      '（一）实施软硬协同“策源攀高”创新行动',
      '1.强化前沿基础研究和技术预见。',
      '2.开展基础软件关键技术攻关。',
      '3.加强智能硬件创新布局。',
    ]);
    expect(g).toEqual([]);
  });
});

describe('算力 written with a unit symbol', () => {
  it('reads 2000P as 2000 PFlops, and EFlops as written', () => {
    const g = read([
      '山东省人工智能产业科技创新行动计划',
      '一、主要目标',
      '力争到2027年，全省算力规模达到2000P，智能算力规模达到14EFlops。',
    ]);
    expect(g).toEqual(['2000 PFlops TARGET 2027', '14 EFlops TARGET 2027']);
  });

  it('reads no unit P glued into a word (PUE, P2P)', () => {
    const g = read(['山东省人工智能产业科技创新行动计划', '一、主要目标', '力争到2027年，新建数据中心电能利用效率降至1.3PUE以下。']);
    expect(g.filter((v) => v.includes('PFlops'))).toEqual([]);
  });
});
