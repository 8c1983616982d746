import pino from 'pino';
import { createApiServer } from '../../src/api';
import type { GraphStore } from '../../src/graph/contract/graph-store';
import { planGraph, sliceOf } from '../fixtures/graph/plan-graph';
import { storeOf } from './harness';

// The server's log as an operator reads it: one JSON line per request carrying its id, and the
// cause of every masked internal error with its stack, while clients see only the code.

type Line = Record<string, any>;

async function serveLogged(store: GraphStore) {
  const lines: Line[] = [];
  const raw: string[] = [];
  const logger = pino({ level: 'trace', base: undefined }, { write: (s: string) => void (raw.push(s), lines.push(JSON.parse(s))) });
  const server = await createApiServer(store, { logger });
  const { port } = await server.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  /** The request lines logged for one id (the log line is written when the response finishes). */
  const requestLines = async (id: string) => {
    await new Promise((r) => setImmediate(r));
    return lines.filter((l) => l.msg === 'request' && l.requestId === id);
  };
  return { base, post, lines, raw, requestLines, close: () => server.close() };
}

/** A store whose reads throw a programming error, as a bug would. */
function buggy(inner: GraphStore): GraphStore {
  return new Proxy(inner, {
    get(target, prop) {
      if (['findNodes', 'getNodes', 'relationships', 'findByName'].includes(String(prop))) {
        return async () => {
          throw new TypeError('cannot read properties of undefined (reading "year") in the store');
        };
      }
      return Reflect.get(target, prop);
    },
  });
}

describe('request log', () => {
  let s: Awaited<ReturnType<typeof serveLogged>>;
  beforeAll(async () => {
    s = await serveLogged(await storeOf(planGraph.documents.map((d) => sliceOf(planGraph, d.id))));
  });
  afterAll(() => s.close());

  it('logs a query once with its operation, status, duration and the id the caller sent, and echoes the id', async () => {
    const res = await s.post({ query: 'query PlanCount { plans(first: 1) { totalCount } }' }, { 'x-request-id': 'trace-7f3a' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-7f3a');
    const logged = await s.requestLines('trace-7f3a');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 30, method: 'POST', path: '/graphql', operation: 'PlanCount', status: 200 });
    expect(logged[0].errors).toBeUndefined();
    expect(typeof logged[0].durationMs).toBe('number');
  });

  it('logs a validation error with its code', async () => {
    const res = await s.post({ query: 'query Broken { noSuchField }' }, { 'x-request-id': 'val-1' });
    expect(res.status).toBe(400);
    expect(await s.requestLines('val-1')).toEqual([
      expect.objectContaining({ operation: 'Broken', status: 400, errors: ['GRAPHQL_VALIDATION_FAILED'] }),
    ]);
  });

  it('logs a bad argument with BAD_USER_INPUT', async () => {
    await s.post({ query: '{ lineage(fromYear: 2024, toYear: 2023) { score } }' }, { 'x-request-id': 'bad-2' });
    expect(await s.requestLines('bad-2')).toEqual([expect.objectContaining({ status: 200, errors: ['BAD_USER_INPUT'] })]);
  });

  it('logs a 404 and a body that is not JSON with their codes', async () => {
    const miss = await fetch(`${s.base}/nowhere?x=1`, { headers: { 'x-request-id': 'miss-3' } });
    expect(miss.status).toBe(404);
    expect(miss.headers.get('x-request-id')).toBe('miss-3');
    expect(await s.requestLines('miss-3')).toEqual([
      expect.objectContaining({ method: 'GET', path: '/nowhere', status: 404, errors: ['NOT_FOUND'] }),
    ]);
    await fetch(`${s.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'json-4' },
      body: '{"query": ',
    });
    expect(await s.requestLines('json-4')).toEqual([expect.objectContaining({ status: 400, errors: ['BAD_REQUEST'] })]);
  });

  it('logs a passing health probe at debug level only', async () => {
    await fetch(`${s.base}/health/live`, { headers: { 'x-request-id': 'probe-6' } });
    expect(await s.requestLines('probe-6')).toEqual([expect.objectContaining({ level: 20, path: '/health/live', status: 200 })]);
  });

  it.each([
    ['missing', undefined],
    ['over 200 characters', 'x'.repeat(201)],
    ['not printable ASCII', 'id-\u00e9t\u00e9'],
  ])('makes an id of its own when the given one is %s', async (_case, given) => {
    const res = await s.post({ query: '{ plans(first: 1) { totalCount } }' }, given === undefined ? {} : { 'x-request-id': given });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await s.requestLines(id)).toHaveLength(1);
  });

  it('writes only JSON lines', () => {
    expect(s.raw.length).toBeGreaterThan(5);
    for (const line of s.raw) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('masked internal errors', () => {
  it('are logged with their stack under the request id, while the client sees only INTERNAL_SERVER_ERROR', async () => {
    const s = await serveLogged(buggy(await storeOf(planGraph.documents.map((d) => sliceOf(planGraph, d.id)))));
    try {
      const res = await s.post({ query: 'query Tasks { tasks(first: 3) { nodes { name } } }' }, { 'x-request-id': 'bug-5' });
      const body = await res.text();
      expect(JSON.parse(body).errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(body).not.toMatch(/reading "year"|TypeError|at /);
      const causes = s.lines.filter((l) => l.requestId === 'bug-5' && l.msg.startsWith('masked internal error'));
      expect(causes.length).toBeGreaterThanOrEqual(1);
      expect(causes[0]).toMatchObject({ level: 50, operation: 'Tasks' });
      expect(causes[0].err.type).toBe('TypeError');
      expect(causes[0].err.stack).toMatch(/reading "year"[\s\S]*\n\s+at /);
      expect(await s.requestLines('bug-5')).toEqual([expect.objectContaining({ operation: 'Tasks', errors: ['INTERNAL_SERVER_ERROR'] })]);
    } finally {
      await s.close();
    }
  });
});
