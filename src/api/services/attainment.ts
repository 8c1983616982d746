import type { AttainmentData, PointData } from './points';

// Was a target met (目标完成情况)? Rule, documented in src/api/README.md:
// the target is judged against the first reported value (in timeline order) whose year is the
// target's year or later and whose unit agrees (see unitsAgree); '>=' and '=' (达到) are met when actual ≥ target,
// '<=' when actual ≤ target, 'about' (约/左右) when actual ≥ 95% of target. ratio = actual / target.

const ABOUT_TOLERANCE = 0.95;

/** A Chinese counting classifier (量词: 个, 架, 项 …) other than the currency 元. */
const isClassifier = (u: string) => /^\p{Script=Han}$/u.test(u) && u !== '元';

/**
 * Units agree when equal or unknown; counting classifiers agree with each other (a plan counts
 * racks in 个 where the report says 架), while %, 元 and Latin units must match exactly.
 */
export function unitsAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || (isClassifier(a) && isClassifier(b));
}

export function isMet(comparator: string | null, target: number, actual: number): boolean {
  switch (comparator) {
    case '<=': return actual <= target;
    case 'about': return actual >= target * ABOUT_TOLERANCE;
    default: return actual >= target;
  }
}

export function attainmentOf(target: PointData, timeline: readonly PointData[]): AttainmentData {
  const year = target.year;
  const actual = timeline.find((p) => p.kind === 'ACTUAL' && year !== null && p.year !== null && p.year >= year
    && unitsAgree(p.unit, target.unit)) ?? null;
  if (!actual) return { status: 'NO_DATA', actual: null, ratio: null };
  return {
    status: isMet(target.comparator, target.value, actual.value) ? 'MET' : 'NOT_MET',
    actual,
    ratio: target.value === 0 ? null : actual.value / target.value,
  };
}

/** Returns the timeline with every target's attainment filled in. */
export function attach(timeline: PointData[]): PointData[] {
  return timeline.map((p) => (p.kind === 'TARGET' ? { ...p, attainment: attainmentOf(p, timeline) } : p));
}
