import autocannon from 'autocannon';

// One bounded autocannon run against a URL, cycling through a list of JSON POST bodies.

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  non2xx: number;
  requests: number;
}

export async function load(url: string, bodies: string[], connections: number, seconds: number): Promise<LoadResult> {
  const u = new URL(url);
  const result = await autocannon({
    url: u.origin,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: bodies.map((body) => ({ method: 'POST', path: u.pathname, headers: { 'content-type': 'application/json' }, body })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
