import type { Lexicon } from '../../lexicon';
import { alternation, prepared, type SegmentedDocument } from '../../segment';
import { endsLikePlatform, isHonour } from './platform-names';

// Unquoted brands that the predicate names as a platform: 某某获批全国“双跨”平台,
// 某某目前是国家级双跨工业互联网平台. The subject opens its clause, is short, and is not a
// reporting subject (我市, 全市 …) nor a phrase with a verb in it.

const NAME = '[\\u4e00-\\u9fa5A-Za-z0-9]{2,6}?';
const CLAUSE_OPEN = '(?<=^|[,;。!?:，；：！？“\\n])';
const PREDICATE = '[^,;。!?，；！？\\n]{1,30}';

export interface NamedSubject {
  start: number;
  end: number;
}

// Built once per lexicon, not per document.
const subjectWordsOf = new WeakMap<Lexicon, { re: RegExp; verbs: string[] } | null>();
const subjectWords = (lexicon: Lexicon) =>
  prepared(subjectWordsOf, lexicon, () => {
    const { copulas, adverbs } = lexicon.platforms.namedAs;
    if (!copulas.length) return null;
    const adverb = adverbs.length ? `(?:${alternation(adverbs)})?` : '';
    return {
      re: new RegExp(`${CLAUSE_OPEN}(${NAME})${adverb}(?:${alternation(copulas)})(${PREDICATE})(?=[,;。!?，；！？\\n]|$)`, 'g'),
      verbs: [...lexicon.verbs.task, ...lexicon.verbs.result],
    };
  });

export function namedSubjects(seg: SegmentedDocument, lexicon: Lexicon): NamedSubject[] {
  const words = subjectWords(lexicon);
  if (!words) return [];
  const { re, verbs } = words;
  const out: NamedSubject[] = [];
  for (const m of seg.folded.matchAll(re)) {
    const name = m[1];
    if (!endsLikePlatform(m[2], lexicon.platforms.suffixes) || isHonour(m[2], lexicon.platforms)) continue;
    if (lexicon.verbs.reportSubjects.includes(name) || verbs.some((v) => name.includes(v))) continue;
    out.push({ start: m.index, end: m.index + name.length });
  }
  return out;
}
