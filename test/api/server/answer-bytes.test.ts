import { AnswerBuffers, ownBytes } from '../../../src/api/server/answer-bytes';
import { serveSeeds, type Harness } from '../harness';

// Uncached answers are encoded into reused memory once the socket has written them; every body
// must still be exactly its own answer's UTF-8, however many are in flight at once.

const longText = (seed: string) => `{"data":{"text":"${'“十四五”时期数字青岛建设'.repeat(2000)}${seed}"}}`;

describe('answer bytes', () => {
  it('are the UTF-8 of the text and its tail, pooled only when large', () => {
    const buffers = new AnswerBuffers();
    const small = buffers.encode('{"data":{"name":"青岛"}}', '\n');
    expect(small.bytes.equals(Buffer.from('{"data":{"name":"青岛"}}\n'))).toBe(true);
    expect(small.release).toBeUndefined();
    const large = buffers.encode(longText('甲'), '\n');
    expect(large.bytes.equals(Buffer.from(`${longText('甲')}\n`))).toBe(true);
    expect(large.release).toBeDefined();
    expect(ownBytes(longText('乙'), '\n').equals(Buffer.from(`${longText('乙')}\n`))).toBe(true);
  });

  it('from a value are the bytes of JSON.stringify and the tail, however deep or large', () => {
    const buffers = new AnswerBuffers();
    const bare = Object.create(null) as Record<string, unknown>;
    bare.名称 = '数字青岛';
    const values: unknown[] = [
      { data: null },
      { data: { node: { __typename: 'Task', id: 'Task:1', name: '建设“城市云脑”', year: 2024, plan: null } } },
      {
        data: {
          list: [1, undefined, () => 1, NaN, Infinity, -0, 'a\u2028b', '\ud800', [[[['深', { 五: [5] }]]]]],
          skip: undefined,
          f: () => 1,
        },
      },
      { data: { when: new Date(Date.UTC(2024, 0, 2)), bare, nested: { a: { b: { c: { d: { e: '很深' } } } } } } },
      {
        data: {
          timeline: Array.from({ length: 3000 }, (_, i) => ({
            period: `${2000 + (i % 30)}`,
            value: i / 7,
            text: '累计开通5G基站4.27万个'.repeat(1 + (i % 5)),
          })),
        },
      },
    ];
    for (const value of values) {
      const { bytes, release } = buffers.encodeJson(value, '\n');
      expect(bytes.toString('utf8')).toBe(`${JSON.stringify(value)}\n`);
      release?.();
      // Known to be small, it is stringified whole: the same bytes.
      const whole = buffers.encodeJson(value, '\n', 100);
      expect(whole.bytes.toString('utf8')).toBe(`${JSON.stringify(value)}\n`);
      whole.release?.();
    }
  });

  it('reuse memory only after it is released', () => {
    const buffers = new AnswerBuffers();
    const first = buffers.encode(longText('甲'));
    const second = buffers.encode(longText('乙'));
    expect(second.bytes.buffer).not.toBe(first.bytes.buffer);
    expect(first.bytes.toString()).toBe(longText('甲'));
    first.release!();
    const third = buffers.encode(longText('丙'));
    expect(third.bytes.buffer).toBe(first.bytes.buffer);
    expect(third.bytes.toString()).toBe(longText('丙'));
    expect(second.bytes.toString()).toBe(longText('乙'));
  });

  it('keep no more than their cap', () => {
    const buffers = new AnswerBuffers(1024);
    const first = buffers.encode(longText('甲'));
    first.release!();
    expect(buffers.encode(longText('乙')).bytes.buffer).not.toBe(first.bytes.buffer);
  });

  describe('over HTTP, uncached', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await serveSeeds({ responseCache: false });
    });
    afterAll(() => h.close());

    it('answer many large queries at once, each with its own body', async () => {
      const fourTimes = (list: string) => `{ ${['a', 'b', 'c', 'd'].map((alias) => `${alias}: ${list}`).join(' ')} }`;
      const queries = [
        fourTimes('documents(first: 5) { nodes { id text } }'),
        fourTimes('documents(first: 5) { nodes { title text } }'),
        fourTimes('documents(last: 4) { nodes { id text } }'),
      ];
      // Alone first (the second of each goes the known-operations way, as the concurrent ones do).
      const alone: string[] = [];
      for (const query of queries) {
        await h.post({ query });
        alone.push(await (await h.post({ query })).text());
      }
      expect(alone.every((body) => body.length > 16 * 1024 && body.startsWith('{"data"') && body.endsWith('}\n'))).toBe(true);
      expect(new Set(alone).size).toBe(queries.length);
      const together = await Promise.all([...queries, ...queries, ...queries].map(async (query) => (await h.post({ query })).text()));
      together.forEach((body, i) => expect(body).toBe(alone[i % queries.length]));
    });
  });
});
