import type { Harness } from '../api/harness';
import { ids } from '../fixtures/graph/plan-graph';
import { codesOf, expectAlive, jsonOf } from './expect';
import { PRODUCTION_API, seededServer } from './seeded';

// Hostile GraphQL operations (shape limits, bad arguments, ids; the HTTP layer is http.test.ts):
// each is refused with a code a client can branch on, before it costs the server anything, and
// the server answers the next ordinary query.

let h: Harness;
beforeAll(async () => {
  h = await seededServer();
});
afterAll(() => h.close());
afterEach(() => expectAlive(h));

/** `depth` levels of Task.plan / Plan.tasks under a node lookup: valid, just deep. */
function deepQuery(depth: number): string {
  let inner = 'name';
  for (let i = 0; i < depth; i++) inner = (depth - 1 - i) % 2 === 0 ? `plan { ${inner} }` : `tasks { ${inner} }`; // outermost: Task.plan
  return `{ node(id: "${ids.task23FiveG}") { ... on Task { ${inner} } } }`;
}

describe('shape limits, checked before execution', () => {
  test('depth 50 is refused with DEPTH_LIMIT_EXCEEDED', async () => {
    const r = await h.gql(deepQuery(50));
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(codesOf(r.body)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    expect(r.body.errors?.[0]?.message).toMatch(new RegExp(`maximum of ${PRODUCTION_API.maxDepth}`));
  });

  test('the same shape within the depth limit is answered', async () => {
    const r = await h.gql(deepQuery(4));
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.node?.plan?.tasks?.length).toBeGreaterThan(0);
  });

  test('a complexity bomb (connections of first: 100 over nested lists) is refused with QUERY_TOO_COMPLEX', async () => {
    const nested = 'nodes { tasks { plan { tasks { plan { tasks { name } } } } } }';
    const roots = ['plans', 'projects', 'tasks', 'results'].map((f, i) =>
      f === 'plans' ? `p${i}: plans(first: 100) { ${nested} }` : `c${i}: ${f}(first: 100) { nodes { name } }`,
    );
    const r = await h.gql(`{ ${roots.join(' ')} }`);
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(codesOf(r.body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.body.errors?.[0]?.message).toMatch(new RegExp(`exceeds the maximum of ${PRODUCTION_API.maxComplexity}`));
  });

  test('1,000 aliases are refused with ALIAS_LIMIT_EXCEEDED', async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: stats { nodesByLabel { key count } }`);
    const r = await h.gql(`{ ${fields.join(' ')} }`);
    expect(r.status).toBe(400);
    expect(codesOf(r.body)).toEqual(['ALIAS_LIMIT_EXCEEDED']);
    expect(r.body.errors?.[0]?.message).toMatch(/1000 aliases/);
  });

  test('100 batched operations are refused with BATCH_LIMIT_EXCEEDED', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ stats { nodesByLabel { key count } } }' }));
    const { status, body } = await jsonOf(await h.post(batch));
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['BATCH_LIMIT_EXCEEDED']);
    expect(body.errors?.[0]?.message).toMatch(/100 operations/);
  });

  test('a batch within the limit is answered, one result per operation', async () => {
    const res = await h.post([
      { query: '{ plan(name: "数字青岛2023年行动方案") { year } }' },
      { query: '{ indicator(name: "5G基站") { unit } }' },
    ]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([{ data: { plan: { year: 2023 } } }, { data: { indicator: { unit: '个' } } }]);
  });
});

describe('arguments out of range name the argument (BAD_USER_INPUT)', () => {
  test.each([
    ['first: 1000000000 on a connection', '{ tasks(first: 1000000000) { nodes { name } } }', 'first'],
    ['first: -1 on a connection', '{ tasks(first: -1) { nodes { name } } }', 'first'],
    ['first: 1000000000 on search', '{ search(text: "5G", first: 1000000000) { score } }', 'first'],
    ['first: -1 on lineage', '{ lineage(fromYear: 2023, toYear: 2024, first: -1) { score } }', 'first'],
    ['maxHops: 1000 on path', `{ path(from: "${ids.task23FiveG}", to: "${ids.task25FiveG}", maxHops: 1000) { length } }`, 'maxHops'],
  ])('%s', async (_case, query, argument) => {
    const r = await h.gql(query);
    expect(codesOf(r.body)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors?.[0]?.extensions?.argument).toBe(argument);
    expect(r.body.errors?.[0]?.message).toContain(`\`${argument}\``);
  });

  test('first: -1 passed as a variable is refused the same way', async () => {
    const r = await h.gql('query Page($n: Int) { plans(first: $n) { totalCount } }', { n: -1 });
    expect(codesOf(r.body)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors?.[0]?.extensions?.argument).toBe('first');
  });

  test.each([
    ['garbage', 'not base64 at all!!'],
    ['a negative offset', Buffer.from('o:-5').toString('base64url')],
    ['another encoding', Buffer.from('cursor:3').toString('base64url')],
  ])('an invalid cursor (%s) is refused naming `after`', async (_case, cursor) => {
    const r = await h.gql('query After($c: String) { tasks(after: $c) { nodes { name } } }', { c: cursor });
    expect(codesOf(r.body)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors?.[0]?.extensions?.argument).toBe('after');
  });

  test('a cursor the API issued pages on', async () => {
    const first = await h.gql('{ tasks(first: 2) { pageInfo { endCursor } nodes { id } } }');
    const cursor = first.body.data?.tasks.pageInfo.endCursor as string;
    const next = await h.gql('query After($c: String) { tasks(first: 2, after: $c) { nodes { id } } }', { c: cursor });
    expect(next.body.errors).toBeUndefined();
    const seen = new Set((first.body.data?.tasks.nodes as { id: string }[]).map((n) => n.id));
    expect((next.body.data?.tasks.nodes as { id: string }[]).some((n) => seen.has(n.id))).toBe(false);
  });
});

describe('ids', () => {
  test('an unknown id gives node: null and no error (one convention for misses)', async () => {
    const r = await h.gql('{ node(id: "Plan:0000000000000000") { id } }');
    expect(r.body.data).toEqual({ node: null });
    expect(codesOf(r.body)).toEqual([]);
  });

  test('an unknown name gives null and no error', async () => {
    const r = await h.gql('{ plan(name: "不存在的规划") { id } indicator(name: "不存在的指标") { id } }');
    expect(r.body.data).toEqual({ plan: null, indicator: null });
    expect(codesOf(r.body)).toEqual([]);
  });

  test('node(id:) with a Task id answers a Task, never Plan fields', async () => {
    const r = await h.gql(`{ node(id: "${ids.task23FiveG}") { __typename ... on Plan { year kind } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ node: { __typename: 'Task' } });
  });

  test('a Task id given as a Plan filter is refused naming `plan`', async () => {
    const r = await h.gql(`{ tasks(filter: { plan: "${ids.task23FiveG}" }) { totalCount } }`);
    expect(codesOf(r.body)).toEqual(['BAD_USER_INPUT']);
    expect(String(r.body.errors?.[0]?.extensions?.argument)).toMatch(/plan/);
  });
});
