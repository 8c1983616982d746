import { serveSeeds, type Harness } from './harness';

// Issue 4 acceptance, end to end over HTTP against the five seeds, read and built by the real
// pipeline: one test per question in ONTOLOGY.md "Questions the graph must answer".

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60000);
afterAll(() => h.close());

async function data<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await h.gql<T>(query, variables);
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
}

const SPAN = 'text document { id }';

describe('questions the graph must answer', () => {
  it('5G基站数: targets and reported values by year, with their sentences and attainment', async () => {
    const { indicator } = await data(`{ indicator(name: "5G基站数") { name timeline {
      kind period value comparator source { ${SPAN} } attainment { status ratio actual { period value } } } } }`);
    const pts = indicator.timeline as any[];
    const t2023 = pts.find((p) => p.kind === 'TARGET' && p.period === '2023');
    const a2024 = pts.find((p) => p.kind === 'ACTUAL' && p.period === '2024');
    const t2025 = pts.find((p) => p.kind === 'TARGET' && p.period === '2025');
    expect(t2023.value).toBe(33500);
    expect(a2024.value).toBe(42700);
    expect(t2025).toMatchObject({ value: 45000, comparator: 'AT_LEAST' });
    expect(t2023.attainment.status).toBe('MET');
    expect(t2023.attainment.ratio).toBeCloseTo(1.27, 2);
    expect(a2024.source.text).toContain('4.27万');
    expect(t2025.source.document.id).toMatch(/^003_/);
    // ordered by period
    const periods = pts.map((p) => p.period);
    expect([...periods].sort()).toEqual(periods);
  });

  it('the same indicator answers to an alias', async () => {
    const { indicator } = await data('{ indicator(name: "5G基站") { name } }');
    expect(indicator.name).toBe('5G基站数');
  });

  it('which 2023 tasks led to which 2024 results, and why', async () => {
    const { lineage } = await data(`{ lineage(fromYear: 2023, toYear: 2024, first: 100) {
      basis score via { __typename name } task { name year } result { name year } evidence { ${SPAN} } } }`);
    const fiveG = lineage.find((l: any) => l.via?.name === '5G基站数');
    expect(fiveG).toMatchObject({ basis: 'INDICATOR', task: { year: 2023 }, result: { year: 2024 } });
    expect(fiveG.evidence.map((e: any) => e.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('3.35万'), expect.stringContaining('4.27万')]),
    );
    const brain = lineage.find((l: any) => l.via?.name === '城市云脑');
    expect(brain.basis).toBe('PLATFORM');
    const docs = brain.evidence.map((e: any) => e.document.id.slice(0, 3));
    expect(docs).toEqual(expect.arrayContaining(['001', '000']));
    // narrowing to the indicator keeps the 5G link and drops the platform one
    const only = (
      await data('{ lineage(fromYear: 2023, toYear: 2024, indicator: "5G基站数") { via { name } task { name } result { name } } }')
    ).lineage;
    expect(only).toContainEqual(expect.objectContaining({ via: { name: '5G基站数' }, result: { name: fiveG.result.name } }));
    expect(only.some((l: any) => l.via?.name === '城市云脑')).toBe(false);
  });

  it('was the 2023 target for 数据中心标准机架数 met, and by how much', async () => {
    const { indicator } = await data(
      '{ indicator(name: "数据中心标准机架数") { timeline { kind period value attainment { status ratio } } } }',
    );
    const target = indicator.timeline.find((p: any) => p.kind === 'TARGET' && p.period === '2023');
    expect(target).toBeDefined();
    expect(target.attainment.status).toBe('MET');
    expect(target.attainment.ratio).toBeGreaterThan(1);
  });

  it('the 2025 action plan: 7 projects, implements 3 plans, succeeds 2024, interpretation with 发文字号', async () => {
    const { plans } = await data(`{ plans(filter: { kind: action_plan, year: 2025 }) { nodes {
      name docNumber taskCount projects { name tasks { name } } implements { name } succeeds { name year }
      documents { id kind } } } }`);
    expect(plans.nodes).toHaveLength(1);
    const plan = plans.nodes[0];
    expect(plan.docNumber).toBe('青政办字【2025】21号');
    expect(plan.taskCount).toBe(54);
    expect(plan.implements).toHaveLength(3);
    expect(plan.succeeds).toEqual([expect.objectContaining({ year: 2024 })]);
    expect(plan.documents).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'interpretation' })]));
    expect(plan.projects).toHaveLength(7);
  });

  it('engineering projects and task counts of each annual plan', async () => {
    const { plans } = await data(
      '{ plans(filter: { kind: action_plan }, sort: { field: YEAR }) { nodes { year taskCount projects { name } tasks { id } } } }',
    );
    const y2023 = plans.nodes.find((p: any) => p.year === 2023);
    expect(y2023.taskCount).toBe(51);
    expect(y2023.projects.map((p: any) => p.name)).toContain('城市云脑能力提升工程');
    expect(y2023.tasks.length).toBeGreaterThan(10);
  });

  it('everything about 城市云脑 across years, and its 2.0 successor', async () => {
    const { platform } = await data('{ platform(name: "城市云脑") { tasks { year } results { year } related { name } } }');
    const years = new Set([...platform.tasks, ...platform.results].map((x: any) => x.year));
    expect(years.size).toBeGreaterThanOrEqual(2);
    expect(platform.related.map((p: any) => p.name)).toContain('城市云脑2.0');
  });

  it('which agency drafted the 2023 plan; what 市大数据局 is responsible for', async () => {
    const { plans } = await data(
      '{ plans(filter: { year: 2023, kind: action_plan }) { nodes { responsibilities { role agency { name } } } } }',
    );
    expect(plans.nodes[0].responsibilities).toContainEqual({ role: 'drafts', agency: { name: '市大数据局' } });
    const { agency } = await data('{ agency(name: "市大数据局") { responsibilities { role subject { __typename name } } } }');
    expect(agency.responsibilities.length).toBeGreaterThan(0);
  });

  it('full-text search in Chinese: 大模型 from at least three documents, 无证明 finds its project', async () => {
    const { search } = await data('{ search(text: "大模型", first: 50) { snippet node { sources { document { id } } } } }');
    const docs = new Set(search.flatMap((hit: any) => hit.node.sources.map((s: any) => s.document.id)));
    expect(docs.size).toBeGreaterThanOrEqual(3);
    expect(search[0].snippet).toContain('<mark>大模型</mark>');
    const r = await data('{ search(text: "无证明", labels: [EngineeringProject]) { node { __typename name } } }');
    expect(r.search[0].node).toMatchObject({ __typename: 'EngineeringProject' });
    expect(r.search[0].node.name).toContain('无证明');
  });

  it('a shortest path joins the 2023 5G task to the 2025 one through the indicator', async () => {
    const { indicator } = await data('{ indicator(name: "5G基站数") { timeline { kind period task { id } } } }');
    const t = (period: string) => indicator.timeline.find((p: any) => p.kind === 'TARGET' && p.period === period).task.id;
    const { path } = await data(
      'query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length nodes { __typename name } steps { type forward } } }',
      { a: t('2023'), b: t('2025') },
    );
    expect(path.length).toBeLessThanOrEqual(2);
    expect(path.nodes[0].__typename).toBe('Task');
  });

  it('pages through tasks with cursors, no item twice', async () => {
    const page = (after?: string) =>
      data(
        'query($after: String) { tasks(first: 30, after: $after, sort: { field: ID }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { after },
      );
    const seen: string[] = [];
    let after: string | undefined;
    let total: number;
    do {
      const { tasks } = await page(after);
      total = tasks.totalCount;
      seen.push(...tasks.edges.map((e: any) => e.node.id));
      after = tasks.pageInfo.hasNextPage ? tasks.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});
