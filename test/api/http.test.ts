import type { GraphStore } from '../../src/graph/contract/graph-store';
import { EXAMPLE_OPERATIONS } from '../../src/api';
import { DOC_2025, ids, planGraph, sliceOf } from '../fixtures/graph/plan-graph';
import { countingStore } from './counting-store';
import { serve, storeOf, type Harness } from './harness';

// The HTTP surface: routes, landing page, CORS, error codes, cache, write guard.

const slices = () => planGraph.documents.map((d) => sliceOf(planGraph, d.id));

/** A store whose calls fail like an unreachable Neo4j, or with an unexpected bug. */
function failing(inner: GraphStore, error: Error & { code?: string }, state: 'ready' | 'unavailable'): GraphStore {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'health') return async () => ({ store: 'neo4j', state, version: 0 });
      if (['findNodes', 'getNodes', 'relationships', 'findByName'].includes(String(prop)))
        return async () => {
          throw error;
        };
      return Reflect.get(target, prop);
    },
  });
}

describe('http', () => {
  let h: Harness;
  let counting: ReturnType<typeof countingStore>;
  beforeAll(async () => {
    counting = countingStore(await storeOf(slices()));
    h = await serve(counting.store, { corsOrigins: ['https://app.example'], writeApiKey: 'k3y' });
  });
  afterAll(() => h.close());

  it('reports store health on GET /health', async () => {
    const res = await fetch(`${h.base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ store: 'embedded', state: 'ready' });
  });

  it('serves Sandbox with the example operations preloaded, and an offline /examples page', async () => {
    const html = await (await fetch(`${h.base}/`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('embeddable-sandbox.cdn.apollographql.com');
    expect(html).toContain('query Lineage');
    expect(html).toContain('5G基站数');
    const page = await fetch(`${h.base}/examples`);
    const text = await page.text();
    expect(page.headers.get('content-type')).toContain('text/html');
    for (const op of EXAMPLE_OPERATIONS) expect(text).toContain(`query ${op.name}`);
    expect(text).not.toContain('cdn.');
    expect(await (await fetch(`${h.base}/?offline`, { headers: { accept: 'text/html' } })).text()).toBe(text);
  });

  it('answers GraphQL on / and /graphql, and 404 elsewhere', async () => {
    const at = (path: string) =>
      fetch(`${h.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ plans { totalCount } }"}',
      });
    expect(((await (await at('/')).json()) as any).data.plans.totalCount).toBe(2);
    expect((await at('/nowhere')).status).toBe(404);
    const get = await fetch(`${h.url}?query=${encodeURIComponent('{ plans { totalCount } }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(((await get.json()) as any).data.plans.totalCount).toBe(2);
  });

  it('allows only the configured CORS origins', async () => {
    const pre = await fetch(h.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await fetch(h.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('returns null without an error for an unknown id, and the node for a known one', async () => {
    const r = await h.gql('query($id: ID!) { node(id: $id) { id } known: node(id: "missing") { id } }', { id: ids.plan2023 });
    expect(r.body.data).toEqual({ node: { id: ids.plan2023 }, known: null });
    expect(r.body.errors).toBeUndefined();
  });

  it('serves a repeated query from the response cache until the store changes', async () => {
    const q = '{ tasks(first: 3) { totalCount nodes { name } } }';
    const first = await h.gql(q);
    counting.reset();
    const again = await h.gql(q);
    expect(again.body).toEqual(first.body);
    expect(counting.calls).toEqual({ version: 1 });
  });

  it('refuses writes without the key and removes a document with it', async () => {
    const m = 'mutation($id: ID!) { removeDocument(id: $id) }';
    const denied = await h.gql(m, { id: 'nope' });
    expect(denied.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await h.gql(m, { id: 'nope' }, { 'x-api-key': 'k3y' });
    expect(unknown.body.data).toEqual({ removeDocument: false });
    const count = '{ plans { totalCount } }';
    expect((await h.gql(count)).body.data).toEqual({ plans: { totalCount: 2 } });
    expect((await h.gql(m, { id: DOC_2025 }, { 'x-api-key': 'k3y' })).body.data).toEqual({ removeDocument: true });
    // the cached answer is stale now: the store's version moved on
    expect((await h.gql(count)).body.data).toEqual({ plans: { totalCount: 1 } });
  });
});

describe('response cache', () => {
  let h: Harness;
  let counting: ReturnType<typeof countingStore>;
  beforeAll(async () => {
    counting = countingStore(await storeOf(slices()));
    h = await serve(counting.store, { responseCache: true });
  });
  afterAll(() => h.close());

  const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([k]) => !['date', 'x-request-id'].includes(k)));

  it('answers a hit with the same bytes and headers as the first answer (CORS for any origin included)', async () => {
    const body = { query: '{ plans { totalCount nodes { name } } }' };
    const first = await h.post(body);
    const firstText = await first.text();
    counting.reset();
    const again = await h.post(body);
    expect(await again.text()).toBe(firstText);
    expect(counting.calls).toEqual({ version: 1 });
    expect(headersOf(again)).toEqual(headersOf(first));
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect(again.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  it('does not serve a cached answer to the same bytes sent as another content type, which Apollo refuses', async () => {
    const text = JSON.stringify({ query: '{ plans { totalCount } }' });
    expect((await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text })).status).toBe(200);
    const other = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/x-plangraph' }, body: text });
    expect(other.status).toBe(400);
  });
});

describe('failures', () => {
  it('maps an unreachable store to SERVICE_UNAVAILABLE and /health to 503', async () => {
    const err = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' });
    const h = await serve(failing(await storeOf(slices()), err, 'unavailable'), { responseCache: false });
    try {
      const r = await h.gql('{ plans { totalCount } }');
      expect(r.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(r.body)).not.toContain('ECONNREFUSED');
      expect((await fetch(`${h.base}/health`)).status).toBe(503);
    } finally {
      await h.close();
    }
  });

  it('masks unexpected errors as INTERNAL_SERVER_ERROR without leaking the message', async () => {
    const h = await serve(failing(await storeOf(slices()), new Error('secret detail at db.ts:42'), 'ready'), { responseCache: false });
    try {
      const r = await h.gql('{ plans { totalCount } }');
      expect(r.body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(r.body)).not.toContain('secret');
    } finally {
      await h.close();
    }
  });

  it('turns introspection and the landing page off for production', async () => {
    const h = await serve(await storeOf(slices()), { introspection: false, landingPage: false });
    try {
      const r = await h.gql('{ __schema { types { name } } }');
      expect(r.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const html = await (await fetch(`${h.base}/`, { headers: { accept: 'text/html' } })).text();
      expect(html).not.toContain('embeddable-sandbox');
      expect((await fetch(`${h.base}/examples`)).status).toBe(404);
    } finally {
      await h.close();
    }
  });
});
