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

test('the text under 100,000 sources is refused with RESPONSE_TOO_LARGE at little cost, and the server answers next', async () => {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const { status, body } = await jsonOf(
    await h.post({ query: '{ indicators(first:1){ nodes { name sources { document { id text } } } } }' }),
  );
  expect(status).toBe(400);
  expect(codesOf(body)).toEqual(['RESPONSE_TOO_LARGE']);
  expect(body.errors?.[0]?.message).toMatch(/exceeds the response limit of \d+ bytes/);
  // Before sources were paged and texts charged as they resolve, this query built 100,000 answers
  // first: 1.0–1.3 GB of memory (2.9 GB and a crash before the response budget). Now it reads one
  // page of 20 sources and stops at the text budget. The peak is the process's highest ever, so
  // only growth above the highest before this query counts.
  const grown = Math.max(process.memoryUsage().rss - before, process.resourceUsage().maxRSS * 1024 - Math.max(peakBefore, before));
  expect(grown).toBeLessThan(100 * 1024 * 1024);
  const ok = await h.gql('{ indicators(first:1){ nodes { name } } }');
  expect(ok.body.data).toEqual({ indicators: { nodes: [{ name: '5G基站数' }] } });
});

test('sources come a page at a time, with the total in sourceCount', async () => {
  const r = await h.gql(
    '{ indicators(first:1){ nodes { sourceCount sources { start } next: sources(first: 100, offset: 99990) { start } } } }',
  );
  expect(r.body.errors).toBeUndefined();
  const node = r.body.data!.indicators.nodes[0];
  expect(node.sourceCount).toBe(REPEAT);
  expect(node.sources).toHaveLength(20);
  expect(node.sources[1].start - node.sources[0].start).toBe(SENTENCE.length);
  expect(node.next).toHaveLength(10);
  expect(node.next[9].start).toBe((REPEAT - 1) * SENTENCE.length + SENTENCE.indexOf('5G基站数'));
});

test('sources(document:) pages through the places in one document only', async () => {
  const r = await h.gql(
    '{ indicators(first:1){ nodes { here: sources(document: "repeat", first: 2) { start } elsewhere: sources(document: "other") { start } } } }',
  );
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data!.indicators.nodes[0].here).toHaveLength(2);
  expect(r.body.data!.indicators.nodes[0].elsewhere).toEqual([]);
});

test('a page over the limit, or a negative offset, is refused with BAD_USER_INPUT', async () => {
  const over = await h.gql('{ indicators(first:1){ nodes { sources(first: 101) { start } } } }');
  expect(codesOf(over.body)).toEqual(['BAD_USER_INPUT']);
  const negative = await h.gql('{ indicators(first:1){ nodes { sources(offset: -1) { start } } } }');
  expect(codesOf(negative.body)).toEqual(['BAD_USER_INPUT']);
});

test('one document text within the limit is answered; its sentences and paragraphs are charged to the same budget', async () => {
  const one = await h.gql('{ indicators(first:1){ nodes { sources(first: 1) { document { text } } } } }');
  expect(one.body.errors).toBeUndefined();
  expect(one.body.data!.indicators.nodes[0].sources[0].document.text).toHaveLength(text.length);
  // The whole document is one paragraph (no line breaks): 20 of them exceed the budget.
  const { status, body } = await jsonOf(await h.post({ query: '{ indicators(first:1){ nodes { sources { paragraph { text } } } } }' }));
  expect(status).toBe(400);
  expect(codesOf(body)).toEqual(['RESPONSE_TOO_LARGE']);
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
