import type { Lexicon } from '../../lexicon';
import { alternation, prepared } from '../../segment';
import type { Programme } from './programmes';

// Regimes of chiefs (全面推行河长制、湖长制; 全面推行河湖长制、林长制): a field of one or two characters and the regime's
// head, after a word that puts one in place or a list's 、, standing as a word (no character of a name after it, only a word
// that ends a plan's name: 落实河长制、湖长制工作力度大): each
// field's chief answers for it. A quoted one (全面推行“链长制”) is the quoted reader's.
// Words are lexicon data (plans.json → named.regimes).

// Built once per lexicon, not per document.
const patternOf = new WeakMap<Lexicon, RegExp | undefined>();
function regimePattern(lexicon: Lexicon): RegExp | undefined {
  return prepared(patternOf, lexicon, () => {
    const { head, after } = lexicon.plans.named.regimes;
    if (!head || !after.length) return undefined;
    // 落实河长制、湖长制工作力度大: words that end a plan's name (工作, 任务) may follow it.
    const ends = lexicon.plans.named.ends.filter((w) => /^\p{Script=Han}+$/u.test(w));
    return new RegExp(`(?<=${alternation(after)})\\p{Script=Han}{1,2}?${head}(?=${alternation(ends)}|(?![\\p{Script=Han}”]))`, 'gu');
  });
}

export function readRegimes(folded: string, lexicon: Lexicon): Programme[] {
  const re = regimePattern(lexicon);
  if (!re) return [];
  return [...folded.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'initiative' }));
}
