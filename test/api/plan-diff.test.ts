import { serveSeeds, type Harness } from './harness';

// Plan diff on the seeds: the 2023 and 2025 action plans of one series.

let h: Harness;
let ids: { id: string; year: number }[];
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
  ids = (await h.gql('{ plans(filter: { kind: action_plan }, sort: { field: YEAR }) { nodes { id year } } }')).body.data!.plans.nodes;
}, 60_000);
afterAll(() => h.close());

const DIFF = `query($a: ID!, $b: ID!) { planDiff(from: $a, to: $b) {
  from { year } to { year } continuedTasks newTasks droppedTasks
  tasks { status hops score from { id name plan { year } } to { id name plan { year } } evidence { text document { id } } }
  projects { status matchedBy from { name domain } to { name domain } }
  targets { status ratio indicator { name } from { value unit sources { text } } to { value unit sources { text } } } } }`;

describe('plan series and plan diff', () => {
  it('lists the series oldest first from any of its plans', async () => {
    const r = await h.gql('query($id: ID!) { node(id: $id) { ... on Plan { series { year } } } }', { id: ids[ids.length - 1]!.id });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.node.series.map((p: any) => p.year)).toEqual([2023, 2024, 2025]);
  });

  it('compares 2023 with 2025: tasks continued through the series, new and dropped, each side quoted', async () => {
    const y = (year: number) => ids.find((p) => p.year === year)!.id;
    const r = await h.gql(DIFF, { a: y(2023), b: y(2025) });
    expect(r.body.errors).toBeUndefined();
    const d = r.body.data!.planDiff;
    expect([d.from.year, d.to.year]).toEqual([2023, 2025]);
    const by = (s: string) => d.tasks.filter((t: any) => t.status === s);
    expect(by('CONTINUED').length).toBe(d.continuedTasks);
    expect(d.continuedTasks).toBeGreaterThan(0);
    expect(d.newTasks).toBeGreaterThan(0);
    expect(d.droppedTasks).toBeGreaterThan(0);
    for (const t of by('CONTINUED')) {
      expect([t.from.plan.year, t.to.plan.year]).toEqual([2023, 2025]);
      expect(t.hops).toBeGreaterThanOrEqual(1);
      // the evidence quotes both tasks
      const quoted = t.evidence.map((e: any) => e.text).join('\n');
      expect(quoted).toContain(t.from.name.slice(0, 4));
      expect(quoted).toContain(t.to.name.slice(0, 4));
    }
    for (const t of by('NEW')) expect(t.from).toBeNull();
    for (const t of by('DROPPED')) expect(t.to).toBeNull();
    // a project matched by domain serves the same domain on both sides
    for (const p of d.projects.filter((x: any) => x.matchedBy === 'DOMAIN')) expect(p.from.domain).toBe(p.to.domain);
  });

  it('says the 5G base-station target was raised, quoting both plans', async () => {
    const y = (year: number) => ids.find((p) => p.year === year)!.id;
    const d = (await h.gql(DIFF, { a: y(2023), b: y(2025) })).body.data!.planDiff;
    const fiveG = d.targets.find((t: any) => t.indicator.name === '5G基站数');
    expect(fiveG.status).toBe('RAISED');
    expect(fiveG.from.sources[0].text).toContain('3.35万');
    expect(fiveG.to.sources[0].text).toContain('4.5万');
    expect(fiveG.ratio).toBeCloseTo(45000 / 33500, 5);
    for (const t of d.targets.filter((x: any) => x.status === 'NEW')) expect([t.from, t.to.sources.length > 0]).toEqual([null, true]);
  });

  it('answers null when an id is not a plan, and refuses comparing a plan with itself', async () => {
    const miss = await h.gql(DIFF, { a: ids[0]!.id, b: 'Plan:nope' });
    expect(miss.body).toEqual({ data: { planDiff: null } });
    const same = await h.gql(DIFF, { a: ids[0]!.id, b: ids[0]!.id });
    expect(same.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
