import { buildGraph } from '../../../src/ingest';
import { SEED, seedRecords } from '../../fixtures/genre/records';

// A later document's part of a period carries on an earlier document's task for the whole period:
// 000 (2024 report, 下一步工作打算 for 2025): 制定《数字青岛“十五五”发展规划》
// 004 (2025 half-year summary, 下半年重点工作打算): 高标准编制数字青岛“十五五”发展规划。

const graph = buildGraph(seedRecords());
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const continued = graph.relationships
  .filter((r) => r.type === 'CONTINUED_BY')
  .map((r) => ({ r, from: byId.get(r.from)!, to: byId.get(r.to)! }));

describe('tasks carried on within their period', () => {
  it('links the 2025 outlook’s 十五五 plan task to the 2025H2 drafting task', () => {
    const link = continued.find(
      (c) =>
        c.from.sources.some((s) => s.document === SEED.report2024 && s.text.includes('制定《数字青岛“十五五”发展规划》')) &&
        c.to.sources.some((s) => s.document === SEED.summary2025 && s.text.includes('高标准编制数字青岛“十五五”发展规划')),
    );
    expect(link).toBeDefined();
    expect([link!.from.properties.period, link!.to.properties.period]).toEqual(['2025', '2025H2']);
  });

  it('never carries a task back to an earlier or a wider period, nor within one document', () => {
    for (const c of continued) {
      expect(String(c.to.properties.period ?? c.to.properties.year) >= String(c.from.properties.period ?? c.from.properties.year)).toBe(
        true,
      );
      expect(c.from.sources[0].document === c.to.sources[0].document && c.from.properties.period === c.to.properties.period).toBe(false);
    }
  });
});
