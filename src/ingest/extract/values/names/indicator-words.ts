import type { Lexicon } from '../../../lexicon';
import { longestFirst, prepared } from '../../../segment';

// The lexicon's indicator (指标) naming words, prepared once per lexicon, and the two small
// operations every reading of a name uses: strip the ends, measure the key.

const QUALIFIERS_INSIDE = /累计|新增/g;
const SOFT = ['的', '和', '与', '及'];

export interface IndicatorWords {
  suffixes: string[];
  prefixes: string[];
  hard: string[];
  all: string[];
  soft: string[];
  after: string[];
  keySuffixes: string[];
  verbs: string[];
  adverbs: string[];
  nounVerbs: string[];
  measureNouns: string[];
  trailingGeneric: string[];
  predicateAdverbs: string[];
}

const cache = new WeakMap<Lexicon, IndicatorWords>();

export function indicatorWords(lexicon: Lexicon): IndicatorWords {
  return prepared(cache, lexicon, () => {
    const ind = lexicon.indicators;
    const r = ind.reading;
    // Verbs that also make nouns (服务, 应用, 交易 …) do not end a name.
    const verbs = [...lexicon.verbs.task, ...lexicon.verbs.result].filter((v) => !ind.wordsInNames.includes(v));
    const hard = longestFirst([...ind.boundaries.filter((b) => !SOFT.includes(b)), ...verbs]);
    return {
      suffixes: longestFirst(ind.stripSuffixes),
      prefixes: longestFirst([...ind.stripPrefixes, ...lexicon.verbs.adverbs]),
      hard,
      all: longestFirst([...hard, ...SOFT]),
      soft: longestFirst(ind.boundaries),
      after: [...verbs, ...(r.nounEnds ?? []), ',', '等', '的'],
      keySuffixes: longestFirst(ind.keyStripSuffixes),
      verbs: longestFirst([...lexicon.verbs.task, ...lexicon.verbs.result]),
      adverbs: longestFirst(lexicon.verbs.adverbs),
      nounVerbs: ind.wordsInNames,
      measureNouns: longestFirst(r.measureNouns ?? []),
      trailingGeneric: longestFirst(r.trailingGeneric ?? []),
      predicateAdverbs: longestFirst(r.predicateAdverbs ?? []),
    };
  });
}

/** Strips comparators and qualifiers at the end and, before a number, verbs and adverbs at the start. */
export function stripEnds(name: string, lexicon: Lexicon, prefixes = true): string {
  const w = indicatorWords(lexicon);
  let n = name;
  for (let changed = true; changed && n;) {
    changed = false;
    for (const s of w.suffixes)
      if (n.endsWith(s) && n.length > s.length) {
        n = n.slice(0, -s.length);
        changed = true;
      }
    if (prefixes)
      for (const p of w.prefixes)
        if (n.startsWith(p) && n.length > p.length + 1 && !splitsWord(n, p, w)) {
          n = n.slice(p.length);
          changed = true;
        }
  }
  return n.replace(QUALIFIERS_INSIDE, '').replace(/^[的、和及与]+|[的、和及与]+$/g, '');
}

/** 共享接口 is not 共 + 享接口: a prefix must not cut through a word that names things (共享, 建设). */
function splitsWord(name: string, prefix: string, w: IndicatorWords): boolean {
  for (let i = 0; i < prefix.length; i++) {
    if (w.nounVerbs.some((v) => name.startsWith(v, i) && i + v.length > prefix.length)) return true;
  }
  return false;
}

/** Length of the name without quotes and without a trailing 数/总数/规模 (what identifies it). */
export function keyLength(name: string, lexicon: Lexicon): number {
  const suffix = indicatorWords(lexicon).keySuffixes.find((s) => name.endsWith(s));
  return name.replace(/[“”]/g, '').length - (suffix?.length ?? 0);
}

/**
 * 涉农公共数据直接支持普惠贷款 → 普惠贷款: an adverb of manner (直接, 全部) followed by
 * a verb is the predicate, so the subject before it is not part of the name.
 */
export function afterPredicate(name: string, lexicon: Lexicon): string {
  const w = indicatorWords(lexicon);
  let cut = 0;
  for (const a of w.predicateAdverbs) {
    const i = name.lastIndexOf(a);
    // the adverb, then a two-character verb, then at least a short noun
    if (i > 0 && i + a.length + 2 + 2 <= name.length && i + a.length + 2 > cut) cut = i + a.length + 2;
  }
  return cut ? name.slice(cut) : name;
}
