// A share with what it is a share of, and what was missed, so a failing bar explains itself.

export interface Measure {
  hit: number;
  total: number;
  /** hit / total; 1 when there is nothing to find. */
  ratio: number;
  /** Up to 20 of the misses (gold facts not found, or graph facts not in the gold). */
  misses: string[];
}

export function measure<T>(items: readonly T[], ok: (t: T) => boolean, describe: (t: T) => string, limit = 20): Measure {
  const misses: string[] = [];
  let hit = 0;
  for (const item of items) {
    if (ok(item)) hit++;
    else if (misses.length < limit) misses.push(describe(item));
  }
  return { hit, total: items.length, ratio: items.length ? hit / items.length : 1, misses };
}
