import type { Lexicon } from '../lexicon';
import { containsAny } from '../segment';

// Numbers that are read well but are not values of an indicator (指标值): the plan's own task
// count (推进36项任务, a Plan property), a count of documents issued (印发…等5个专项工作方案),
// and, in a report, a count per period (每年推出10个…), which describes a practice, not what
// the period achieved. Also: a change rather than a level (提高N个百分点, 效率提升N%), a phase
// label glued to a name (某中心二期), and the tallies of a sentence that counts tasks
// (N项重点任务中M项已完成).

export interface ValueContext {
  /** The indicator name read for the number. */
  name: string;
  /** Folded text of the clause up to the number. */
  before: string;
  reported: boolean;
  /** The quantity's unit, and whether a name stands right before it. */
  unit?: string;
  glued?: boolean;
  /** Folded text of the whole sentence. */
  sentence?: string;
  /** The number as written, and its value. */
  raw?: string;
  value?: number;
  /** Written as a decline (下降8.1%): a value, recorded negative. */
  decline?: boolean;
}

const DIGITS = /[0-9０-９]/;
const MULTIPLIED = /[万亿千百]/;

/** A policy's offer per applicant, an eligibility threshold, or a small count written in words. */
function isOfferOrWordCount(v: ValueContext, lexicon: Lexicon): boolean {
  const r = lexicon.indicators.reading;
  if (v.unit !== undefined && (r.offerUnits ?? []).includes(v.unit) && containsAny(v.before, r.offerCues ?? [])) return true;
  if ((r.thresholdCues ?? []).some((w) => v.before.endsWith(w) || v.before.replace(/[达到突破超过]+$/, '').endsWith(w))) return true;
  return (
    v.raw !== undefined &&
    v.value !== undefined &&
    !DIGITS.test(v.raw) &&
    !MULTIPLIED.test(v.raw) &&
    v.unit !== '%' &&
    Math.abs(v.value) <= (r.smallWordCount ?? 0)
  );
}

const TALLY = (nouns: readonly string[]) =>
  new RegExp(`[0-9一二三四五六七八九十百]+项(?:${nouns.join('|')})(?![\\u4e00-\\u9fff]{0,2}[率额量])`);

/**
 * Whether a sentence counts tasks, remembered for the last sentence: every number of a sentence
 * asks about the same sentence, and testing it anew per number made a long sentence with many
 * numbers cost the square of its length.
 */
let lastTally: { nouns: readonly string[]; sentence: string; counts: boolean } | undefined;
function countsTasks(sentence: string, nouns: readonly string[]): boolean {
  if (lastTally?.sentence !== sentence || lastTally.nouns !== nouns) {
    lastTally = { nouns, sentence, counts: TALLY(nouns).test(sentence) };
  }
  return lastTally.counts;
}
const isChange = (v: ValueContext, lexicon: Lexicon) => {
  const r = lexicon.indicators.reading;
  if (v.unit !== undefined && (r.changeUnits ?? []).includes(v.unit)) return true;
  return v.unit === '%' && (r.changeVerbs ?? []).some((w) => v.name.endsWith(w)) && !(v.name in lexicon.indicators.canonical);
};

export function isNotAValue(v: ValueContext, lexicon: Lexicon): boolean {
  const plans = lexicon.plans;
  if (plans.taskCountNouns.includes(v.name)) return true;
  const planWord = Object.keys(plans.suffixes).some((s) => v.name.endsWith(s));
  if (planWord && containsAny(v.before, plans.issueCues)) return true;
  if (!v.decline && isChange(v, lexicon)) return true;
  if (isOfferOrWordCount(v, lexicon)) return true;
  if (v.glued && v.unit !== undefined && (lexicon.indicators.reading.phaseUnits ?? []).includes(v.unit)) return true;
  if (v.sentence !== undefined && plans.taskCountNouns.length && countsTasks(v.sentence, plans.taskCountNouns)) return true;
  return v.reported && containsAny(v.before, lexicon.indicators.reading.perPeriod ?? []);
}
