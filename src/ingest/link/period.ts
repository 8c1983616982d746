import { Period } from '../../model';

// When a Task or Result applies, as a half-open interval of months [start, end), read with the
// shared Period type ('2024', '2025H1', '2025Q3', '2024-04', '2023-2025'; a bare year is a number).

export type Interval = ReturnType<typeof Period.months>;

/** The interval a period names, or undefined when it names none we know. */
export function parsePeriod(period: string | number | null | undefined): Interval | undefined {
  const p = Period.parse(period);
  return p && Period.months(p);
}

/**
 * A result can come from a task once the task's period has begun: a 2024 plan's tasks are
 * reported on in the 2024 report, a 2025 plan's in the 2025 half-year summary, never earlier.
 */
export const canLeadTo = (task: Interval, result: Interval): boolean => result.start >= task.start;

/**
 * A later plan carries a task on only from a period that starts after the earlier one ends, or, in
 * another document, within it from a later start: a report's outlook for 2025 is carried on by the
 * half-year summary's plans for 2025H2 (制定《…规划》 → 下半年…高标准编制…规划).
 */
export const canContinue = (earlier: Interval, later: Interval, otherDocument = false): boolean =>
  later.start >= earlier.end || (otherDocument && later.start > earlier.start && later.end <= earlier.end);

/** The first month a task continuing one of `earlier` may start: within it, for another document's part of it. */
export const continuesFrom = (earlier: Interval): number => Math.min(earlier.end, earlier.start + 1);
