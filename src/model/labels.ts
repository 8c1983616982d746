// The ontology's vocabulary (docs/ONTOLOGY.md): node labels and relationship types, the same
// in the embedded store and in Neo4j. Nothing outside this file spells a label or a type.

export const NODE_LABELS = [
  'Document', // 文档: one ingested source text
  'Plan', // 规划/方案/条例: a plan, programme, scheme or regulation at any level
  'EngineeringProject', // 工程: a grouping of tasks inside a plan
  'Task', // 任务: one action a plan commits to
  'Result', // 成效: one outcome a report says was achieved
  'Indicator', // 指标: a measurable quantity across years
  'Platform', // 平台: a named system, platform, app, zone or brand
  'Agency', // 部门/机构: a government body acting in the plans
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'DESCRIBES', // Document → Plan
  'IMPLEMENTS', // Plan → Plan (贯彻落实)
  'SUCCEEDS', // Plan → Plan (next in a series)
  'PART_OF', // Plan → Plan (annual plan inside a programme)
  'HAS_PROJECT', // Plan → EngineeringProject
  'HAS_TASK', // EngineeringProject | Plan → Task
  'SETS_TARGET', // Task → Indicator
  'MEASURED', // Result → Indicator
  'INVOLVES', // Task | Result | EngineeringProject → Platform
  'RESPONSIBLE_FOR', // Agency → Plan | Task | EngineeringProject
  'RELATED_TO', // Platform → Platform (城市云脑2.0 → 城市云脑: a version or part of)
  'LED_TO', // derived: Task → Result
  'CONTINUED_BY', // derived: Task → Task
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Relationships computed across documents by the link stage rather than read from one clause. */
export const DERIVED_REL_TYPES: readonly RelType[] = ['LED_TO', 'CONTINUED_BY'];

/** The domains (领域) a Task or Result belongs to, as the plans name them. */
export const DOMAINS = ['数字经济', '数字政府', '数字社会', '数字文化', '数字生态文明', '数字基础设施', '数据要素', '综合保障'] as const;
export type Domain = (typeof DOMAINS)[number];

export const isNodeLabel = (s: string): s is NodeLabel => (NODE_LABELS as readonly string[]).includes(s);
export const isRelType = (s: string): s is RelType => (REL_TYPES as readonly string[]).includes(s);
