import { Period, type GraphRelationship, type SourceSpan } from '../../model';
import { attach } from './attainment';
import type { PointData, PointKind } from './points';

// An Indicator's timeline (指标时间线): every target a Task set (SETS_TARGET) and every value a
// Result reported (MEASURED), ordered by period. Targets then carry their attainment.

/** The period and first source of the Task/Result at the other end, used when the edge lacks them. */
export interface EndInfo {
  period?: string;
  year?: number;
  sources: SourceSpan[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** The year a period is for: a span's last (a five-year sum is as of its last year). */
export const yearOfPeriod = (p: string): number | null => {
  const parsed = Period.parse(p);
  if (parsed) return Period.lastYear(parsed);
  const m = /^(\d{4})/.exec(p);
  return m ? Number(m[1]) : null;
};

function toPoint(rel: GraphRelationship, end: EndInfo | undefined): PointData | null {
  const p = rel.properties;
  const value = int(p.value);
  const kind: PointKind = rel.type === 'SETS_TARGET' ? 'TARGET' : 'ACTUAL';
  const period =
    str(p.period) ??
    str(p.asOf) ??
    (int(p.year) !== null ? String(p.year) : null) ??
    str(end?.period) ??
    (end?.year !== undefined ? String(end.year) : null);
  const source = rel.sources[0] ?? end?.sources[0];
  if (value === null || period === null || !source) return null;
  return {
    kind,
    period,
    year: int(p.year) ?? yearOfPeriod(period),
    value,
    unit: str(p.unit),
    comparator: str(p.comparator),
    qualifier: str(p.qualifier),
    cumulative: typeof p.cumulative === 'boolean' ? p.cumulative : null,
    raw: str(p.raw),
    taskId: kind === 'TARGET' ? rel.from : null,
    resultId: kind === 'ACTUAL' ? rel.from : null,
    source,
    relationshipId: rel.id,
    attainment: null,
  };
}

/** Period order; within a period targets first, then by value, then edge id for stability. */
export function comparePoints(a: PointData, b: PointData): number {
  const ya = a.year ?? 0;
  const yb = b.year ?? 0;
  if (ya !== yb) return ya - yb;
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'TARGET' ? -1 : 1;
  if (a.value !== b.value) return a.value - b.value;
  return a.relationshipId < b.relationshipId ? -1 : 1;
}

/** `rels`: the indicator's incoming SETS_TARGET and MEASURED edges; `ends`: their Task/Result by id. */
/** `change`: the indicator measures a change over its period, so only that period's report judges a target. */
export function buildTimeline(rels: readonly GraphRelationship[], ends: ReadonlyMap<string, EndInfo>, change = false): PointData[] {
  const points = rels
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => toPoint(r, ends.get(r.from)))
    .filter((p): p is PointData => p !== null)
    .sort(comparePoints);
  return attach(points, change);
}
