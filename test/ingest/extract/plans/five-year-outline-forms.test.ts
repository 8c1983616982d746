import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A government's five-year plan and its 纲要 are one plan (src/ingest/extract/plans/named-plans.ts), and the verbs
// before its level word are not its name (plans.json → named.cues: 着手研究, 编制好). Sentences in the shape of a district
// work report's outlook (invented) and recalled from the State Council's work report of 2020.

const plans = (text: string) => buildGraph([record('passage', `测试\n\n${text}\n`)]).nodes.filter((n) => n.label === 'Plan');

describe('a district’s five-year plan and its outline', () => {
  it('are one plan, named from its level word (invented)', () => {
    const found = plans('着手研究区“十四五”规划基本思路，启动区“十四五”规划纲要前期研究。').filter((p) => p.name.includes('十四五'));
    expect(found.map((p) => p.name)).toEqual(['区“十四五”规划']);
    expect(found[0].aliases).toContain('区“十四五”规划纲要');
  });
});

describe('a five-year plan after 编制好', () => {
  it('is named without 好 (2020 work report)', () => {
    const names = plans('编制好“十四五”规划，为开启第二个百年奋斗目标新征程擘画蓝图。').map((p) => p.name);
    expect(names).toContain('“十四五”规划');
    expect(names).not.toContain('好“十四五”规划');
  });
});
