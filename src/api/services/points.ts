import type { SourceSpan } from '../../model';

// One point on an Indicator's timeline and a target's attainment, as the services compute them.

export type PointKind = 'TARGET' | 'ACTUAL';

export interface AttainmentData {
  status: 'MET' | 'NOT_MET' | 'NO_DATA';
  actual: PointData | null;
  ratio: number | null;
}

export interface PointData {
  kind: PointKind;
  period: string;
  year: number | null;
  value: number;
  unit: string | null;
  comparator: string | null;
  qualifier: string | null;
  cumulative: boolean | null;
  raw: string | null;
  taskId: string | null;
  resultId: string | null;
  source: SourceSpan;
  relationshipId: string;
  attainment: AttainmentData | null;
}
