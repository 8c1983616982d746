import { buildSchema, DangerousChangeType, findBreakingChanges, findDangerousChanges } from 'graphql';

// The changes a client may notice between the released schema and the current one, as one line
// each. Optional arguments and input fields are left out: no existing operation can tell.

const UNNOTICED: string[] = [DangerousChangeType.OPTIONAL_ARG_ADDED, DangerousChangeType.OPTIONAL_INPUT_FIELD_ADDED];

export function clientVisibleChanges(released: string, current: string): string[] {
  const [before, after] = [buildSchema(released), buildSchema(current)];
  return [
    ...findBreakingChanges(before, after).map((c) => `BREAKING ${c.type}: ${c.description}`),
    ...findDangerousChanges(before, after)
      .filter((c) => !UNNOTICED.includes(c.type))
      .map((c) => `DANGEROUS ${c.type}: ${c.description}`),
  ];
}

export interface ReviewedChanges {
  changes: { change: string; reason: string }[];
}

/** Changes not yet reviewed, and reviewed ones that no longer occur (a stale list hides nothing). */
export function reviewGaps(changes: string[], reviewed: ReviewedChanges): { unreviewed: string[]; stale: string[] } {
  const listed = new Set(reviewed.changes.map((c) => c.change));
  const seen = new Set(changes);
  return {
    unreviewed: changes.filter((c) => !listed.has(c)),
    stale: [...listed].filter((c) => !seen.has(c)),
  };
}
