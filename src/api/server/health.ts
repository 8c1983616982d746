import type { ServerResponse } from 'node:http';
import type { GraphStore } from '../../graph/contract/graph-store';
import type { ServerLogger } from './server-logger';

// Liveness and readiness, as an orchestrator probes them. Live: this process answers HTTP (a
// restart would help only if it did not). Ready: the store answers too, so traffic may come.
// Clients see the store's kind and state only; why it is not ready (hosts, driver messages) goes
// to the log, never to an unauthenticated caller.

export const HEALTH_PATHS = new Set(['/health', '/health/live', '/health/ready']);

/** Seconds a caller should wait before asking a store that is not ready again. */
const RETRY_AFTER_SECONDS = 5;

function reply(res: ServerResponse, status: number, body: object): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  if (status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.end(JSON.stringify(body));
}

/** Answers GET or HEAD on /health/live, /health/ready and /health (readiness, as it always was). */
export async function answerHealth(pathname: string, res: ServerResponse, store: GraphStore, log: ServerLogger): Promise<void> {
  if (pathname === '/health/live') return reply(res, 200, { status: 'live' });
  try {
    const h = await store.health();
    if (h.state !== 'ready') log.warn({ store: h.store, state: h.state, detail: h.detail }, 'store not ready');
    reply(res, h.state === 'ready' ? 200 : 503, { store: h.store, state: h.state, version: h.version });
  } catch (err) {
    log.warn({ store: store.kind, err }, 'store health check failed');
    reply(res, 503, { store: store.kind, state: 'unavailable' });
  }
}
