import { serveSeeds, type Harness } from './harness';

// Lists of entities sort by the field asked for, either way, missing values last, ties by id; a
// node's own task list keeps the text's order unless asked otherwise.

let h: Harness;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
}, 60_000);
afterAll(() => h.close());

type Row = { id: string; domain: string | null; year: number | null };
const zh = (a: Row, b: Row, field: 'domain' | 'year', sign: number) => {
  const x = a[field];
  const y = b[field];
  if (x === null || y === null) return x === y ? (a.id < b.id ? -1 : 1) : x === null ? 1 : -1;
  if (x !== y) return sign * (x < y ? -1 : 1);
  return a.id < b.id ? -1 : 1;
};

describe('tasksConnection sort', () => {
  it.each([
    ['DOMAIN', 'DESC'],
    ['DOMAIN', 'ASC'],
    ['YEAR', 'DESC'],
  ])('sorts a plan’s tasks by %s %s, nulls last, the same tasks as the text’s order', async (field, direction) => {
    const q = (sort: string) =>
      `{ plans(filter: { kind: action_plan }, sort: { field: YEAR, direction: DESC }, first: 1) { nodes {
        c: tasksConnection(first: 100${sort}) { totalCount nodes { id domain year } } } } }`;
    const plain = (await h.gql(q(''))).body.data!.plans.nodes[0].c;
    const sorted = (await h.gql(q(`, sort: { field: ${field}, direction: ${direction} }`))).body.data!.plans.nodes[0].c;
    expect(plain.totalCount).toBeGreaterThan(10);
    expect(sorted.nodes.map((n: Row) => n.id).sort()).toEqual(plain.nodes.map((n: Row) => n.id).sort());
    const f = field.toLowerCase() as 'domain' | 'year';
    const expected = [...sorted.nodes].sort((a: Row, b: Row) => zh(a, b, f, direction === 'DESC' ? -1 : 1));
    expect(sorted.nodes.map((n: Row) => n.id)).toEqual(expected.map((n: Row) => n.id));
    if (f === 'domain') expect(sorted.nodes.map((n: Row) => n.id)).not.toEqual(plain.nodes.map((n: Row) => n.id));
  });

  it('refuses a cursor from another order', async () => {
    const q = (args: string) =>
      `{ plans(filter: { kind: action_plan }, sort: { field: YEAR, direction: DESC }, first: 1) { nodes {
        c: tasksConnection(${args}) { pageInfo { endCursor } } } } }`;
    const cursor = (await h.gql(q('first: 2'))).body.data!.plans.nodes[0].c.pageInfo.endCursor;
    const r = await h.gql(q(`first: 2, after: "${cursor}", sort: { field: DOMAIN, direction: DESC }`));
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Agency.responsibilities', () => {
  it('is bounded by `first`, in the order relations(types: [RESPONSIBLE_FOR]) pages the rest in', async () => {
    const { agency } = (
      await h.gql(`{ agency(name: "市大数据局") { all: responsibilities { id } three: responsibilities(first: 3) { id }
        relations(types: [RESPONSIBLE_FOR], direction: OUT, first: 100) { totalCount edges { id } } } }`)
    ).body.data!;
    expect(agency.all.length).toBe(agency.relations.totalCount);
    expect(agency.all.length).toBeGreaterThan(3);
    expect(agency.all.map((r: { id: string }) => r.id)).toEqual(agency.relations.edges.map((e: { id: string }) => e.id));
    expect(agency.three).toEqual(agency.all.slice(0, 3));
    const r = await h.gql('{ agency(name: "市大数据局") { responsibilities(first: 501) { id } } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
