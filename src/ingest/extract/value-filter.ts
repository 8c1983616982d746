import type { Lexicon } from '../lexicon';
import { containsAny } from '../segment';

// Numbers that are read well but are not values of an indicator (指标值): the plan's own task
// count (推进36项任务, a Plan property), a count of documents issued (印发…等5个专项工作方案),
// and, in a report, a count per period (每年推出10个…), which describes a practice, not what
// the period achieved.

export interface ValueContext {
  /** The indicator name read for the number. */
  name: string;
  /** Folded text of the clause up to the number. */
  before: string;
  reported: boolean;
}

export function isNotAValue(v: ValueContext, lexicon: Lexicon): boolean {
  const plans = lexicon.plans;
  if (plans.taskCountNouns.includes(v.name)) return true;
  const planWord = Object.keys(plans.suffixes).some((s) => v.name.endsWith(s));
  if (planWord && containsAny(v.before, plans.issueCues)) return true;
  return v.reported && containsAny(v.before, lexicon.indicators.reading.perPeriod ?? []);
}
