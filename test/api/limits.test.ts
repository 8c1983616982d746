import { createHash } from 'node:crypto';
import { planGraph, sliceOf } from '../fixtures/graph/plan-graph';
import { serve, storeOf, type Harness } from './harness';

// Requests the server must refuse before doing the work, each with a code a client can act on.

let h: Harness;
beforeAll(async () => {
  const store = await storeOf(planGraph.documents.map((d) => sliceOf(planGraph, d.id)));
  h = await serve(store, { responseCache: false, maxBatch: 3, maxBodyBytes: 4000 });
});
afterAll(() => h.close());

const codes = (r: { body: { errors?: { extensions?: { code?: string } }[] } }) => (r.body.errors ?? []).map((e) => e.extensions?.code);

describe('limits', () => {
  it('rejects a query 20 levels deep with DEPTH_LIMIT_EXCEEDED', async () => {
    let sel = 'name';
    for (let i = 0; i < 9; i++) sel = `tasks { plan { ${sel} } }`;
    const r = await h.gql(`{ plans { nodes { ${sel} } } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    expect(r.body.errors![0].message).toMatch(/depth 21 .* maximum of 12/);
  });

  it('rejects a request for 10⁹ items with BAD_USER_INPUT naming `first`', async () => {
    const r = await h.gql('{ tasks(first: 1000000000) { nodes { name } } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0].message).toContain('`first`');
    expect(r.body.data ?? null).toBeNull();
  });

  it('holds a nested list to the cap its schema states (500), and a page to the page cap (100)', async () => {
    // The schema says of a plan's tasks(first:) "at most 500" (as of every nested list): 200 is answered, 501 refused.
    const nested = await h.gql('{ plans(first: 1) { nodes { tasks(first: 200) { name } } } }');
    expect(nested.body.errors).toBeUndefined();
    const over = await h.gql('{ plans(first: 1) { nodes { tasks(first: 501) { name } } } }');
    expect(codes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.body.errors![0].message).toContain('between 0 and 500');
    const page = await h.gql('{ tasks(first: 200) { nodes { name } } }');
    expect(codes(page)).toEqual(['BAD_USER_INPUT']);
    expect(page.body.errors![0].message).toContain('between 0 and 100');
  });

  it('rejects a query whose estimated cost is too high with QUERY_TOO_COMPLEX', async () => {
    const r = await h.gql(
      `{ plans(first: 100) { nodes { tasks { targets { indicator { timeline { task { targets { indicator { timeline { value } } } } } } } } } } }`,
    );
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('prices the same query document anew for each set of variables (the estimate is cached per set)', async () => {
    const deep = `query($n: Int) { plans(first: $n) { nodes { tasks { targets { indicator { timeline { task { targets {
      indicator { timeline { value } } } } } } } } } } }`;
    expect(codes(await h.gql(deep, { n: 100 }))).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codes(await h.gql(deep, { n: 0 }))).toEqual([]);
    expect(codes(await h.gql(deep, { n: 100 }))).toEqual(['QUERY_TOO_COMPLEX']);
    const page = 'query($n: Int) { tasks(first: $n) { nodes { name } } }';
    expect((await h.gql(page, { n: 2 })).body.data?.tasks.nodes).toHaveLength(2);
    expect(codes(await h.gql(page, { n: 1_000_000 }))).toEqual(['BAD_USER_INPUT']);
    expect((await h.gql(page, { n: 3 })).body.data?.tasks.nodes).toHaveLength(3);
  });

  it('rejects alias amplification with ALIAS_LIMIT_EXCEEDED', async () => {
    const many = Array.from({ length: 31 }, (_, i) => `a${i}: stats { nodesByLabel { key } }`).join(' ');
    expect(codes(await h.gql(`{ ${many} }`))).toEqual(['ALIAS_LIMIT_EXCEEDED']);
  });

  it('accepts a batch up to the cap and rejects a larger one with BATCH_LIMIT_EXCEEDED', async () => {
    const op = { query: '{ plans { totalCount } }' };
    const ok = await h.post([op, op, op]);
    expect(((await ok.json()) as { data: { plans: { totalCount: number } } }[]).map((x) => x.data.plans.totalCount)).toEqual([2, 2, 2]);
    const tooMany = await h.post([op, op, op, op]);
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as any).errors[0].extensions.code).toBe('BATCH_LIMIT_EXCEEDED');
  });

  it('refuses an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await h.post({ query: `{ plans { totalCount } } # ${'x'.repeat(5000)}` });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a bad argument with BAD_USER_INPUT naming it', async () => {
    const r = await h.gql('{ lineage(fromYear: 2024, toYear: 2023) { score } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0].message).toContain('`toYear`');
    const c = await h.gql('{ plans(after: "garbage") { totalCount } }');
    expect(c.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(c.body.errors![0].message).toContain('`after`');
  });

  it('answers missing or mistyped variables with 400 BAD_USER_INPUT naming the variable', async () => {
    const missing = await h.gql('query Q($id: ID!) { node(id: $id) { id } }', {});
    expect(missing.status).toBe(400);
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.body.errors![0].message).toContain('$id');
    const mistyped = await h.gql('query Q($n: Int) { plans(first: $n) { totalCount } }', { n: 'abc' });
    expect(mistyped.status).toBe(400);
    expect(codes(mistyped)).toEqual(['BAD_USER_INPUT']);
    expect(mistyped.body.errors![0].message).toContain('$n');
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ plans { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const miss = await h.post({ extensions: ext });
    expect(((await miss.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await h.post({ query, extensions: ext });
    const hit = await h.post({ extensions: ext });
    expect(((await hit.json()) as any).data.plans.totalCount).toBe(2);
  });

  it('blocks a simple cross-site POST (CSRF prevention)', async () => {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ stats { nodesByLabel { key } } }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });
});
