import { writeFile, rename } from 'node:fs/promises';
import { toExport } from '../model';
import { buildGraphParallel, readDocuments } from '../ingest';
import type { CommandContext } from './context';
import { finish, reportRejections } from './output';
import { progressLine } from './progress';

/**
 * `plangraph export [--out FILE] PATH...`: the ontology's export format, no store needed. With
 * --json (which needs --out, since stdout then carries the result) a summary is printed instead.
 */
export async function exportCommand(ctx: CommandContext, paths: string[], out?: string): Promise<number> {
  const read = await readDocuments(paths, ctx.config.read);
  const progress = progressLine(ctx.stderr, Boolean(ctx.interactive && !ctx.json), 'extracting');
  const graph = await buildGraphParallel(read.documents, {
    ...ctx.config.ingest,
    onProgress: progress.update,
    onRefused: (r) => read.rejected.push(r),
  });
  progress.end();
  const json = JSON.stringify(toExport(graph), null, 2) + '\n';
  if (out) {
    // Write beside and rename, so a reader never sees half a file.
    await writeFile(`${out}.tmp`, json);
    await rename(`${out}.tmp`, out);
  } else {
    ctx.stdout(json);
  }
  const exitCode = reportRejections(ctx, read.rejected, read.duplicates);
  return finish(ctx, {
    command: 'export',
    ok: exitCode === 0,
    exitCode,
    out,
    documents: graph.documents.length,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    rejected: read.rejected,
    duplicates: read.duplicates,
  });
}
