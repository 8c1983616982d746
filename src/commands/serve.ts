import { createApiServer } from '../api';
import type { CommandContext } from './context';
import { openStore, persist, storeHasGraph } from './store';
import { ingestPaths } from './sync';

/**
 * `plangraph serve [--ingest PATH...]`: the API on the configured store. A store that keeps its
 * graph (Neo4j, or an embedded snapshot file that exists) is served as it is unless paths are
 * given; an in-memory embedded store is filled from the seeds before listening.
 */
export async function serveCommand(ctx: CommandContext, ingest: string[] | undefined): Promise<{ url: string; close(): Promise<void> }> {
  const { config, log } = ctx;
  const store = await openStore(config, log);
  const paths = ingest ?? (storeHasGraph(config) ? [] : [config.seeds]);
  if (paths.length) {
    const r = await ingestPaths(store, paths, config.read, log, config.ingest);
    await persist(store, config);
    log.info({ documents: r.ingested.length, nodes: r.nodes, relationships: r.relationships }, 'graph loaded');
    for (const x of r.rejected) log.warn({ path: x.path }, `rejected: ${x.reason}`);
  }
  // The graph's version is known only to the process that writes it: with Neo4j another process
  // (`plangraph ingest`) may write, so responses are cached only when asked for.
  const responseCache = config.api.responseCache ?? store.kind === 'embedded';
  const api = await createApiServer(store, { ...config.api, responseCache, logger: log });
  const { url } = await api.listen(config.port, config.host);
  // stderr carries the JSON log; the one human line a user waits for goes to stdout.
  log.info({ url, store: store.kind }, 'listening');
  ctx.stdout(ctx.json ? `${JSON.stringify({ command: 'serve', ok: true, url, store: store.kind })}\n` : `PlanGraph listening on ${url} (${store.kind} store)\n`);
  return {
    url,
    async close() {
      log.info('PlanGraph shutting down');
      await api.close();
      await store.close();
    },
  };
}
