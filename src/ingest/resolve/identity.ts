import type { NodeLabel } from '../../model';
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

/** What one node or relationship of a document says for identity: its label and name; its type and ends (by index). */
export interface NodeWords {
  label: string;
  name: string;
}
export interface RelEnds {
  type: string;
  from: number;
  to: number;
}

/**
 * One document's evidence for platform identity, in the order it was read: the platforms it names
 * (key, canonical name) and, per platform a Task involves, what that Task's results measure.
 * Undefined when the document names no platform (then it has nothing to add).
 */
export interface PlatformEvidence {
  platforms: [string, string][];
  measures: [string, string[]][];
}

export function platformEvidence(
  nodes: readonly NodeWords[],
  relationships: readonly RelEnds[],
  lexicon: Lexicon,
): PlatformEvidence | undefined {
  if (!nodes.some((n) => n.label === 'Platform')) return undefined;
  const key = (n: NodeWords) => canonical(n.label as NodeLabel, n.name, lexicon).key;
  const platforms: [string, string][] = [];
  for (const n of nodes) {
    if (n.label !== 'Platform') continue;
    const c = canonical(n.label, n.name, lexicon);
    platforms.push([c.key, c.name]);
  }
  const measured = new Map<number, number[]>();
  for (const r of relationships) {
    if (nodes[r.to].label === 'Indicator' && (r.type === 'MEASURED' || r.type === 'SETS_TARGET'))
      measured.set(r.from, [...(measured.get(r.from) ?? []), r.to]);
  }
  const measures: [string, string[]][] = [];
  for (const r of relationships) {
    if (r.type !== 'INVOLVES' || nodes[r.to].label !== 'Platform') continue;
    const p = key(nodes[r.to]);
    measures.push([
      p,
      (measured.get(r.from) ?? []).map((i) => {
        const k = key(nodes[i]);
        return k.startsWith(p) ? k.slice(p.length) : k;
      }),
    ]);
  }
  return { platforms, measures };
}

/** The evidence of extracted facts (references between facts become indices). */
export function evidenceOfFacts({ nodes, relationships }: DocumentFacts, lexicon: Lexicon): PlatformEvidence | undefined {
  const index = new Map<NodeFact, number>(nodes.map((n, i) => [n, i]));
  const ends = relationships.map((r) => ({ type: r.type, from: index.get(r.from)!, to: index.get(r.to)! }));
  return platformEvidence(nodes, ends, lexicon);
}

export function platformMerges(all: readonly DocumentFacts[], lexicon: Lexicon): Map<string, Merge> {
  return mergesFrom(
    all.map((f) => evidenceOfFacts(f, lexicon)),
    lexicon,
  );
}

/** `evidence`: each document's, in document order (the first name read for a key is the platform's). */
export function mergesFrom(evidence: Iterable<PlatformEvidence | undefined>, lexicon: Lexicon): Map<string, Merge> {
  const platforms = new Map<string, string>(); // key → its canonical name
  const measures = new Map<string, Set<string>>(); // platform key → what its results measure
  for (const e of evidence) {
    if (!e) continue;
    for (const [k, name] of e.platforms) if (!platforms.has(k)) platforms.set(k, name);
    for (const [p, ms] of e.measures) {
      const set = measures.get(p) ?? new Set<string>();
      for (const m of ms) set.add(m);
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
