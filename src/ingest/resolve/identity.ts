import type { DocumentFacts, NodeFact } from '../extract';
import type { Lexicon } from '../lexicon';
import { canonical } from './names';

// Identity across documents: which platform names written differently are one real-world thing,
// by a rule and with evidence, so the merged node can say why (property `merges`). Rules:
// - scope: a platform named with its scope (全市算力一张网) is the one named without it (算力一张网);
// - subsequence + measure: a shorter name whose characters run in order through a longer one with
//   the same ending (海洋数据交易平台 ⊂ 海洋大数据交易服务平台), when both report the same measure
//   (交易额). Names alone are not evidence enough.
// A wrong merge is undone in the lexicon: platforms.json → keepApart lists pairs never merged.

/** `into`: the key merged into; `name`: that platform's name, which the merged node carries. */
export interface Merge {
  into: string;
  name: string;
  rule: 'scope' | 'subsequence+measure';
  evidence: string;
}

const isSubsequence = (short: string, long: string) => {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
};

export function platformMerges(all: DocumentFacts[], lexicon: Lexicon): Map<string, Merge> {
  const key = (f: NodeFact) => canonical(f.label, f.name, lexicon).key;
  const platforms = new Map<string, string>(); // key → its canonical name
  const measures = new Map<string, Set<string>>(); // platform key → what its results measure
  for (const { nodes, relationships } of all) {
    for (const n of nodes) {
      if (n.label !== 'Platform') continue;
      const c = canonical(n.label, n.name, lexicon);
      if (!platforms.has(c.key)) platforms.set(c.key, c.name);
    }
    const measured = new Map<NodeFact, NodeFact[]>();
    for (const r of relationships) {
      if (r.to.label === 'Indicator' && (r.type === 'MEASURED' || r.type === 'SETS_TARGET'))
        measured.set(r.from, [...(measured.get(r.from) ?? []), r.to]);
    }
    for (const r of relationships) {
      if (r.type !== 'INVOLVES' || r.to.label !== 'Platform') continue;
      const p = key(r.to);
      const set = measures.get(p) ?? new Set<string>();
      for (const indicator of measured.get(r.from) ?? []) {
        const k = key(indicator);
        set.add(k.startsWith(p) ? k.slice(p.length) : k);
      }
      measures.set(p, set);
    }
  }
  const { scopePrefixes, keepApart } = lexicon.platforms;
  const apart = (a: string, b: string) =>
    keepApart.some((pair) => pair.includes(platforms.get(a) ?? a) && pair.includes(platforms.get(b) ?? b));
  const merges = new Map<string, Merge>();
  const keys = [...platforms.keys()].sort();
  for (const k of keys) {
    const scope = scopePrefixes.find((s) => k.startsWith(s) && k.length - s.length >= 4);
    const rest = scope ? k.slice(scope.length) : undefined;
    if (rest && platforms.has(rest) && !apart(k, rest))
      merges.set(k, { into: rest, name: platforms.get(rest)!, rule: 'scope', evidence: `${scope} is the platform's scope, not its name` });
  }
  for (const short of keys) {
    if (merges.has(short) || short.length < 5) continue;
    const long = keys.find(
      (l) =>
        l !== short &&
        !merges.has(l) &&
        l.length > short.length &&
        l.slice(-2) === short.slice(-2) &&
        isSubsequence(short, l) &&
        !apart(short, l),
    );
    if (!long) continue;
    const shared = [...(measures.get(short) ?? [])].filter((m) => m && measures.get(long)?.has(m));
    if (shared.length)
      merges.set(short, {
        into: long,
        name: platforms.get(long)!,
        rule: 'subsequence+measure',
        evidence: `both report ${shared.join('、')}`,
      });
  }
  return merges;
}

/** The key a platform (or an indicator named after one) resolves to once merges are applied. */
export function mergedKey(label: string, key: string, merges: Map<string, Merge>): string {
  if (label === 'Platform') return merges.get(key)?.into ?? key;
  if (label !== 'Indicator') return key;
  for (const [from, m] of merges) if (key.startsWith(from) && key.length > from.length) return m.into + key.slice(from.length);
  return key;
}
