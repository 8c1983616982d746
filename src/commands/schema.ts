import { writeFile } from 'node:fs/promises';
import { buildApiSchema, printApiSchema } from '../api';
import type { CommandContext } from './context';
import { finish } from './output';

/** `plangraph schema [--out FILE]`: the SDL clients generate from (committed as schema/schema.graphql). */
export async function schemaCommand(ctx: CommandContext, out?: string): Promise<number> {
  const sdl = printApiSchema(await buildApiSchema());
  if (out) await writeFile(out, sdl);
  else if (!ctx.json) ctx.stdout(sdl);
  return finish(ctx, { command: 'schema', ok: true, exitCode: 0, out, ...(out ? { bytes: Buffer.byteLength(sdl) } : { sdl }) });
}
