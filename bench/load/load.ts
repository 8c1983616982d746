import autocannon from 'autocannon';
import type { Operation } from './mix';

// One autocannon run over the mix: every connection cycles through the operations in order.
// A 200 carrying GraphQL `errors` counts as an error too, not only transport failures.

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  operations: Operation[];
}

export interface LoadResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Connection errors and timeouts (autocannon's own count). */
  transportErrors: number;
  non2xx: number;
  /** 2xx responses whose body held a GraphQL error. */
  graphqlErrors: number;
  firstGraphqlError?: string;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const target = new URL(opts.url);
  let graphqlErrors = 0;
  let firstGraphqlError: string | undefined;
  const requests = opts.operations.map((op) => ({
    method: 'POST' as const,
    path: target.pathname,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"errors"')) {
        graphqlErrors++;
        firstGraphqlError ??= `${op.kind}: ${body.slice(0, 300)}`;
      }
    },
  }));
  const result = await autocannon({
    url: target.origin,
    connections: opts.connections,
    duration: opts.durationSeconds,
    requests,
  });
  return {
    connections: opts.connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    transportErrors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    firstGraphqlError,
  };
}
