import type { Lexicon } from '../../../lexicon';
import type { ValueContext } from './value-context';

// A rate offered as what would suffice (7%左右的速度可以实现比较充分的就业; 有6.5%－7%的增速就能够实现…)
// argues for a target the text sets elsewhere; it sets none and measures nothing.

const cache = new WeakMap<Lexicon, RegExp | null>();
function suffices(lexicon: Lexicon): RegExp | null {
  let re = cache.get(lexicon);
  if (re === undefined) {
    const a = lexicon.indicators.reading.arguedRates;
    re = a ? new RegExp(`^\\s*(?:左右)?的[\\u4e00-\\u9fff]{0,2}(?:${a.heads.join('|')})(?:${a.modals.join('|')})`) : null;
    cache.set(lexicon, re);
  }
  return re;
}

export function isArguedRate(v: ValueContext, lexicon: Lexicon): boolean {
  const re = suffices(lexicon);
  return v.unit === '%' && re !== null && re.test(v.after ?? '');
}
