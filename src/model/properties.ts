// Property keys per label and relationship type: the agreement between the loaders, which write
// them, and the API, which filters and sorts on them. Every key is optional: a fact has only what
// its text gives. Periods are strings: '2024', '2025H1', '2024-04'.

/** A value is a result (实际值) or a commitment (目标值). */
export type ValueKind = 'TARGET' | 'ACTUAL';
/**
 * Why a value was judged a result or a commitment, most specific evidence first: a cue word in its
 * clause (clause-actual, clause-target, past-year, horizon), the role of its paragraph lead or
 * section heading (lead-actual, lead-target, section-actual, section-target), a weaker cue word in
 * its clause (weak-actual, weak-target), or the document's genre (genre-actual, genre-target).
 */
export type KindReason = string;

export type Comparator = '>=' | '<=' | '=' | 'about'; // 不少于/以上 · 以内/不超过 · 达/为 · 约/左右
export type Qualifier = '超' | '约' | '余' | '累计' | '同比' | '新增';
export const ROLES = ['drafts', 'issues', 'leads', 'cooperates', 'carries_out', 'interprets', 'reports'] as const;
export type Role = (typeof ROLES)[number];
export const PLAN_KINDS = [
  'national_plan',
  'provincial_plan',
  'development_plan',
  'action_plan',
  'programme',
  'scheme',
  'regulation',
  'measures',
  'strategy',
  'campaign',
  'initiative',
  'work_report',
  'other',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_LEVELS = ['national', 'provincial', 'municipal', 'district'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];
/** Whether a Task or Result was read from a plan or from a report. */
export const WORK_MODES = ['plan', 'report'] as const;
export type WorkMode = (typeof WORK_MODES)[number];
export type LinkBasis = 'indicator' | 'platform' | 'project' | 'text';

export interface PlanProps {
  kind?: PlanKind;
  level?: PlanLevel;
  year?: number;
  period?: string;
  docNumber?: string; // 发文字号,
  issueDate?: string;
  taskCount?: number; // declared: 51项重点任务
  projectCount?: number; // declared: 十大文化工程
  city?: string;
}
export interface ProjectProps {
  plan?: string;
  year?: number;
  domain?: string;
  ordinal?: number;
}
export interface TaskProps {
  year?: number;
  period?: string;
  domain?: string;
  plan?: string;
  project?: string;
  document?: string;
  mode?: WorkMode;
}
export type ResultProps = TaskProps;
export interface IndicatorProps {
  unit?: string;
}
export interface PlatformProps {
  kind?: string;
}
export interface AgencyProps {
  kind?: string;
  city?: string;
}

/** What a target and a reported value share: the number as read, and why it was judged so. */
interface JudgedValueProps {
  value: number;
  unit?: string;
  year?: number;
  period?: string;
  cumulative?: boolean;
  raw?: string;
  max?: number;
  /** Why it is a target or an actual, and the offsets of the cue that says so (absent when the genre decided). */
  kindReason?: KindReason;
  kindCueStart?: number;
  kindCueEnd?: number;
  kindCueText?: string;
  periodReason?: string;
}
export interface SetsTargetProps extends JudgedValueProps {
  comparator?: Comparator;
}
export interface MeasuredProps extends JudgedValueProps {
  qualifier?: Qualifier;
  asOf?: string;
}
export interface DerivedLinkProps {
  basis: LinkBasis;
  score: number;
  via?: string;
}
export interface ResponsibleProps {
  role: Role;
}
