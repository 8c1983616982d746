import { serve, storeOf, type Harness } from '../api/harness';
import { sliceGraph, type Graph } from '../../src/model';
import { PRODUCTION_API } from './seeded';
import { codesOf, jsonOf } from './expect';

// Issue 17 D6: a 4.2 MB document repeating one sentence 100,000 times, and one anonymous query
// asking for the document's text under each of the indicator's 100,000 sources (within the cost
// limit). It must be answered at once with RESPONSE_TOO_LARGE, not exhaust the server's memory.

const SENTENCE = '全市5G基站数达到4.5万个，同比增长12%。'; // 21 characters, 42 bytes… in UTF-8 more
const REPEAT = 100_000;
const text = SENTENCE.repeat(REPEAT);

function repeatedGraph(): Graph {
  const doc = {
    id: 'repeat',
    title: '重复',
    path: 'repeat.txt',
    chars: text.length,
    text,
    kind: 'other' as const,
    encoding: 'utf-8',
    hash: 'x',
  };
  const at = SENTENCE.indexOf('5G基站数');
  const sources = Array.from({ length: REPEAT }, (_, i) => {
    const start = i * SENTENCE.length + at;
    return { document: 'repeat', start, end: start + 5, text: '5G基站数' };
  });
  return {
    documents: [doc],
    nodes: [{ id: 'indicator:5g', label: 'Indicator', name: '5G基站数', aliases: [], properties: {}, sources }],
    relationships: [],
  };
}

let h: Harness;
beforeAll(async () => {
  h = await serve(await storeOf(sliceGraph(repeatedGraph())), { ...PRODUCTION_API, responseCache: false });
});
afterAll(() => h.close());

test('the text under 100,000 sources is refused with RESPONSE_TOO_LARGE, and the server answers next', async () => {
  const before = process.memoryUsage().rss;
  const { status, body } = await jsonOf(
    await h.post({ query: '{ indicators(first:1){ nodes { name sources { document { id text } } } } }' }),
  );
  expect(status).toBe(400);
  expect(codesOf(body)).toEqual(['RESPONSE_TOO_LARGE']);
  expect(body.errors?.[0]?.message).toMatch(/exceeds the response limit of \d+ bytes/);
  // Before the budget this query grew the heap past 2.9 GB and killed the process; the resolvers
  // still build their lists before the budget measures them (1.0–1.3 GB seen on this machine),
  // so the bound is the crash, not a target.
  expect(process.memoryUsage().rss - before).toBeLessThan(2 * 1024 * 1024 * 1024);
  const ok = await h.gql('{ indicators(first:1){ nodes { name } } }');
  expect(ok.body.data).toEqual({ indicators: { nodes: [{ name: '5G基站数' }] } });
});

test('the same sources without the text are answered (about 100,000 small items)', async () => {
  const r = await h.gql('{ indicators(first:1){ nodes { sources { start } } } }');
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data!.indicators.nodes[0].sources).toHaveLength(REPEAT);
});

test('a smaller limit applies to a single document text', async () => {
  const small = await serve(await storeOf(sliceGraph(repeatedGraph())), {
    ...PRODUCTION_API,
    responseCache: false,
    maxResponseBytes: 1_000_000,
  });
  try {
    const { status, body } = await jsonOf(await small.post({ query: '{ documents(first: 1) { nodes { text } } }' }));
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['RESPONSE_TOO_LARGE']);
  } finally {
    await small.close();
  }
});
