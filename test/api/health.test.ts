import pino from 'pino';
import { createApiServer } from '../../src/api';
import type { GraphStore } from '../../src/graph/contract/graph-store';
import { planGraph, sliceOf } from '../fixtures/graph/plan-graph';
import { storeOf } from './harness';

// Liveness and readiness as an orchestrator probes them, and what a caller may learn from them.

type StoreHealth = Awaited<ReturnType<GraphStore['health']>>;

async function serveWith(health: () => Promise<StoreHealth>, landingPage = true) {
  const inner = await storeOf(planGraph.documents.map((d) => sliceOf(planGraph, d.id)));
  const store = new Proxy(inner, { get: (t, p) => (p === 'health' ? health : Reflect.get(t, p)) }) as GraphStore;
  const lines: Record<string, any>[] = [];
  const logger = pino({ level: 'info', base: undefined }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  const server = await createApiServer(store, { logger, landingPage });
  const { port } = await server.listen(0, '127.0.0.1');
  return { base: `http://127.0.0.1:${port}`, lines, close: () => server.close() };
}

const DRIVER_ERROR = 'Could not perform discovery. No routing servers available. Known routing table: bolt://db.internal:7687 ECONNREFUSED';

describe('health endpoints', () => {
  it('answers live, ready and /health with 200 when the store is ready', async () => {
    const s = await serveWith(async () => ({ store: 'embedded', state: 'ready', version: 3 }));
    try {
      const live = await fetch(`${s.base}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'live' });
      for (const path of ['/health/ready', '/health']) {
        const res = await fetch(`${s.base}${path}`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ store: 'embedded', state: 'ready', version: 3 });
      }
    } finally {
      await s.close();
    }
  });

  it('stays live but answers 503 with Retry-After when the store is unavailable, and logs why without telling the caller', async () => {
    const s = await serveWith(async () => ({ store: 'neo4j', state: 'unavailable', detail: DRIVER_ERROR, version: 0 }));
    try {
      expect((await fetch(`${s.base}/health/live`)).status).toBe(200);
      for (const path of ['/health/ready', '/health']) {
        const res = await fetch(`${s.base}${path}`);
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        const body = await res.text();
        expect(JSON.parse(body)).toEqual({ store: 'neo4j', state: 'unavailable', version: 0 });
        expect(body).not.toMatch(/bolt|7687|ECONNREFUSED|db\.internal/);
      }
      expect(s.lines.some((l) => l.msg === 'store not ready' && l.detail === DRIVER_ERROR)).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('answers 503 when the health check itself throws, keeping the error text in the log', async () => {
    const s = await serveWith(async () => {
      throw new Error(DRIVER_ERROR);
    });
    try {
      const res = await fetch(`${s.base}/health/ready`);
      expect(res.status).toBe(503);
      expect(await res.text()).not.toMatch(/bolt|ECONNREFUSED/);
      expect(s.lines.some((l) => l.msg === 'store health check failed' && l.err.message === DRIVER_ERROR)).toBe(true);
    } finally {
      await s.close();
    }
  });

  it.each([true, false])('answers HEAD on the health paths, / and /graphql with no body (landing page %s)', async (landingPage) => {
    const s = await serveWith(async () => ({ store: 'embedded', state: 'ready', version: 1 }), landingPage);
    try {
      for (const path of ['/health/live', '/health/ready', '/health', '/', '/graphql']) {
        const res = await fetch(`${s.base}${path}`, { method: 'HEAD' });
        expect([path, res.status]).toEqual([path, 200]);
        expect(await res.text()).toBe('');
      }
      expect((await fetch(`${s.base}/nowhere`, { method: 'HEAD' })).status).toBe(404);
    } finally {
      await s.close();
    }
  });
});
