import { spawn } from 'node:child_process';
import { join } from 'node:path';

// The fault suite's bookkeeping: every file counts its cases and each kind of failure, prints one
// line with the counts (what issue 17 asked CI to show) and asserts every failure count is 0.

export interface Counts {
  cases: number;
  crashes: number;
  hangs: number;
  dataLost: number;
  wrongAnswers: number;
  leaks: number;
}

export class Tally {
  readonly counts: Counts = { cases: 0, crashes: 0, hangs: 0, dataLost: 0, wrongAnswers: 0, leaks: 0 };
  /** What each failure was, so a red run says why. */
  readonly failures: string[] = [];

  constructor(readonly name: string) {}

  case(): void {
    this.counts.cases++;
  }

  fail(kind: Exclude<keyof Counts, 'cases'>, what: string): void {
    this.counts[kind]++;
    this.failures.push(`${kind}: ${what}`);
  }

  /** Prints the counts line and asserts no failures. */
  report(): void {
    const c = this.counts;
    process.stdout.write(
      `faults/${this.name}: cases ${c.cases}, crashes ${c.crashes}, hangs ${c.hangs}, data lost ${c.dataLost}, wrong answers ${c.wrongAnswers}, leaks ${c.leaks}\n`,
    );
    expect(this.failures).toEqual([]);
    expect(c.cases).toBeGreaterThan(0);
  }
}

/** A small deterministic generator (mulberry32): the same cases on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'src', 'cli.js');
export const SEEDS = join(ROOT, 'seeds');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** The real CLI in a child process; killed after `killAfterMs` when given, or at `timeoutMs` (a hang). */
export function cli(
  args: string[],
  env: Record<string, string>,
  opts: { killAfterMs?: number; timeoutMs?: number; killAfterLog?: { text: string; delayMs: number } } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (b) => (stdout += b));
    let armed = false;
    child.stderr.on('data', (b) => {
      stderr += b;
      if (opts.killAfterLog && !armed && stderr.includes(opts.killAfterLog.text)) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), opts.killAfterLog.delayMs);
      }
    });
    const kill = opts.killAfterMs !== undefined ? setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs) : undefined;
    const hang = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(kill);
      clearTimeout(hang);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}
