import { serveSeeds, type Harness } from './harness';

// Every relationship can be quoted: its edge carries the sentences it was read from, each in its
// sentence and paragraph, with the document's title and date.

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60_000);
afterAll(() => h.close());

const PLAN_2025 = '数字青岛2025年行动方案';

describe('provenance on relationships', () => {
  it('quotes why a plan implements a higher plan, in its sentence and document', async () => {
    const r = await h.gql(
      `query($name: String!) { plan(name: $name) {
      relations(types: [IMPLEMENTS], direction: OUT) { totalCount edges { type direction node { name }
        sources { text start end sentence { text start end } paragraph { text } document { id title date } } } } } }`,
      { name: PLAN_2025 },
    );
    expect(r.body.errors).toBeUndefined();
    const rel = r.body.data!.plan.relations;
    expect(rel.totalCount).toBeGreaterThanOrEqual(2);
    const national = rel.edges.find((e: any) => e.node.name === '数字中国建设整体布局规划');
    expect(national).toMatchObject({ type: 'IMPLEMENTS', direction: 'OUT' });
    const span = national.sources[0];
    expect(span.text).toContain('贯彻落实');
    // the sentence holds the quote, and the paragraph holds the sentence
    expect(span.sentence.start).toBeLessThanOrEqual(span.start);
    expect(span.sentence.end).toBeGreaterThanOrEqual(span.end);
    expect(span.sentence.text).toContain(span.text);
    expect(span.paragraph.text).toContain(span.sentence.text);
    expect(span.document.title).toContain(PLAN_2025);
  });

  it('quotes the task → project and platform → task links, filtered by the other end', async () => {
    const r = await h.gql(`{ tasks(filter: { year: 2025 }, first: 5) { nodes { name
      project { name }
      relations(types: [HAS_TASK], direction: IN, labels: [EngineeringProject]) { edges { node { name } sources { text sentence { text } } } } } } }`);
    expect(r.body.errors).toBeUndefined();
    const withProject = r.body.data!.tasks.nodes.filter((t: any) => t.project);
    expect(withProject.length).toBeGreaterThan(0);
    for (const t of withProject) {
      expect(t.relations.edges[0].node.name).toBe(t.project.name);
      expect(t.relations.edges[0].sources.length).toBeGreaterThan(0);
    }
    const p =
      await h.gql(`{ platform(name: "城市云脑") { tasks { id } relations(types: [INVOLVES], direction: IN, labels: [Task], first: 100) {
      totalCount edges { node { id } sources { sentence { text } } } } } }`);
    expect(p.body.errors).toBeUndefined();
    const platform = p.body.data!.platform;
    expect(platform.relations.edges.map((e: any) => e.node.id).sort()).toEqual(platform.tasks.map((t: any) => t.id).sort());
    for (const e of platform.relations.edges) expect(e.sources[0].sentence.text).toMatch(/城市云脑/);
  });

  it('gives declared counts and the document number with the sentences stating them', async () => {
    const r = await h.gql(
      `query($name: String!) { plan(name: $name) { docNumber taskCount facts { field value sources { text document { id docNumber } } } } }`,
      { name: PLAN_2025 },
    );
    expect(r.body.errors).toBeUndefined();
    const plan = r.body.data!.plan;
    const fact = (f: string) => plan.facts.find((x: any) => x.field === f);
    expect(fact('DOC_NUMBER').value).toBe(plan.docNumber);
    expect(fact('DOC_NUMBER').sources[0].text).toContain(plan.docNumber);
    expect(fact('DOC_NUMBER').sources[0].document.docNumber).toBe(plan.docNumber);
    expect(fact('TASK_COUNT').value).toBe(String(plan.taskCount));
    expect(fact('TASK_COUNT').sources[0].text).toContain(`${plan.taskCount}项`);
  });
});
