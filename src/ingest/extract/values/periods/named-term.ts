import { Period } from '../../../../model';
import type { Lexicon } from '../../../lexicon';
import { lastMatch } from './period-text';

// A five-year period named as when results were had (“十三五”期间, “十三五”时期, “十三五”以来): its years once they
// are over, or from its first year to the year before the document speaks.

// Built once per lexicon: a five-year period named as when results were had (“十三五”期间, “十三五”时期,
// “十三五”以来); not as a base (高于“十三五”时期实际, 是“十一五”时期的2.7倍).
const termCache = new WeakMap<Lexicon, RegExp>();
function termPattern(lexicon: Lexicon): RegExp {
  let re = termCache.get(lexicon);
  if (!re) {
    const names = Object.keys(lexicon.plans.fiveYearPeriods).join('|');
    re = new RegExp(`(?<![比较于是与][“"‘]?)[“"‘]?(${names})[”"’]?(期间|时期|以来)(?![的，,]?[0-9.]+倍|的)`, 'g');
    termCache.set(lexicon, re);
  }
  return re;
}

/**
 * The years of a five-year period its text names for a result, once it is over; since it (以来), from its first year to
 * the year before the document speaks, as since a year written (2013年以来) is.
 */
export function namedTerm(text: string, now: number, lexicon: Lexicon): Period | undefined {
  const m = lastMatch(termPattern(lexicon), text);
  const span = m && Period.parse(lexicon.plans.fiveYearPeriods[m[1]]);
  if (!m || !span) return undefined;
  if (m[2] === '以来') return now - 1 > Period.firstYear(span) ? Period.span(Period.firstYear(span), now - 1) : undefined;
  return Period.lastYear(span) < now ? span : undefined;
}
