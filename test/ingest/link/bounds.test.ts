import { link, parsePeriod } from '../../../src/ingest/link';
import { GraphBuilder } from './fixture';

// Documents the seeds don't have: another city, another year, traditional characters, and a
// dense corpus where one indicator is reported everywhere.

describe('link on unseen documents', () => {
  it("links a task to a later result that names the task's project (济南, 2026)", () => {
    const b = new GraphBuilder()
      .document('jn-2026-plan', '一、实施数字经济提质工程\n培育壮大软件和信息服务业集群。', '2026')
      .document('jn-2027-report', '全市数字经济提质工程扎实推进,新增上市企业若干。', '2027');
    const project = b.entity('EngineeringProject', '数字经济提质工程');
    const task = b.clause('Task', 'jn-2026-plan', '培育壮大软件和信息服务业集群', { year: 2026 });
    b.edge('HAS_TASK', project, task);
    const result = b.clause('Result', 'jn-2027-report', '全市数字经济提质工程扎实推进', { year: 2027 });
    const [r] = link(b.graph).filter((x) => x.type === 'LED_TO');
    expect(r).toMatchObject({ from: task.id, to: result.id, properties: { basis: 'project', via: project.id } });
  });

  it("never links one city's task to another city's similar result", () => {
    const b = new GraphBuilder()
      .document('wf-2026-plan', '推进城市数据资源体系建设,完善公共数据目录。', '2026')
      .document('jn-2027-report', '推进城市数据资源体系建设,完善公共数据目录管理。', '2027')
      .document('wf-2027-report', '城市数据资源体系建设加快推进,公共数据目录持续完善。', '2027');
    const wf = b.entity('Plan', '潍坊市数字化发展2026年行动方案');
    wf.properties.city = '潍坊';
    const jn = b.entity('Plan', '济南市数字化发展2027年工作报告');
    jn.properties.city = '济南';
    const task = b.clause('Task', 'wf-2026-plan', '推进城市数据资源体系建设', { year: 2026, plan: wf.id });
    const other = b.clause('Result', 'jn-2027-report', '推进城市数据资源体系建设', { year: 2027, plan: jn.id });
    const own = b.clause('Result', 'wf-2027-report', '城市数据资源体系建设加快推进', { year: 2027, plan: wf.id });
    const led = link(b.graph).filter((x) => x.type === 'LED_TO' && x.from === task.id);
    expect(led.map((r) => r.to)).not.toContain(other.id);
    expect(led.map((r) => r.to)).toContain(own.id);
  });

  it('matches traditional-Chinese wording against simplified', () => {
    const b = new GraphBuilder()
      .document('wh-2025', '发布城市开放场景清单,推动公共数据授权运营。', '2025')
      .document('wh-2026', '已發佈城市開放場景清單,公共數據授權運營落地。', '2026');
    const task = b.clause('Task', 'wh-2025', '发布城市开放场景清单,推动公共数据授权运营', { year: 2025 });
    const result = b.clause('Result', 'wh-2026', '已發佈城市開放場景清單,公共數據授權運營落地', { year: 2026 });
    const rels = link(b.graph);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({ type: 'LED_TO', from: task.id, to: result.id, properties: { basis: 'text' } });
  });

  it('reads the time from the document when the clause has none, and skips undated clauses', () => {
    const b = new GraphBuilder()
      .document('yt-plan', '建成算力调度平台。', '2024')
      .document('yt-report', '算力调度平台建成运行。', '2025')
      .document('undated', '算力调度平台建成运行。', '');
    const platform = b.entity('Platform', '算力调度平台');
    const task = b.clause('Task', 'yt-plan', '建成算力调度平台');
    const dated = b.clause('Result', 'yt-report', '算力调度平台建成运行');
    const undated = b.clause('Result', 'undated', '算力调度平台建成运行');
    for (const n of [task, dated, undated]) b.edge('INVOLVES', n, platform);
    expect(link(b.graph).map((r) => [r.from, r.to])).toEqual([[task.id, dated.id]]);
  });

  it('never links clauses of the same document', () => {
    const b = new GraphBuilder().document('one', '建成算力调度平台。算力调度平台建成运行。', '2024');
    const platform = b.entity('Platform', '算力调度平台');
    b.edge('INVOLVES', b.clause('Task', 'one', '建成算力调度平台', { year: 2024 }), platform);
    b.edge('INVOLVES', b.clause('Result', 'one', '算力调度平台建成运行', { year: 2024 }), platform);
    expect(link(b.graph)).toEqual([]);
  });
});

describe('caps on dense corpora', () => {
  // One 2024 target and 40 reports in 2025–2028 on the same indicator.
  function dense(reports: number) {
    const b = new GraphBuilder().document('plan-2024', '力争5G基站数达5万个。', '2024');
    const indicator = b.entity('Indicator', '5G基站数');
    const task = b.clause('Task', 'plan-2024', '力争5G基站数达5万个', { year: 2024 });
    b.edge('SETS_TARGET', task, indicator, { value: 50000 });
    const results = Array.from({ length: reports }, (_, i) => {
      const year = 2025 + (i % 4);
      const id = `report-${String(i).padStart(2, '0')}`;
      b.document(id, `累计开通5G基站${i + 1}万个。`, String(year));
      const r = b.clause('Result', id, `累计开通5G基站${i + 1}万个`, { year });
      b.edge('MEASURED', r, indicator, { value: (i + 1) * 10000 });
      return r;
    });
    return { graph: b.graph, task, results };
  }

  it('keeps at most five partners per basis by default, the nearest years first', () => {
    const { graph, results } = dense(40);
    const rels = link(graph);
    expect(rels).toHaveLength(5);
    const years = rels.map((r) => results.find((x) => x.id === r.to)!.properties.year);
    expect(years.every((y) => y === 2025)).toBe(true);
  });

  it('honours a smaller cap', () => {
    expect(link(dense(40).graph, { perBasis: 2 })).toHaveLength(2);
  });

  it('keeps the best link of a thinner basis when the total is capped', () => {
    const { graph, task } = dense(40);
    const b = new GraphBuilder();
    b.graph.nodes.push(...graph.nodes);
    b.graph.relationships.push(...graph.relationships);
    b.graph.documents.push(...graph.documents);
    b.document('platform-2026', '算力调度平台建成运行。', '2026');
    const platform = b.entity('Platform', '算力调度平台');
    const result = b.clause('Result', 'platform-2026', '算力调度平台建成运行', { year: 2026 });
    b.edge('INVOLVES', task, platform);
    b.edge('INVOLVES', result, platform);
    const rels = link(b.graph, { maxPerTask: 3 });
    expect(rels).toHaveLength(3);
    expect(rels.map((r) => r.properties.basis)).toEqual(['indicator', 'indicator', 'platform']);
  });
});

describe('cap on fan-in', () => {
  it("keeps a result's strongest earlier tasks only, the nearest years first", () => {
    // 40 plans of 2020–2027 set a target on one indicator; one 2028 report measures it.
    const b = new GraphBuilder().document('report-2028', '累计开通5G基站9万个。', '2028');
    const indicator = b.entity('Indicator', '5G基站数');
    const result = b.clause('Result', 'report-2028', '累计开通5G基站9万个', { year: 2028 });
    b.edge('MEASURED', result, indicator, { value: 90000 });
    const years = new Map<string, number>();
    for (let i = 0; i < 40; i++) {
      const year = 2020 + (i % 8);
      const id = `plan-${String(i).padStart(2, '0')}`;
      b.document(id, `力争5G基站数达${i + 1}万个。`, String(year));
      const task = b.clause('Task', id, `力争5G基站数达${i + 1}万个`, { year });
      b.edge('SETS_TARGET', task, indicator, { value: (i + 1) * 10000 });
      years.set(task.id, year);
    }
    const led = link(b.graph).filter((r) => r.type === 'LED_TO' && r.to === result.id);
    expect(led).toHaveLength(5);
    expect(led.map((r) => years.get(r.from))).toEqual([2027, 2027, 2027, 2027, 2027]);
  });
});

describe('parsePeriod', () => {
  it('orders years, halves, quarters and months', () => {
    expect(parsePeriod('2025H1')).toEqual({ start: 2025 * 12, end: 2025 * 12 + 6 });
    expect(parsePeriod('2025H2')!.start).toBe(2025 * 12 + 6);
    expect(parsePeriod('2024-04')).toEqual({ start: 2024 * 12 + 3, end: 2024 * 12 + 4 });
    expect(parsePeriod(2023)).toEqual({ start: 2023 * 12, end: 2024 * 12 });
    expect(parsePeriod('2025Q3')!.start).toBe(2025 * 12 + 6);
    expect(parsePeriod('明年')).toBeUndefined();
  });
});
