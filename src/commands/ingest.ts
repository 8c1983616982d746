import type { CommandContext } from './context';
import { openStore, persist } from './store';
import { ingestPaths, syncStore } from './sync';
import { reportRejections } from './report';

const DRY_RUN_NOTE =
  'note: neither NEO4J_URI nor PLANGRAPH_DATA is set; the embedded store lives in this process only, so this is a dry run\n';

/** `plangraph ingest PATH...` into the configured store, one atomic write per document. */
export async function ingestCommand(ctx: CommandContext, paths: string[]): Promise<number> {
  const store = await openStore(ctx.config, ctx.log);
  try {
    if (store.kind === 'embedded' && !ctx.config.dataFile) ctx.stderr(DRY_RUN_NOTE);
    const r = await ingestPaths(store, paths, ctx.config.read, ctx.log, ctx.config.ingest);
    await persist(store, ctx.config);
    ctx.stdout(`ingested ${r.ingested.length} document(s) into the ${store.kind} store: ${r.nodes} nodes, ${r.relationships} relationships\n`);
    return reportRejections(ctx, r.rejected, r.duplicates);
  } finally {
    await store.close();
  }
}

/** `plangraph remove DOC...`: drop documents and every fact only they supported. */
export async function removeCommand(ctx: CommandContext, ids: string[]): Promise<number> {
  const store = await openStore(ctx.config, ctx.log);
  try {
    if (store.kind === 'embedded' && !ctx.config.dataFile) ctx.stderr(DRY_RUN_NOTE);
    const known = new Set((await store.listDocuments()).map((d) => d.id));
    const unknown = ids.filter((id) => !known.has(id));
    for (const id of unknown) ctx.stderr(`not found: document ${id}\n`);
    const r = await syncStore(store, { remove: ids.filter((id) => known.has(id)) }, ctx.log, ctx.config.ingest);
    await persist(store, ctx.config);
    ctx.stdout(`removed ${r.removed.length} document(s); ${r.nodes} nodes, ${r.relationships} relationships remain\n`);
    return unknown.length ? 1 : 0;
  } finally {
    await store.close();
  }
}
