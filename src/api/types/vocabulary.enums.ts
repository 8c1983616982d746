import { registerEnumType } from 'type-graphql';
import { DOCUMENT_KINDS, PLAN_KINDS, PLAN_LEVELS, ROLES, WORK_MODES } from '../../model';

// The ontology's closed vocabularies as GraphQL enums. Value names are the stored words
// themselves (action_plan, municipal …), so answers read exactly as before on the wire; in a
// query they are written bare (kind: action_plan), or passed as strings in variables.

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DocumentKindEnum = enumOf(DOCUMENT_KINDS);
registerEnumType(DocumentKindEnum, {
  name: 'DocumentKind',
  description: 'A document’s genre (文档类型).',
  valuesConfig: {
    action_plan: { description: 'The plan itself (行动方案/规划原文).' },
    interpretation: { description: 'An official interpretation (政策解读).' },
    implementation_report: { description: 'A report on implementation (实施情况报告).' },
    work_summary: { description: 'A work summary (工作总结).' },
    news: { description: 'A news article (新闻报道).' },
    other: { description: 'Anything else (其他).' },
  },
});

export const PlanKindEnum = enumOf(PLAN_KINDS);
registerEnumType(PlanKindEnum, {
  name: 'PlanKind',
  description: 'What kind of plan (规划类型).',
  valuesConfig: {
    national_plan: { description: 'A national plan (国家规划).' },
    provincial_plan: { description: 'A provincial plan (省级规划).' },
    development_plan: { description: 'A multi-year development plan (发展规划).' },
    action_plan: { description: 'An annual action plan (行动方案).' },
    programme: { description: 'A programme or brand such as 数字青岛2.0 (计划/工程).' },
    scheme: { description: 'An implementation scheme (实施方案/工作方案).' },
    regulation: { description: 'A regulation or rules (条例/办法).' },
    measures: { description: 'Measures or norms (措施/规范).' },
    strategy: { description: 'A named strategy (战略), e.g. a national development strategy.' },
    campaign: { description: 'A named campaign or special action (专项行动/攻坚战).' },
    initiative: { description: 'A named initiative or programme without a plan document (倡议/计划).' },
    work_report: { description: 'A government work report of one year in its series (政府工作报告), e.g. 2024年国务院政府工作报告.' },
    other: { description: 'Anything else (其他).' },
  },
});

export const PlanLevelEnum = enumOf(PLAN_LEVELS);
registerEnumType(PlanLevelEnum, {
  name: 'PlanLevel',
  description: 'The level of government a plan belongs to (层级).',
  valuesConfig: {
    national: { description: 'National (国家级).' },
    provincial: { description: 'Provincial (省级).' },
    municipal: { description: 'Municipal (市级).' },
    district: { description: 'District (区县级).' },
  },
});

export const WorkModeEnum = enumOf(WORK_MODES);
registerEnumType(WorkModeEnum, {
  name: 'WorkMode',
  description: 'Whether a task or result was read from a plan or a report (来源类型).',
  valuesConfig: {
    plan: { description: 'Read from a plan: a commitment (规划).' },
    report: { description: 'Read from a report: an outcome (报告).' },
  },
});

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'An agency’s part (职责类型).',
  valuesConfig: {
    drafts: { description: 'Drafts it (起草).' },
    issues: { description: 'Issues it (印发).' },
    leads: { description: 'Leads it (牵头).' },
    cooperates: { description: 'Cooperates (配合).' },
    carries_out: { description: 'Carries it out (实施).' },
    interprets: { description: 'Interprets it (解读).' },
    reports: { description: 'Reports on it (报告).' },
  },
});

/** A stored value inside the vocabulary, else null (a word a newer loader wrote stays in `properties`). */
export const inVocabulary = <T extends string>(values: readonly T[], v: unknown): T | null =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : null;
