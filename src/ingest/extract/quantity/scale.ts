import type { Vocabulary } from './vocabulary';

// 数字经济产业能级达到万亿级，: a scale written as a level that ends its clause is the value the
// clause reaches; before a noun (千亿级产业集群) the same words are an adjective, not a value.

/** Whether a scale suffix (级) starts at `at` and its clause ends right after it. */
export function endsWithScale(s: string, at: number, v: Vocabulary): boolean {
  return (v.scaleSuffixes ?? []).some((w) => {
    if (!s.startsWith(w, at)) return false;
    const next = at + w.length;
    return next >= s.length || v.clauseEnds[s.charCodeAt(next)] === 1;
  });
}
