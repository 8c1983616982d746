import { ApolloServer } from '@apollo/server';
import { serve, serveSeeds, type Harness } from '../harness';

// A query Apollo has answered once is answered again without its pipeline, with the same bytes;
// whatever the shortcut cannot answer exactly as Apollo would (errors, refusals, mutations, GET)
// still goes through Apollo.

const PAGE = 'query Page($n: Int!, $year: Int) { tasks(first: $n, filter: { year: $year }) { totalCount nodes { id name year } } }';

let h: Harness;
let plain: Harness;
let apolloCalls: jest.SpyInstance;
beforeAll(async () => {
  h = await serveSeeds({ responseCache: false });
  // The same graph without compiled execution: no shortcut, every answer from Apollo.
  plain = await serve(h.store, { responseCache: false, compiledExecution: false });
  apolloCalls = jest.spyOn(ApolloServer.prototype, 'executeHTTPGraphQLRequest');
}, 60_000);
afterAll(async () => {
  apolloCalls.mockRestore();
  await Promise.all([h.close(), plain.close()]);
});

async function raw(harness: Harness, body: unknown) {
  const res = await harness.post(body);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('known queries skip the Apollo pipeline', () => {
  it('answers a repeated query with the same bytes without calling Apollo', async () => {
    const body = { query: PAGE, variables: { n: 5, year: 2023 } };
    const first = await raw(h, body);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).data.tasks.nodes.length).toBeGreaterThan(0);
    const before = apolloCalls.mock.calls.length;
    const again = await raw(h, body);
    expect(apolloCalls.mock.calls.length).toBe(before);
    expect(again).toEqual(first);
  });

  it('runs the known document with new variables, answering as Apollo does', async () => {
    await raw(h, { query: PAGE, variables: { n: 2 } });
    const before = apolloCalls.mock.calls.length;
    const mine = await raw(h, { query: PAGE, variables: { n: 7, year: 2023 } });
    expect(apolloCalls.mock.calls.length).toBe(before);
    const apollos = await raw(plain, { query: PAGE, variables: { n: 7, year: 2023 } });
    expect(mine).toEqual(apollos);
    expect(JSON.parse(mine.text).data.tasks.nodes.length).toBeGreaterThan(2);
  });

  it('leaves refusals and errors to Apollo: page size over the cap, a missing variable', async () => {
    await raw(h, { query: PAGE, variables: { n: 1 } });
    const tooBig = await raw(h, { query: PAGE, variables: { n: 1000 } });
    expect(tooBig).toEqual(await raw(plain, { query: PAGE, variables: { n: 1000 } }));
    expect(JSON.parse(tooBig.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await raw(h, { query: PAGE, variables: {} });
    expect(missing.status).toBe(400);
    expect(missing).toEqual(await raw(plain, { query: PAGE, variables: {} }));
  });

  it('never takes mutations, GET requests or persisted-query extensions', async () => {
    const q = '{ tasks(first: 1) { totalCount } }';
    await raw(h, { query: q });
    let before = apolloCalls.mock.calls.length;
    await fetch(`${h.url}?query=${encodeURIComponent(q)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(apolloCalls.mock.calls.length).toBe(before + 1);
    before = apolloCalls.mock.calls.length;
    await raw(h, { query: q, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } });
    expect(apolloCalls.mock.calls.length).toBe(before + 1);
    const m = 'mutation { removeDocument(id: "nope") }';
    await raw(h, { query: m });
    before = apolloCalls.mock.calls.length;
    await raw(h, { query: m });
    expect(apolloCalls.mock.calls.length).toBe(before + 1);
  });
});
