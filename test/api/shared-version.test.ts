import { join } from 'node:path';
import { Neo4jStore } from '../../src/graph/neo4j';
import { ingestPaths } from '../../src/commands';
import { DEFAULT_READ_LIMITS } from '../../src/ingest';
import { EmulatedNeo4j } from '../graph/neo4j/emulated-server';
import { serve, type Harness } from './harness';

// Several processes on one Neo4j graph, the response cache on in each: the graph's version lives
// in the graph, so an API process sees another process's ingest on its next version check
// (PLANGRAPH_VERSION_CHECK_MS; 0 here: every request) and never serves the old cached answer
// after that. Two stores on one (emulated) server stand for two processes.

const SEEDS = join(__dirname, '../../seeds');
const STATS = '{ stats { nodesByLabel { key count } } }';
const plans = async (h: Harness) =>
  ((await h.gql(STATS)).body.data?.stats.nodesByLabel as { key: string; count: number }[]).find((c) => c.key === 'Plan')?.count ?? 0;

let server: EmulatedNeo4j;
let api: Harness;
let ingest: Neo4jStore;
beforeAll(async () => {
  server = new EmulatedNeo4j();
  ingest = new Neo4jStore({ uri: 'bolt://emulated', user: 'neo4j', password: 'x', driver: server });
  await ingest.init();
  await ingestPaths(ingest, [SEEDS], DEFAULT_READ_LIMITS);
}, 60_000);
afterAll(async () => {
  await api?.close();
});

test('an API process with the cache on answers from the graph another process just changed', async () => {
  const reader = new Neo4jStore({ uri: 'bolt://emulated', user: 'neo4j', password: 'x', driver: server, versionCheckMs: 0 });
  await reader.init();
  api = await serve(reader, { responseCache: true });
  const before = await plans(api);
  expect(before).toBeGreaterThan(0);
  const statementsBefore = server.statements;
  expect(await plans(api)).toBe(before); // cached: only the version was read
  expect(server.statements - statementsBefore).toBe(1);

  const [doc] = await ingest.listDocuments();
  expect(await ingest.removeDocument(doc.id)).toBe(true); // "another process" writes
  expect(await plans(api)).toBeLessThan(before);
});

test('between version checks a process answers from what it last read (the documented delay)', async () => {
  const reader = new Neo4jStore({ uri: 'bolt://emulated', user: 'neo4j', password: 'x', driver: server, versionCheckMs: 3_600_000 });
  await reader.init();
  const slow = await serve(reader, { responseCache: true });
  try {
    const before = await plans(slow);
    const docs = await ingest.listDocuments();
    expect(await ingest.removeDocument(docs[0].id)).toBe(true);
    expect(await plans(slow)).toBe(before); // still the cached answer: its version check is not due
    expect(await ingest.version()).toBeGreaterThan(await reader.version());
  } finally {
    await slow.close();
  }
});
