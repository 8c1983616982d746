import type { Lexicon } from '../../lexicon';
import { alternation, prepared } from '../../segment';
import type { Programme } from './programmes';

// Research foundations a level of government runs (国家自然科学基金进一步加大对…; 发挥省自然科学基金导向作用): funding
// programmes named by their level and field, read wherever written after the level opener, whatever follows; not the
// body that runs one (国家自然科学基金委), its projects (部署一批省自然科学基金项目) or an enterprise's fund of the
// same field (支持企业设立自然科学基金联合基金: no level). Words are lexicon data (plans.json → named.foundations,
// leveledOpeners).

// Built once per lexicon, not per document.
const patternOf = new WeakMap<Lexicon, RegExp | undefined>();
function foundationPattern(lexicon: Lexicon): RegExp | undefined {
  return prepared(patternOf, lexicon, () => {
    const { foundations, leveledOpeners } = lexicon.plans.named;
    if (!foundations.heads.length || !leveledOpeners.length) return undefined;
    const not = foundations.notBefore.length ? `(?!${alternation(foundations.notBefore)})` : '';
    return new RegExp(`(?:${alternation(leveledOpeners)})(?:${alternation(foundations.heads)})${not}`, 'g');
  });
}

export function readFoundations(folded: string, lexicon: Lexicon): Programme[] {
  const re = foundationPattern(lexicon);
  if (!re) return [];
  return [...folded.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'programme' }));
}
