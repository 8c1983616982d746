import { join } from 'node:path';
import type { GraphStore } from '../../src/graph/contract/graph-store';
import { EmbeddedStore } from '../../src/graph/embedded';
import type { DocumentSlice, Graph } from '../../src/model';
import { createApiServer, type ApiOptions } from '../../src/api';
import { DEFAULT_READ_LIMITS } from '../../src/ingest';
import { ingestPaths } from '../../src/commands';

// End-to-end harness: a store filled with slices, the API on an ephemeral port, and a `gql`
// helper speaking plain HTTP (fetch), as a client would.

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] };
}

export interface Harness {
  url: string;
  base: string;
  store: GraphStore;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Serves `store` (already filled) over HTTP. */
export async function serve(store: GraphStore, opts: Partial<ApiOptions> = {}): Promise<Harness> {
  const server = await createApiServer(store, opts);
  const { port } = await server.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/graphql`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return {
    url,
    base,
    store,
    post,
    async gql(query, variables = {}, headers = {}) {
      const res = await post({ query, variables }, headers);
      return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse<never>['body'] };
    },
    close: () => server.close(),
  };
}

/** An embedded store holding the given slices, applied in order. */
export async function storeOf(slices: DocumentSlice[]): Promise<EmbeddedStore> {
  const store = new EmbeddedStore();
  await store.init();
  await store.applyDocuments(slices);
  return store;
}

/** The slices of a whole graph, one per document (the fixture's own slicer or ingest's). */
export type Slicer = (graph: Graph) => DocumentSlice[];

/** The five seeds read, built and applied exactly as `plangraph serve` does, served over HTTP. */
export async function serveSeeds(opts: Partial<ApiOptions> = {}): Promise<Harness> {
  const store = new EmbeddedStore();
  await store.init();
  await ingestPaths(store, [join(__dirname, '../../seeds')], DEFAULT_READ_LIMITS);
  return serve(store, opts);
}
