import type { Rejection } from '../ingest';
import type { CommandContext } from './context';

/** One line per refused file, a summary, and the exit code: non-zero if anything was refused. */
export function reportRejections(
  ctx: CommandContext,
  rejected: Rejection[],
  duplicates: { path: string; sameAs: string }[],
): number {
  for (const r of rejected) ctx.stderr(`rejected: ${r.path}: ${r.reason}\n`);
  for (const d of duplicates) ctx.stderr(`duplicate: ${d.path}: same text as ${d.sameAs}, skipped\n`);
  if (rejected.length) ctx.stderr(`${rejected.length} file(s) rejected\n`);
  return rejected.length ? 1 : 0;
}
