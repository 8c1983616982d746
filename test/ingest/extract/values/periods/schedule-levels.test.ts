import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A yearly schedule of one measure's levels, each year a ；-item, the later items writing only the verb and the level
// (2024年，人工智能核心产业规模达到350亿元；2025年，达到420亿元). The tune schedules name their measure in every item (030:
// 2020年，…；2021年，…；2022年，…总规模达到5000人以上), so the passage is written as a city's three-year action plan writes
// one: the later level is the same measure's, due the year heading its item.
const PLAN = [
  '某市人工智能产业发展行动计划（2024—2026年）',
  '一、总体要求',
  '（二）主要目标',
  '2024年，人工智能核心产业规模达到350亿元；2025年，达到420亿元。',
  '二、重点任务',
].join('\n');

describe('a ；-item writing only the verb and the level', () => {
  const g = buildGraph([doc('schedule', PLAN, '2024-03-20')]);

  it('reads the level as the measure named in the item before, due the year heading its own item', () => {
    expect(at(g, 35000000000)).toEqual([{ kind: 'TARGET', period: '2024' }]);
    expect(at(g, 42000000000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    const names = g.relationships
      .filter((r) => r.type === 'SETS_TARGET' && r.properties.value === 42000000000)
      .map((r) => g.nodes.find((n) => n.id === r.to)?.name);
    expect(names).toEqual(['人工智能核心产业规模']);
  });
});
