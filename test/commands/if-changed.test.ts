import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/graph';
import { ingestPaths } from '../../src/commands';
import { DEFAULT_READ_LIMITS } from '../../src/ingest';

// `serve --ingest seeds --if-changed` (the compose stack's start): a restart over a graph that
// already holds the same documents writes nothing; a changed or new document is ingested.

const SEEDS = join(__dirname, '../../seeds');
const DOCS = ['001_2347e63f3516f4ec.txt', '003_204df86a34e42382.txt'];
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plangraph-if-changed-'));
  for (const f of DOCS) copyFileSync(join(SEEDS, f), join(dir, f));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('unchanged documents are not re-ingested; a changed one is', async () => {
  const store = new EmbeddedStore();
  const first = await ingestPaths(store, [dir], DEFAULT_READ_LIMITS, undefined, { ifChanged: true });
  expect(first.unchanged).toBeUndefined();
  expect(first.ingested.sort()).toEqual(DOCS.map((f) => f.replace('.txt', '')).sort());
  const version = await store.version();

  const again = await ingestPaths(store, [dir], DEFAULT_READ_LIMITS, undefined, { ifChanged: true });
  expect(again).toMatchObject({ unchanged: true, ingested: [] });
  expect(await store.version()).toBe(version);

  appendFileSync(join(dir, DOCS[0]), '\n力争5G基站数达5万个。\n');
  const changed = await ingestPaths(store, [dir], DEFAULT_READ_LIMITS, undefined, { ifChanged: true });
  expect(changed.unchanged).toBeUndefined();
  expect(await store.version()).toBeGreaterThan(version);
  const [doc] = await store.getDocuments([DOCS[0].replace('.txt', '')]);
  expect(doc?.text).toContain('力争5G基站数达5万个');
});

test('without --if-changed the documents are ingested every time', async () => {
  const store = new EmbeddedStore();
  await ingestPaths(store, [dir], DEFAULT_READ_LIMITS);
  const version = await store.version();
  const again = await ingestPaths(store, [dir], DEFAULT_READ_LIMITS);
  expect(again.unchanged).toBeUndefined();
  expect(await store.version()).toBeGreaterThan(version);
});
