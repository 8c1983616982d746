import type { Lexicon } from '../../../lexicon';
import { startsWithAny } from '../../../segment';
import type { ValueContext } from './value-context';

// The field a ranking is taken over (上海在全球193个城市综合排名中位列第10名; 在全部19个分行业中位列第一):
// how many were ranked, said to place the one ranked, not a quantity measured.

/** 在, and a word of the whole (全球, 全部, 全国), right before the count. */
const AMONG = /在[\u4e00-\u9fff]{0,2}\s*$/;
const CLAUSE_END = /[，,；;。:：]/;
/** The marker of where the one ranked stands may be written 居 alone (居第一). */
const STANDS = '居';

export function countsRankingField(v: ValueContext, lexicon: Lexicon): boolean {
  if (v.sentence === undefined || v.lead === undefined || v.raw === undefined || !AMONG.test(v.before)) return false;
  const rest = v.sentence.slice(v.lead.length + v.raw.length);
  const clause = rest.slice(0, rest.search(CLAUSE_END) >>> 0);
  const among = clause.indexOf('中');
  return among > 0 && startsWithAny(clause.slice(among + 1).trimStart(), [...lexicon.indicators.rankingMarkers, STANDS]) !== '';
}
