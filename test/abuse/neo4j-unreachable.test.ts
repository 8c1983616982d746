import { createServer, type AddressInfo } from 'node:net';
import { Neo4jStore } from '../../src/graph/neo4j';
import { serve, type Harness } from '../api/harness';
import { FakeDriver } from '../graph/neo4j/fake-driver';
import { codesOf } from './expect';

// Neo4j unreachable: a real driver pointed at a loopback port nobody listens on. Start-up retries
// with growing delays and says so, then gives up quietly; every request fails fast with
// SERVICE_UNAVAILABLE; /health answers 503. Recovery is shown with a driver that comes back.

jest.setTimeout(30_000);

/** A loopback port that refuses connections: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const LOOKUP = '{ indicator(name: "5G基站数") { name } }';
const credentials = { user: 'neo4j', password: 'not-used' };

describe('a Neo4j store on a closed port', () => {
  const log: string[] = [];
  let store: Neo4jStore;
  let h: Harness;

  beforeAll(async () => {
    const port = await closedPort();
    store = new Neo4jStore({
      uri: `bolt://127.0.0.1:${port}`,
      ...credentials,
      initAttempts: 3,
      retryDelayMs: 100,
      log: (m) => log.push(m),
    });
    await store.init();
    h = await serve(store, { responseCache: false, writeApiKey: 'k' });
  });
  afterAll(async () => {
    await h.close();
    await store.close();
  });

  test('init() retries with doubling delays, says so, then returns instead of hanging', () => {
    const delays = log
      .map((m) => /retry \d+ in (\d+) ms/.exec(m)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(delays).toEqual([100, 200]);
    expect(log.some((m) => m.includes('unreachable after 3 attempts'))).toBe(true);
  });

  test('health() reports the store unavailable, with the reason', async () => {
    const health = await store.health();
    expect(health).toMatchObject({ store: 'neo4j', state: 'unavailable' });
    expect(health.detail).toBeTruthy();
  });

  test('GET /health answers 503 with the store state', async () => {
    const res = await fetch(`${h.base}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ store: 'neo4j', state: 'unavailable' });
  });

  test.each([
    ['a name lookup', LOOKUP],
    ['a connection page', '{ tasks(first: 5) { totalCount nodes { name } } }'],
    ['search', '{ search(text: "大模型") { score } }'],
    ['lineage', '{ lineage(fromYear: 2023, toYear: 2024) { score } }'],
  ])('%s fails fast with SERVICE_UNAVAILABLE, naming no internals', async (_case, query) => {
    const started = Date.now();
    const r = await h.gql(query);
    expect(Date.now() - started).toBeLessThan(5_000); // a generous bound: no connect timeout is waited out
    expect(codesOf(r.body)).toContain('SERVICE_UNAVAILABLE');
    expect(new Set(codesOf(r.body))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(JSON.stringify(r.body)).not.toMatch(/bolt:|ECONNREFUSED|127\.0\.0\.1/);
  });

  test('an authorised write fails the same way', async () => {
    const r = await h.gql('mutation { removeDocument(id: "x") }', {}, { 'x-api-key': 'k' });
    expect(codesOf(r.body)).toEqual(['SERVICE_UNAVAILABLE']);
  });
});

describe('recovery without a restart', () => {
  test('the same server answers once the database is reachable again', async () => {
    const driver = new FakeDriver();
    driver.reachable = false;
    const store = new Neo4jStore({ uri: 'bolt://unused', ...credentials, driver, initAttempts: 1, retryDelayMs: 20 });
    await store.init();
    const h = await serve(store, { responseCache: false });
    try {
      expect((await fetch(`${h.base}/health`)).status).toBe(503);
      expect(codesOf((await h.gql(LOOKUP)).body)).toEqual(['SERVICE_UNAVAILABLE']);

      driver.reachable = true;
      let status = 503;
      for (let i = 0; i < 200 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 20));
        status = (await fetch(`${h.base}/health`)).status;
      }
      expect(status).toBe(200);
      // Reachable but empty: the lookup now reaches the store and misses (null, no error), not an outage.
      expect(codesOf((await h.gql(LOOKUP)).body)).toEqual([]);
    } finally {
      await h.close();
      await store.close();
    }
  });
});
