// Small numeric helpers for latency samples and peaks.

/** Nearest-rank percentile of an unsorted sample (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Peak resident set size of this process so far, in MB (from the kernel's max RSS). */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
export const rssMb = (): number => process.memoryUsage().rss / 1024 / 1024;

/** Runs `fn` up to `n` times (fewer once `budgetMs` is spent) and returns each run's wall time in ms. */
export async function timeEach(n: number, fn: (i: number) => Promise<unknown>, budgetMs = Infinity): Promise<number[]> {
  const out: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n && performance.now() - start < budgetMs; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

/** Rounds for display; non-finite values pass through (bench/load uses it). */
export const round = (v: number, places = 1): number => (Number.isFinite(v) ? Number(v.toFixed(places)) : v);
