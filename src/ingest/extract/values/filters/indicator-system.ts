import type { Lexicon } from '../../../lexicon';
import type { ValueContext } from './value-context';

// A count of the indicators a plan sets itself (提出了4类共25项指标，既涵盖了数字强省规划15项指标，又增设了
// 10项体现济南特色的指标): the plan's own structure, as its count of tasks is, not a quantity it measures. So is
// a tally over them (27项预期性指标中，有22项完成或基本完成年度目标): how many of the plan's own indicators were met.

/** The phrase the count opens, up to the first break. */
const PHRASE = /^[^，,。；;、：:（()）]*/;

/** A set of the indicators a tally is taken over: N项…指标中. */
const tallySets = new WeakMap<readonly string[], RegExp>();
function tallySet(heads: readonly string[]): RegExp {
  let re = tallySets.get(heads);
  if (!re) tallySets.set(heads, (re = new RegExp(`[0-9一二三四五六七八九十百]+项[^，,。；;\\d]{0,8}?(?:${heads.join('|')})中`)));
  return re;
}

export function countsOwnIndicators(v: ValueContext, lexicon: Lexicon): boolean {
  const own = lexicon.indicators.reading.ownIndicators;
  if (!own || v.unit === undefined || !own.units.includes(v.unit)) return false;
  if (v.unit === '项' && v.sentence !== undefined && tallySet(own.heads).test(v.sentence)) return true;
  // The count's noun is the phrase's head: 25项指标, 10项体现济南特色的指标; not 3项指标达到…, whose head is a predicate.
  const phrase = (PHRASE.exec(v.after ?? '')?.[0] ?? '').trimEnd();
  return own.heads.some((h) => phrase.endsWith(h));
}
