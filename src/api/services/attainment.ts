import type { AttainmentData, PointData } from './points';

// Was a target met (目标完成情况)? Rule, documented in src/api/README.md:
// the target is judged against a value reported for its own period when there is one, else the
// first reported value (in timeline order) whose year is the target's year or later, whose unit
// agrees (see unitsAgree); a target on a change over a period (增长, 下降) only by its own period's; '>=' and '=' (达到) are met when actual ≥ target,
// '<=' when actual ≤ target, 'about' (约/左右) when actual ≥ 95% of target. ratio = actual / target.

const ABOUT_TOLERANCE = 0.95;

/** A Chinese counting classifier (量词: 个, 架, 项 …) other than the currency 元. */
const isClassifier = (u: string) => /^\p{Script=Han}$/u.test(u) && u !== '元';

// The generic classifier, which stands for any specific one (4.5万个 racks = 5.7万架).
const GENERIC_CLASSIFIER = '个';

/**
 * Units agree when equal or unknown; the generic classifier 个 agrees with a specific one (a
 * plan counts racks in 个 where the report says 架), but two specific ones (人, 家) never do, and
 * %, 元 and Latin units must match exactly.
 */
export function unitsAgree(a: string | null, b: string | null): boolean {
  return (
    a === null || b === null || a === b || (isClassifier(a) && isClassifier(b) && (a === GENERIC_CLASSIFIER || b === GENERIC_CLASSIFIER))
  );
}

export function isMet(comparator: string | null, target: number, actual: number): boolean {
  switch (comparator) {
    case '<=':
      return actual <= target;
    case 'about':
      return actual >= target * ABOUT_TOLERANCE;
    default:
      return actual >= target;
  }
}

/** `actuals`: the timeline's dated reported values, in timeline order (years never decrease). */
function judge(target: PointData, actuals: readonly PointData[], from: number, samePeriodOnly: boolean): AttainmentData {
  let actual: PointData | null = null;
  // A value reported for the target's own period first (a year's growth target against that year's
  // reported growth, not a five-year average ending then), scanning only the target's year.
  for (let i = from; i < actuals.length && (actuals[i] as PointData).year === target.year && !actual; i++) {
    const p = actuals[i] as PointData;
    if (p.period === target.period && unitsAgree(p.unit, target.unit)) actual = p;
  }
  // A change over a period (growth in 2019) says nothing about another period's change.
  for (let i = from; i < actuals.length && !actual && !samePeriodOnly; i++) {
    const p = actuals[i] as PointData;
    if (unitsAgree(p.unit, target.unit)) actual = p;
  }
  if (!actual) return { status: 'NO_DATA', actual: null, ratio: null };
  return {
    status: isMet(target.comparator, target.value, actual.value) ? 'MET' : 'NOT_MET',
    actual,
    ratio: target.value === 0 || !Number.isFinite(actual.value / target.value) ? null : actual.value / target.value,
  };
}

/** Index of the first actual whose year is `year` or later (actuals are in year order). */
function firstFrom(actuals: readonly PointData[], year: number): number {
  let lo = 0;
  let hi = actuals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (((actuals[mid] as PointData).year ?? -Infinity) < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Returns the timeline (sorted by comparePoints, so years never decrease) with every target's
 * attainment filled in; each target starts its search at its year by binary search, so a
 * timeline of hundreds of points costs n·log n, not n².
 */
export function attach(timeline: PointData[], samePeriodOnly = false): PointData[] {
  const actuals = timeline.filter((p) => p.kind === 'ACTUAL' && p.year !== null);
  return timeline.map((p) => {
    if (p.kind !== 'TARGET') return p;
    // an undated target has no later report to be judged by
    const from = p.year === null ? actuals.length : firstFrom(actuals, p.year);
    const attainment = judge(p, actuals, from, samePeriodOnly);
    return Object.assign({}, p, { attainment });
  });
}
