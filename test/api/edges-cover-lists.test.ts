import { serveSeeds, type Harness } from './harness';

// Deliverable 1 of issue 13, checked on every node of the five seeds: each relationship a bare
// list exposes (Plan.implements, Task.project, Platform.tasks …) is also an edge of `relations`
// with the same node at its end, and every edge read from a text quotes at least one sentence.
// Derived links (LED_TO, CONTINUED_BY) quote both ends through LineageLink and Continuation.

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60_000);
afterAll(() => h.close());

/** A bare list (or single node) field and the relationship it reads. */
type Via = [field: string, type: string, direction: 'OUT' | 'IN' | 'BOTH', label: string];
const LISTS: Record<string, [root: string, vias: Via[]]> = {
  Plan: [
    'plans',
    [
      ['projects', 'HAS_PROJECT', 'OUT', 'EngineeringProject'],
      ['implements', 'IMPLEMENTS', 'OUT', 'Plan'],
      ['implementedBy', 'IMPLEMENTS', 'IN', 'Plan'],
      ['succeeds', 'SUCCEEDS', 'OUT', 'Plan'],
      ['succeededBy', 'SUCCEEDS', 'IN', 'Plan'],
      ['partOf', 'PART_OF', 'OUT', 'Plan'],
      ['parts', 'PART_OF', 'IN', 'Plan'],
      ['documents', 'DESCRIBES', 'IN', 'Document'],
      ['agencies', 'RESPONSIBLE_FOR', 'IN', 'Agency'],
    ],
  ],
  Task: [
    'tasks',
    [
      ['project', 'HAS_TASK', 'IN', 'EngineeringProject'],
      ['platforms', 'INVOLVES', 'OUT', 'Platform'],
      ['agencies', 'RESPONSIBLE_FOR', 'IN', 'Agency'],
    ],
  ],
  Result: [
    'results',
    [
      ['platforms', 'INVOLVES', 'OUT', 'Platform'],
      ['agencies', 'RESPONSIBLE_FOR', 'IN', 'Agency'],
    ],
  ],
  EngineeringProject: [
    'projects',
    [
      ['platforms', 'INVOLVES', 'OUT', 'Platform'],
      ['agencies', 'RESPONSIBLE_FOR', 'IN', 'Agency'],
    ],
  ],
  Platform: [
    'platforms',
    [
      ['tasks', 'INVOLVES', 'IN', 'Task'],
      ['results', 'INVOLVES', 'IN', 'Result'],
      ['projects', 'INVOLVES', 'IN', 'EngineeringProject'],
      ['related', 'RELATED_TO', 'BOTH', 'Platform'],
    ],
  ],
  Document: ['documents', [['plans', 'DESCRIBES', 'OUT', 'Plan']]],
};

const idsOf = (v: { id: string } | { id: string }[] | null) => (v === null ? [] : Array.isArray(v) ? v.map((n) => n.id) : [v.id]).sort();

describe.each(Object.entries(LISTS))('%s', (_label, [root, vias]) => {
  it('reads every relationship of its lists as a quoted edge of `relations`', async () => {
    const fields = vias
      .map(
        ([f, type, direction, label], i) =>
          `${f} { id } e${i}: relations(types: [${type}], direction: ${direction}, labels: [${label}], first: 20) {
            totalCount edges { type node { id } sources { text } } }`,
      )
      .join('\n');
    let after: string | null = null;
    const counts: Record<string, number> = {};
    for (let pages = 0; pages < 100; pages++) {
      const r: any = await h.gql(`{ c: ${root}(first: 2${after ? `, after: "${after}"` : ''}) {
        nodes { id ${fields} } pageInfo { hasNextPage endCursor } } }`);
      expect(r.body.errors).toBeUndefined();
      const c: any = r.body.data!.c;
      for (const n of c.nodes) {
        vias.forEach(([f, type], i) => {
          const edges = n[`e${i}`];
          const ends = [...new Set<string>(edges.edges.map((e: any) => e.node.id))].sort();
          // a single-node field (Task.project) gives one of them: a task two projects hold has two edges
          if (Array.isArray(n[f]) || n[f] === null)
            expect({ node: n.id, field: f, ids: idsOf(n[f]) }).toEqual({ node: n.id, field: f, ids: ends });
          else expect(ends).toContain(n[f].id);
          for (const e of edges.edges) {
            expect(e.type).toBe(type);
            expect({ node: n.id, field: f, quoted: e.sources.length > 0 }).toEqual({ node: n.id, field: f, quoted: true });
          }
          counts[f] = (counts[f] ?? 0) + edges.totalCount;
        });
      }
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    // the seeds hold each of these, so the comparison above was not over empty lists
    const held = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([f]) => f);
    expect(held.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('plan facts', () => {
  it('quote every declared count and document number a plan has', async () => {
    const { plans } = (
      await h.gql('{ plans(first: 100) { nodes { name docNumber taskCount projectCount facts { field value sources { text } } } } }')
    ).body.data!;
    let quoted = 0;
    for (const p of plans.nodes) {
      for (const [field, value] of [
        ['DOC_NUMBER', p.docNumber],
        ['TASK_COUNT', p.taskCount],
        ['PROJECT_COUNT', p.projectCount],
      ]) {
        if (value === null) continue;
        const fact = p.facts.find((f: any) => f.field === field);
        expect({ plan: p.name, field, value: fact?.value }).toEqual({ plan: p.name, field, value: String(value) });
        expect({ plan: p.name, field, quoted: fact.sources.length > 0 }).toEqual({ plan: p.name, field, quoted: true });
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThanOrEqual(4);
  });
});
