// Comparing two stores' answers as a client would: the same JSON, object keys in any order
// (a property map has no order), lists in order (every list the API returns is ordered, ties
// broken by id), except search hits, whose scores come from different engines (MiniSearch,
// Lucene's cjk analyzer): there only the set of hits must be the same.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The same value with every object's keys sorted, so key order does not count. */
export function canonical(v: unknown): Json {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v as Json;
}

/** Paths where `a` and `b` differ ("" when the roots differ), at most `max` of them. */
export function differences(a: unknown, b: unknown, path = '', max = 20, out: string[] = []): string[] {
  if (out.length >= max) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path || '(root)'}: ${a.length} items vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], `${path}[${i}]`, max, out);
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, max, out);
    return out;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path || '(root)'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  return out;
}

/**
 * How a question's answers are compared: exactly, or as the set of search hits found at a path.
 * With `limit`, two answers that both reach it are compared by size only: which hits make the
 * top N depends on the engines' scores.
 */
export type Comparison = 'exact' | { hitsAt: string[]; limit?: number };

/** The value at a path of keys, through lists (flattened). */
function at(v: unknown, keys: string[]): unknown[] {
  if (keys.length === 0) return [v];
  if (Array.isArray(v)) return v.flatMap((x) => at(x, keys));
  if (v && typeof v === 'object') return at((v as Record<string, unknown>)[keys[0]], keys.slice(1));
  return [];
}

/** What is compared: the canonical JSON, or for search the sorted set of hit ids. */
export function comparable(data: unknown, how: Comparison): unknown {
  if (how === 'exact') return canonical(data);
  return [...new Set(at(data, how.hitsAt).map(String))].sort();
}

/** The differences between two answers to one question (empty: the same answer). */
export function compareAnswers(a: unknown, b: unknown, how: Comparison): string[] {
  const [ca, cb] = [comparable(a, how), comparable(b, how)];
  if (how !== 'exact' && how.limit !== undefined && (ca as unknown[]).length >= how.limit && (cb as unknown[]).length >= how.limit) {
    return differences((ca as unknown[]).length, (cb as unknown[]).length);
  }
  return differences(ca, cb);
}
