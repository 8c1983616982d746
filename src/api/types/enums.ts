import { registerEnumType } from 'type-graphql';
import { NODE_LABELS, type NodeLabel } from '../../model';

// GraphQL enums. Values mirror the ontology (src/model/labels.ts); descriptions carry the Chinese term.

export const NodeLabelEnum = Object.fromEntries(NODE_LABELS.map((l) => [l, l])) as { [K in NodeLabel]: K };
registerEnumType(NodeLabelEnum, {
  name: 'NodeLabel',
  description: 'The kind of a graph node (节点类型), as the ontology names it.',
  valuesConfig: {
    Document: { description: 'An ingested source text (文档).' },
    Plan: { description: 'A plan, programme, scheme or regulation (规划/方案/条例).' },
    EngineeringProject: { description: 'An engineering project grouping tasks inside a plan (工程).' },
    Task: { description: 'One action a plan commits to (任务).' },
    Result: { description: 'One outcome a report says was achieved (成效).' },
    Indicator: { description: 'A measurable quantity across years (指标).' },
    Platform: { description: 'A named system, platform, app, zone or brand (平台).' },
    Agency: { description: 'A government body or organisation (部门/机构).' },
  },
});

export enum PointKind {
  TARGET = 'TARGET',
  ACTUAL = 'ACTUAL',
}
registerEnumType(PointKind, {
  name: 'PointKind',
  description: 'Whether a timeline point is a planned target (目标值) or a reported value (实际值).',
  valuesConfig: {
    TARGET: { description: 'A value a Task commits to (目标值, from SETS_TARGET).' },
    ACTUAL: { description: 'A value a Result reports (实际值, from MEASURED).' },
  },
});

export enum AttainmentStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_DATA = 'NO_DATA',
}
registerEnumType(AttainmentStatus, {
  name: 'AttainmentStatus',
  description: 'Whether a target was reached (目标完成情况).',
  valuesConfig: {
    MET: { description: 'A later report meets the target (已完成).' },
    NOT_MET: { description: 'The first later report falls short (未完成).' },
    NO_DATA: { description: 'No report for the target year or later (暂无数据).' },
  },
});

export enum LinkBasis {
  INDICATOR = 'INDICATOR',
  PLATFORM = 'PLATFORM',
  PROJECT = 'PROJECT',
  TEXT = 'TEXT',
}
registerEnumType(LinkBasis, {
  name: 'LinkBasis',
  description: 'Why a derived link was drawn (关联依据).',
  valuesConfig: {
    INDICATOR: { description: 'Both ends concern the same indicator (同一指标).' },
    PLATFORM: { description: 'Both ends involve the same platform (同一平台).' },
    PROJECT: { description: 'Both ends belong to the same engineering project (同一工程).' },
    TEXT: { description: 'The two sentences are textually similar (文本相似).' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort order (排序方向).',
  valuesConfig: { ASC: { description: 'Ascending (升序).' }, DESC: { description: 'Descending (降序).' } },
});

export enum NodeSortField {
  NAME = 'name',
  YEAR = 'year',
  PERIOD = 'period',
  DOMAIN = 'domain',
  ID = 'id',
}
registerEnumType(NodeSortField, {
  name: 'NodeSortField',
  description: 'Field a list is sorted by (排序字段); ties are broken by id so pages are stable.',
  valuesConfig: {
    NAME: { description: 'Canonical name (名称).' },
    YEAR: { description: 'Year (年份).' },
    PERIOD: { description: 'Period such as 2024 or 2025H1 (时期).' },
    DOMAIN: { description: 'Domain such as 数字政府 (领域).' },
    ID: { description: 'Stable id (标识).' },
  },
});

export enum Comparator {
  AT_LEAST = '>=',
  AT_MOST = '<=',
  EQUALS = '=',
  ABOUT = 'about',
}
registerEnumType(Comparator, {
  name: 'Comparator',
  description: 'How a target value is meant (比较方式).',
  valuesConfig: {
    AT_LEAST: { description: 'At least: 不少于, 以上, 力争达到 (≥).' },
    AT_MOST: { description: 'At most: 以内, 不超过 (≤).' },
    EQUALS: { description: 'Reach exactly: 达, 为 (=).' },
    ABOUT: { description: 'Approximately: 约, 左右.' },
  },
});
