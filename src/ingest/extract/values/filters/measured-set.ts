import type { Lexicon } from '../../../lexicon';
import type { ValueContext } from './value-context';

// A figure opening its clause that names the set or the condition another figure of the same clause
// is taken over: the set a change is summed over (31个省份本级公务接待费减少26%; 74个重点城市细颗粒物年均浓度
// 下降9.1%), the distance a rate is measured at (5米远场识别率超过92%). Not a quantity of its own. A count
// whose clause measures nothing else stays (4个村的安全饮水工程顺利完工), so does one a verb before it governs
// (新建5条道路), and one a bar follows (5家企业营业收入超过100亿元: how many reached it).

/** Where a clause ends. */
const CLAUSE_END = /[，,；;。:：]/;
/** The measure's noun and verb after the figure, then a figure written in digits, in one clause. */
const MEASURE = /^([\u4e00-\u9fff\s]{2,}?[\u4e00-\u9fff]{1,3})\s*(?:约|近|超|逾)?\s*[0-9][0-9.]*\s*(%?)/;
/** A note in brackets inside the noun (细颗粒物（PM2.5）): read past. */
const NOTE = /[（(][^）)]{0,12}[）)]/g;

export function namesMeasuredSet(v: ValueContext, lexicon: Lexicon): boolean {
  const s = lexicon.indicators.reading.measuredSets;
  if (!s || v.unit === undefined || v.sentence === undefined || v.lead === undefined || v.raw === undefined) return false;
  const counted = s.units.includes(v.unit);
  if (!counted && !s.conditionUnits.includes(v.unit)) return false;
  // The figure opens its clause: nothing but a break before it.
  if (v.before.slice(v.before.search(/[^，,；;。:：]*$/)).trim() !== '') return false;
  const rest = v.sentence.slice(v.lead.length + v.raw.length);
  const m = MEASURE.exec(rest.slice(0, rest.search(CLAUSE_END) >>> 0).replace(NOTE, ''));
  if (m === null) return false;
  const words = m[1].replace(/\s+/g, '');
  if (counted && s.verbs.some((w) => words.endsWith(w))) return true;
  // A distance before a rate: the rate's noun, its level verb, then a share.
  const level = s.levelVerbs.find((w) => words.endsWith(w));
  return m[2] === '%' && level !== undefined && s.rateHeads.some((h) => words.slice(0, -level.length).endsWith(h));
}
