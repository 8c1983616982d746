import type { Lexicon } from '../../lexicon';
import { phraseStart } from '../text/phrase';

// A body named after a zone (新区改革发展局, 中关村科技园区管理委员会, 天府新区成都管委会) opens with the zone's
// name: the level word 区 that ends the zone (新区, 园区, 片区) opens no body of its own.

/** The longest zone's name read back from its level word (中关村科技园区, 北京经济技术开发区). */
const ZONE_REACH = 12;

/**
 * Where a body's name starts when the level word at `at` ends a zone's name: the zone's place (浦东新区) or the
 * phrase before the level word (新区, 中关村科技园); `at` itself when no zone ends there, and -1 when the zone's name
 * runs on past the reach (a clause, not a name).
 */
export function zoneStart(folded: string, at: number, lexicon: Lexicon, bounds: readonly string[]): number {
  if (folded[at] !== '区' || !lexicon.agencies.zoneEndings.some((w) => folded.startsWith(w, at - w.length))) return at;
  const start = phraseStart(folded, at, ZONE_REACH, bounds);
  return at - start >= ZONE_REACH ? -1 : start < at ? start : at;
}
