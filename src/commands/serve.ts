import { createApiServer } from '../api';
import type { CommandContext } from './context';
import { openStore, storeHasGraph, writing } from './store';
import { ingestPaths } from './sync';

/**
 * `plangraph serve [--ingest PATH...] [--if-changed]`: the API on the configured store. A store
 * that keeps its graph (Neo4j, or an embedded snapshot file that exists) is served as it is unless
 * paths are given; an in-memory embedded store is filled from the seeds before listening. With
 * `--if-changed`, the paths are ingested only when the store lacks one of their documents or holds
 * a different text for it (a restarted compose stack does not rebuild an unchanged graph).
 */
export async function serveCommand(
  ctx: CommandContext,
  ingest: string[] | undefined,
  opts: { ifChanged?: boolean } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const { config, log } = ctx;
  const store = await openStore(config, log);
  const paths = ingest ?? (storeHasGraph(config) ? [] : [config.seeds]);
  if (paths.length) {
    const r = await writing(store, () => ingestPaths(store, paths, config.read, log, { ...config.ingest, ifChanged: opts.ifChanged }));
    if (!r.unchanged) log.info({ documents: r.ingested.length, nodes: r.nodes, relationships: r.relationships }, 'graph loaded');
    for (const x of r.rejected) log.warn({ path: x.path }, `rejected: ${x.reason}`);
  }
  const api = await createApiServer(store, { ...config.api, logger: log });
  const { url } = await api.listen(config.port, config.host);
  // stderr carries the JSON log; the one human line a user waits for goes to stdout.
  log.info({ url, store: store.kind }, 'listening');
  ctx.stdout(
    ctx.json
      ? `${JSON.stringify({ command: 'serve', ok: true, url, store: store.kind })}\n`
      : `PlanGraph listening on ${url} (${store.kind} store)\n`,
  );
  return {
    url,
    async close() {
      log.info('PlanGraph shutting down');
      await api.close();
      await store.close();
    },
  };
}
