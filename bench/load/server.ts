import { createApiServer, type ApiOptions } from '../../src/api';
import { ingestPaths } from '../../src/commands/sync';
import { loadConfig } from '../../src/config/config';
import { EmbeddedStore } from '../../src/graph';

// The server under load: the embedded store filled from a documents folder through the same
// ingest path `plangraph serve` uses, with the production configuration's limits, on loopback.

export interface LoadTarget {
  url: string;
  documents: number;
  rejected: string[];
  close(): Promise<void>;
}

export async function startTarget(documentsDir: string, overrides: Partial<ApiOptions> = {}): Promise<LoadTarget> {
  const config = loadConfig({ NODE_ENV: 'production' });
  const store = new EmbeddedStore();
  await store.init();
  const report = await ingestPaths(store, [documentsDir], config.read);
  const api = await createApiServer(store, { ...config.api, ...overrides });
  const { url } = await api.listen(0, '127.0.0.1');
  return {
    url,
    documents: report.ingested.length,
    rejected: report.rejected.map((r) => `${r.path}: ${r.reason}`),
    async close() {
      await api.close();
      await store.close();
    },
  };
}
