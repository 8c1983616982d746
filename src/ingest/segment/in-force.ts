// The year a policy takes effect, where it is written apart from the day it was signed (a measures signed in
// December, 自2024年1月1日起施行): its years of validity, and so the span of its targets, count from then.

const IN_FORCE = /自\s*(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起|开始)\s*(?:施行|实施|执行|生效)/;

/** The year a policy takes effect (自2024年7月1日起施行), if written. */
export function inForceYear(folded: string): number | undefined {
  const m = IN_FORCE.exec(folded);
  return m ? Number(m[1]) : undefined;
}

/** The first year from which a document's span counts: the year it takes effect when that is later than its own. */
export function spanStart(folded: string, year: number): number {
  const m =
    folded.includes('施行') || folded.includes('实施') || folded.includes('执行') || folded.includes('生效') ? IN_FORCE.exec(folded) : null;
  return m && Number(m[1]) > year ? Number(m[1]) : year;
}
