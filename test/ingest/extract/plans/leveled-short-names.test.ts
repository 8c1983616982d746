import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A plan named with a bare level word that the same text cites by title is that plan, one node, the short form an alias
// (src/ingest/extract/plans/named-plans.ts): 国家“十四五”数字经济发展规划 over 《“十四五”数字经济发展规划》, 省“十四五”数字强省
// 建设规划 over 《山东省“十四五”数字强省建设规划》. A plan of another place is not (市“十四五”规划 over 《山东省“十四五”规划》
// is not one: the level differs). Fresh official wording, recalled from 济南市's implementation of the two plans (2022,
// abridged; the passage's title invented for the excerpt).

const text = [
  '济南市数字经济发展实施方案',
  '为贯彻落实国务院印发的《“十四五”数字经济发展规划》和《山东省“十四五”数字强省建设规划》，制定本方案。',
  '到2025年，对标国家“十四五”数字经济发展规划确定的目标，落实省“十四五”数字强省建设规划部署的任务，全市数字经济核心产业增加值占比达到12%。',
].join('\n');

const plans = () => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');

describe('a plan named with its level word beside its cited title', () => {
  it('reads the national plan once, 国家… as an alias', () => {
    const national = plans().filter((p) => p.name.includes('数字经济发展规划'));
    expect(national.map((p) => p.name)).toEqual(['“十四五”数字经济发展规划']);
    expect(national[0].aliases).toContain('国家“十四五”数字经济发展规划');
    expect(national[0].properties.level).toBe('national');
  });

  it('reads the province’s plan once, 省… as an alias', () => {
    const provincial = plans().filter((p) => p.name.includes('数字强省建设规划'));
    expect(provincial.map((p) => p.name)).toEqual(['山东省“十四五”数字强省建设规划']);
    expect(provincial[0].aliases).toContain('省“十四五”数字强省建设规划');
  });

  it('keeps a plan of another level apart (invented: a city’s plan beside the province’s title)', () => {
    const other = '济南市数字经济发展实施方案\n落实《山东省“十四五”数字强省建设规划》，对接市“十四五”数字强省建设规划。';
    const names = buildGraph([record('passage', other)])
      .nodes.filter((n) => n.label === 'Plan')
      .map((n) => n.name);
    expect(names).toContain('市“十四五”数字强省建设规划');
  });
});
