import crypto from 'node:crypto';
import type { Harness } from '../api/harness';
import { DOC_2023, DOC_2025 } from '../fixtures/graph/plan-graph';
import { codesOf } from './expect';
import { seededServer } from './seeded';

// The API's one write, removeDocument, over HTTP: it needs the configured key in x-api-key;
// without a configured key writes are off for everyone.

const KEY = 'abuse-suite-write-key-0123456789';
const REMOVE = 'mutation Remove($id: ID!) { removeDocument(id: $id) }';
const DOCS = '{ documents { nodes { id } } }';

const documentIds = async (h: Harness) => ((await h.gql(DOCS)).body.data?.documents.nodes as { id: string }[]).map((d) => d.id).sort();

describe('with a write key configured', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await seededServer({ writeApiKey: KEY });
  });
  afterAll(() => h.close());

  test.each([
    ['no key', {}],
    ['an empty key', { 'x-api-key': '' }],
    ['a wrong key of the same length', { 'x-api-key': KEY.replace(/.$/, 'X') }],
    ['a prefix of the key', { 'x-api-key': KEY.slice(0, 8) }],
    ['the key plus more', { 'x-api-key': `${KEY}0` }],
    ['the key in another header', { authorization: `Bearer ${KEY}` }],
  ])('%s is refused with FORBIDDEN and nothing is removed', async (_case, headers: Record<string, string>) => {
    const before = await documentIds(h);
    const r = await h.gql(REMOVE, { id: DOC_2023 }, headers);
    expect(r.body.data).toBeNull();
    expect(codesOf(r.body)).toEqual(['FORBIDDEN']);
    expect(await documentIds(h)).toEqual(before);
  });

  test('a GET carrying the right key still cannot write (405)', async () => {
    const url = `${h.url}?query=${encodeURIComponent(`mutation { removeDocument(id: "${DOC_2023}") }`)}`;
    const res = await fetch(url, { headers: { 'x-api-key': KEY, 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect(await documentIds(h)).toContain(DOC_2023);
  });

  test('the right key removes the document; an unknown id answers false', async () => {
    expect((await h.gql(REMOVE, { id: 'no-such-document' }, { 'x-api-key': KEY })).body).toEqual({ data: { removeDocument: false } });
    const r = await h.gql(REMOVE, { id: DOC_2025 }, { 'x-api-key': KEY });
    expect(r.body).toEqual({ data: { removeDocument: true } });
    expect(await documentIds(h)).not.toContain(DOC_2025);
  });

  test('the key is compared in constant time (crypto.timingSafeEqual)', async () => {
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    try {
      await h.gql(REMOVE, { id: 'no-such-document' }, { 'x-api-key': KEY.replace(/^./, 'X') });
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('with no write key configured', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await seededServer();
  });
  afterAll(() => h.close());

  test.each([
    ['no key', {}],
    ['any key', { 'x-api-key': KEY }],
    ['the string "undefined"', { 'x-api-key': 'undefined' }],
  ])('writes are disabled: %s gets FORBIDDEN', async (_case, headers: Record<string, string>) => {
    const r = await h.gql(REMOVE, { id: DOC_2023 }, headers);
    expect(codesOf(r.body)).toEqual(['FORBIDDEN']);
    expect(await documentIds(h)).toContain(DOC_2023);
  });
});
