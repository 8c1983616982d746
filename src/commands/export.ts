import { writeFile, rename } from 'node:fs/promises';
import { toExport } from '../model';
import { buildGraphParallel, readDocuments } from '../ingest';
import type { CommandContext } from './context';
import { reportRejections } from './report';

/** `plangraph export [--out FILE] PATH...`: the ontology's export format, no store needed. */
export async function exportCommand(ctx: CommandContext, paths: string[], out?: string): Promise<number> {
  const read = await readDocuments(paths, ctx.config.read);
  const json = JSON.stringify(toExport(await buildGraphParallel(read.documents, ctx.config.ingest)), null, 2) + '\n';
  if (out) {
    // Write beside and rename, so a reader never sees half a file.
    await writeFile(`${out}.tmp`, json);
    await rename(`${out}.tmp`, out);
  } else {
    ctx.stdout(json);
  }
  return reportRejections(ctx, read.rejected, read.duplicates);
}
