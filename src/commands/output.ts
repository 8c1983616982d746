import type { Duplicate, Rejection } from '../ingest';
import type { CommandContext } from './context';

// What a command tells its caller: human lines on stderr/stdout, or with --json one JSON object on
// stdout. File names are quoted with JSON.stringify, so a name with a newline or a forged
// "rejected:" inside stays one line.

export const quotePath = (path: string): string => JSON.stringify(path);

/** The outcome every batch command returns; `--json` prints it whole. */
export interface CommandResult {
  command: string;
  ok: boolean;
  exitCode: number;
  rejected?: Rejection[];
  duplicates?: Duplicate[];
  [key: string]: unknown;
}

/** One line per refused file, a summary, and the exit code: non-zero if anything was refused. */
export function reportRejections(ctx: CommandContext, rejected: Rejection[], duplicates: Duplicate[]): number {
  if (!ctx.json) {
    for (const r of rejected) ctx.stderr(`rejected: ${quotePath(r.path)}: ${r.reason}\n`);
    for (const d of duplicates) ctx.stderr(`duplicate: ${quotePath(d.path)}: same text as ${quotePath(d.sameAs)}, skipped\n`);
    if (rejected.length) ctx.stderr(`${rejected.length} file(s) rejected\n`);
  }
  return rejected.length ? 1 : 0;
}

/** Prints the result as JSON when asked for, and returns its exit code. */
export function finish(ctx: CommandContext, result: CommandResult): number {
  if (ctx.json) ctx.stdout(`${JSON.stringify(result)}\n`);
  return result.exitCode;
}
