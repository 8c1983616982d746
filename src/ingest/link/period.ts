// When a Task or Result applies, as a half-open interval of months [start, end). Periods are
// the strings of properties.ts ('2024', '2025H1', '2025Q3', '2024-04'); a bare year is a number.

export interface Interval {
  start: number;
  end: number;
}

const months = (year: number, from: number, length: number): Interval => ({
  start: year * 12 + from,
  end: year * 12 + from + length,
});

/** The interval a period names, or undefined when it names none we know. */
export function parsePeriod(period: string | number | null | undefined): Interval | undefined {
  if (typeof period === 'number') return Number.isInteger(period) ? months(period, 0, 12) : undefined;
  if (typeof period !== 'string') return undefined;
  const p = period.trim();
  let m = /^(\d{4})$/.exec(p);
  if (m) return months(Number(m[1]), 0, 12);
  m = /^(\d{4})H([12])$/i.exec(p); // 上半年 / 下半年
  if (m) return months(Number(m[1]), (Number(m[2]) - 1) * 6, 6);
  m = /^(\d{4})Q([1-4])$/i.exec(p); // 季度
  if (m) return months(Number(m[1]), (Number(m[2]) - 1) * 3, 3);
  m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(p);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return months(Number(m[1]), Number(m[2]) - 1, 1);
  return undefined;
}

/**
 * A result can come from a task once the task's period has begun: a 2024 plan's tasks are
 * reported on in the 2024 report, a 2025 plan's in the 2025 half-year summary, never earlier.
 */
export const canLeadTo = (task: Interval, result: Interval): boolean => result.start >= task.start;

/** A later plan carries a task on only from a period that starts after the earlier one ends. */
export const canContinue = (earlier: Interval, later: Interval): boolean => later.start >= earlier.end;
