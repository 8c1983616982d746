import type { CommandContext } from './context';
import { heapGovernor } from './heap-governor';
import { finish, reportRejections } from './output';
import { progressLine } from './progress';
import { openFactsCache, openStore, persistFactsCache, requireReady, writing } from './store';
import { ingestPaths, syncStore } from './sync';

const DRY_RUN_NOTE =
  'note: neither NEO4J_URI nor PLANGRAPH_DATA is set; the embedded store lives in this process only, so this is a dry run\n';

type WritableStore = Awaited<ReturnType<typeof openStore>>;

/** Opens the configured store for writing, says when the write is a dry run, and always closes it. */
async function withWritableStore(ctx: CommandContext, run: (store: WritableStore, dryRun: boolean) => Promise<number>): Promise<number> {
  const store = await openStore(ctx.config, ctx.log, { forWriting: true });
  await requireReady(store);
  try {
    const dryRun = store.kind === 'embedded' && !ctx.config.dataFile;
    if (dryRun && !ctx.json) ctx.stderr(DRY_RUN_NOTE);
    return await run(store, dryRun);
  } finally {
    await store.close();
  }
}

/** `plangraph ingest PATH...` into the configured store, one atomic write per document. */
export async function ingestCommand(ctx: CommandContext, paths: string[]): Promise<number> {
  return withWritableStore(ctx, async (store, dryRun) => {
    const progress = progressLine(ctx.stderr, Boolean(ctx.interactive && !ctx.json), 'extracting');
    const r = await writing(store, async () => {
      const cache = await openFactsCache(ctx.config);
      // The cache is saved as soon as extraction is done, and let go (see SyncOptions.saveCache).
      return ingestPaths(store, paths, ctx.config.read, ctx.log, {
        ...ctx.config.ingest,
        onProgress: progress.update,
        cache,
        saveCache: (c) => persistFactsCache(c, ctx.config),
        between: heapGovernor(),
      });
    });
    progress.end();
    if (!ctx.json) {
      ctx.stdout(
        `ingested ${r.ingested.length} document(s) into the ${store.kind} store: ${r.nodes} nodes, ${r.relationships} relationships\n`,
      );
    }
    const exitCode = reportRejections(ctx, r.rejected, r.duplicates);
    return finish(ctx, {
      command: 'ingest',
      ok: exitCode === 0,
      exitCode,
      store: store.kind,
      dryRun,
      ingested: r.ingested,
      nodes: r.nodes,
      relationships: r.relationships,
      rejected: r.rejected,
      duplicates: r.duplicates,
    });
  });
}

/** `plangraph remove DOC...`: drop documents and every fact only they supported. */
export async function removeCommand(ctx: CommandContext, ids: string[]): Promise<number> {
  return withWritableStore(ctx, async (store, dryRun) => {
    const { r, unknown } = await writing(store, async () => {
      const known = new Set((await store.listDocuments()).map((d) => d.id));
      const unknown = ids.filter((id) => !known.has(id));
      const cache = await openFactsCache(ctx.config);
      const r = await syncStore(store, { remove: ids.filter((id) => known.has(id)) }, ctx.log, {
        ...ctx.config.ingest,
        cache,
        saveCache: (c) => persistFactsCache(c, ctx.config),
        between: heapGovernor(),
      });
      return { unknown, r };
    });
    if (!ctx.json) for (const id of unknown) ctx.stderr(`not found: document ${JSON.stringify(id)}\n`);
    if (!ctx.json) ctx.stdout(`removed ${r.removed.length} document(s); ${r.nodes} nodes, ${r.relationships} relationships remain\n`);
    const exitCode = unknown.length ? 1 : 0;
    return finish(ctx, {
      command: 'remove',
      ok: exitCode === 0,
      exitCode,
      store: store.kind,
      dryRun,
      removed: r.removed,
      notFound: unknown,
      nodes: r.nodes,
      relationships: r.relationships,
    });
  });
}
