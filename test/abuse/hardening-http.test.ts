import type { Harness } from '../api/harness';
import { codesOf, expectAlive, jsonOf } from './expect';
import { seededServer } from './seeded';

// Issue 17's HTTP rows: CSRF and operation checks come before the response cache (D13), an empty
// or unknown operationName is a coded 400 (D12), no field suggestions with introspection off.

let h: Harness;
beforeAll(async () => {
  h = await seededServer({ responseCache: true });
});
afterAll(() => h.close());
afterEach(() => expectAlive(h));

const Q = '{ stats { nodesByLabel { key count } } }';

describe('D13: CSRF before the response cache', () => {
  test.each([
    ['text/plain', JSON.stringify({ query: Q })],
    ['application/x-www-form-urlencoded', JSON.stringify({ query: Q })],
    ['multipart/form-data; boundary=x', JSON.stringify({ query: Q })],
  ])('POST %s gets 400 even after the same request was answered as JSON', async (type, payload) => {
    const ok = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
    expect(ok.status).toBe(200);
    await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
    const { status, body } = await jsonOf(await fetch(h.url, { method: 'POST', headers: { 'content-type': type }, body: payload }));
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['BAD_REQUEST']);
    expect(body.data).toBeUndefined();
  });

  test('GET without the preflight header gets 400 even when the same GET was cached', async () => {
    const url = `${h.url}?query=${encodeURIComponent(Q)}`;
    for (let i = 0; i < 2; i++) expect((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
    const { status, body } = await jsonOf(await fetch(url));
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['BAD_REQUEST']);
  });
});

describe('D12: operationName', () => {
  test.each([[''], ['Nope'], ['  ']])('operationName %j is a 400 with a code, never 500', async (name) => {
    const doc = 'query A { stats { nodesByLabel { key } } } query B { stats { relationshipsByType { key } } }';
    const { status, body } = await jsonOf(await h.post({ query: doc, operationName: name }));
    expect(status).toBe(400);
    expect(codesOf(body).length).toBe(1);
    expect(typeof codesOf(body)[0]).toBe('string');
  });

  test('operationName naming an operation answers it', async () => {
    const doc = 'query A { stats { nodesByLabel { key } } } query B { stats { relationshipsByType { key } } }';
    const { status, body } = await jsonOf(await h.post({ query: doc, operationName: 'A' }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  test('an unknown operationName on a one-operation document is a coded 400', async () => {
    const { status, body } = await jsonOf(await h.post({ query: 'query A { stats { nodesByLabel { key } } }', operationName: 'B' }));
    expect(status).toBe(400);
    expect(typeof codesOf(body)[0]).toBe('string');
  });
});

describe('no field suggestions with introspection off', () => {
  test('a misspelt field is refused without "Did you mean"', async () => {
    const { status, body } = await jsonOf(await h.post({ query: '{ stats { nodesByLabe { key } } }' }));
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
  });
});

describe('wrong write keys are slowed down', () => {
  const KEY = 'hardening-suite-write-key-0123456789';
  let w: Harness;
  beforeAll(async () => {
    w = await seededServer({ writeApiKey: KEY });
  });
  afterAll(() => w.close());

  test('after a few wrong keys the answers carry Retry-After; the right key does not wait', async () => {
    const REMOVE = 'mutation { removeDocument(id: "no-such-document") }';
    const retryAfter: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await w.post({ query: REMOVE }, { 'x-api-key': `wrong-key-${i}-padding-padding` });
      retryAfter.push(res.headers.get('retry-after'));
      expect(codesOf((await jsonOf(res)).body)).toEqual(['FORBIDDEN']);
    }
    expect(retryAfter.slice(0, 3)).toEqual([null, null, null]);
    expect(retryAfter.slice(3).every((v) => v !== null && Number(v) >= 1)).toBe(true);
    const right = await w.post({ query: REMOVE }, { 'x-api-key': KEY });
    expect(right.headers.get('retry-after')).toBeNull();
    expect((await jsonOf(right)).body).toEqual({ data: { removeDocument: false } });
  });
});
