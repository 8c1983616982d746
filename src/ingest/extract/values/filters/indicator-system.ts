import type { Lexicon } from '../../../lexicon';
import type { ValueContext } from './value-context';

// A count of the indicators a plan sets itself (提出了4类共25项指标，既涵盖了数字强省规划15项指标，又增设了
// 10项体现济南特色的指标): the plan's own structure, as its count of tasks is, not a quantity it measures.

/** The phrase the count opens, up to the first break. */
const PHRASE = /^[^，,。；;、：:（()）]*/;

export function countsOwnIndicators(v: ValueContext, lexicon: Lexicon): boolean {
  const own = lexicon.indicators.reading.ownIndicators;
  if (!own || v.unit === undefined || !own.units.includes(v.unit)) return false;
  // The count's noun is the phrase's head: 25项指标, 10项体现济南特色的指标; not 3项指标达到…, whose head is a predicate.
  const phrase = (PHRASE.exec(v.after ?? '')?.[0] ?? '').trimEnd();
  return own.heads.some((h) => phrase.endsWith(h));
}
