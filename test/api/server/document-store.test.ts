import { parse } from 'graphql';
import { BoundedDocumentStore, MAX_DOCUMENTS } from '../../../src/api/server/document-store';

// Distinct queries beyond the bound push the least recently used documents (and with them their
// compiled executors and cost estimates) out, so memory does not grow with every new query.

test('keeps at most MAX_DOCUMENTS documents, the most recently used', async () => {
  const store = new BoundedDocumentStore();
  for (let i = 0; i < MAX_DOCUMENTS + 500; i++) await store.set(`q${i}`, parse(`{ a${i} }`));
  expect(store.size).toBe(MAX_DOCUMENTS);
  expect(await store.get('q0')).toBeUndefined();
  expect(await store.get(`q${MAX_DOCUMENTS + 499}`)).toBeDefined();
});
