import { loadConfig } from '../../src/config/config';
import type { ApiOptions } from '../../src/api';
import { serve, storeOf, type Harness } from '../api/harness';
import { planGraph, sliceOf } from '../fixtures/graph/plan-graph';

// The API over a graph of real seed text, for the abuse suites, with the limits a production
// deployment gets from its configuration defaults (not the library's), so the suites probe what
// the public endpoint would run. The response cache is off so every request reaches the resolvers.

export const PRODUCTION_API = loadConfig({ NODE_ENV: 'production' }).api;

export async function seededServer(opts: Partial<ApiOptions> = {}): Promise<Harness> {
  const store = await storeOf(planGraph.documents.map((d) => sliceOf(planGraph, d.id)));
  return serve(store, { ...PRODUCTION_API, responseCache: false, ...opts });
}
