import type { Harness } from '../api/harness';
import { codesOf, expectAlive, jsonOf } from './expect';
import { seededServer } from './seeded';

// Hostile requests at the HTTP layer (before GraphQL): oversized bodies and URLs, malformed JSON,
// wrong content types and methods, CSRF-shaped GETs, parse and validation failures. Each gets a
// clear status and code, and the server answers the next ordinary query.

let h: Harness;
beforeAll(async () => {
  h = await seededServer();
});
afterAll(() => h.close());
afterEach(() => expectAlive(h));

describe('HTTP layer', () => {
  test('a 1 MB string argument is refused with 413 PAYLOAD_TOO_LARGE before parsing', async () => {
    const big = '数'.repeat(350_000); // ≈ 1 MB of UTF-8
    const { status, body } = await jsonOf(
      await h.post({ query: 'query Find($t: String!) { search(text: $t) { score } }', variables: { t: big } }),
    );
    expect(status).toBe(413);
    expect(codesOf(body)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  test('a 1 MB string in a GET query string is refused by the HTTP parser (431), without a crash', async () => {
    const q = encodeURIComponent(`{ search(text: "${'x'.repeat(1 << 20)}") { score } }`);
    const res = await fetch(`${h.url}?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([413, 414, 431]).toContain(res.status);
  });

  test('malformed JSON is refused with 400 BAD_REQUEST', async () => {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ stats { nodesByLabel { key } } }"',
    });
    const { status, body } = await jsonOf(res);
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['BAD_REQUEST']);
  });

  test.each([
    ['text/plain', JSON.stringify({ query: '{ __typename }' })],
    ['application/xml', '<query>{ __typename }</query>'],
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
  ])('content type %s is refused with BAD_REQUEST (400 or 415)', async (type, payload) => {
    const { status, body } = await jsonOf(await fetch(h.url, { method: 'POST', headers: { 'content-type': type }, body: payload }));
    expect([400, 415]).toContain(status);
    expect(codesOf(body)).toEqual(['BAD_REQUEST']);
    expect(body.data).toBeUndefined();
  });

  test.each([
    ['a schema mutation', 'mutation Remove { removeDocument(id: "x") }'],
    ['mutation { __typename }', 'mutation { __typename }'],
  ])('GET with %s is refused with 405 and an Allow: POST header', async (_case, op) => {
    const res = await fetch(`${h.url}?query=${encodeURIComponent(op)}`, { headers: { 'apollo-require-preflight': 'true' } });
    const { status, body } = await jsonOf(res);
    expect(status).toBe(405);
    expect(res.headers.get('allow')).toMatch(/POST/);
    expect(codesOf(body)).toEqual(['BAD_REQUEST']);
    expect(body.errors?.[0]?.message).toMatch(/GET requests only support query/);
  });

  test('an unsupported method (PUT) is refused with 405 and an Allow header', async () => {
    const res = await fetch(h.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const { status, body } = await jsonOf(res);
    expect(status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(codesOf(body)).toEqual(['BAD_REQUEST']);
  });

  test('a GET without a preflight header is refused as possible CSRF', async () => {
    const { status, body } = await jsonOf(await fetch(`${h.url}?query=${encodeURIComponent('{ __typename }')}`));
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['BAD_REQUEST']);
    expect(body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  test('introspection is off in production: __schema is refused with GRAPHQL_VALIDATION_FAILED', async () => {
    const r = await h.gql('{ __schema { types { name } } }');
    expect(r.status).toBe(400);
    expect(codesOf(r.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  test('a syntax error gives GRAPHQL_PARSE_FAILED; an unknown field GRAPHQL_VALIDATION_FAILED', async () => {
    const parse = await h.gql('{ plans { ');
    expect(parse.status).toBe(400);
    expect(codesOf(parse.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const invalid = await h.gql('{ plans { nodes { cypher } } }');
    expect(invalid.status).toBe(400);
    expect(codesOf(invalid.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
