import { createApiServer } from '../api';
import type { CommandContext } from './context';
import { openStore } from './store';
import { ingestPaths } from './sync';

/**
 * `plangraph serve [--ingest PATH...]`: the API on the configured store. The embedded store is
 * filled from the seeds (or the given paths) before listening; a Neo4j store is filled only
 * when paths are given, since it keeps its graph between runs.
 */
export async function serveCommand(ctx: CommandContext, ingest: string[] | undefined): Promise<{ url: string; close(): Promise<void> }> {
  const { config, log } = ctx;
  const store = await openStore(config, log);
  const paths = ingest ?? (store.kind === 'embedded' ? [config.seeds] : []);
  if (paths.length) {
    const r = await ingestPaths(store, paths, config.read);
    log.info({ documents: r.ingested.length, nodes: r.nodes, relationships: r.relationships }, 'graph loaded');
    for (const x of r.rejected) log.warn({ path: x.path }, `rejected: ${x.reason}`);
  }
  const api = await createApiServer(store, { ...config.api });
  const { url } = await api.listen(config.port, config.host);
  ctx.stderr(`PlanGraph listening on ${url} (${store.kind} store)\n`);
  return {
    url,
    async close() {
      await api.close();
      await store.close();
    },
  };
}
