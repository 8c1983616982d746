import { badInput } from '../conventions/errors';

// Nested lists (a plan's tasks, an indicator's timeline …) are bounded: `first` defaults to
// NESTED_DEFAULT and may not exceed NESTED_MAX; the *Connection sibling fields page the rest.

export const NESTED_DEFAULT = 100;
export const NESTED_MAX = 500;

/** Field extensions of a nested list: the request check allows `first` up to its own cap, not the page cap. */
export const NESTED_LIST = { pageCap: NESTED_MAX } as const;

export function bounded<T>(items: T[], first: number | undefined | null, fallback = NESTED_DEFAULT): T[] {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > NESTED_MAX) throw badInput('first', `must be between 0 and ${NESTED_MAX} (got ${n})`);
  return items.length > n ? items.slice(0, n) : items;
}
