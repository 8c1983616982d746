import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REL_TYPES, type RelType } from '../../model';
import { PageInfo } from './connection';
import { SourceSpan } from './source-span.type';

// Every relationship of a node as a Relay edge that carries its provenance: the other end, the
// relationship's type and direction, and the sentences it was read from.

export const RelationTypeEnum = Object.fromEntries(REL_TYPES.map((t) => [t, t])) as { [K in RelType]: K };
registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: 'The kind of a relationship (关系类型), as the ontology names it.',
  valuesConfig: {
    DESCRIBES: { description: 'Document → Plan: the document is, interprets or reports on the plan (描述).' },
    IMPLEMENTS: { description: 'Plan → Plan: carries out a higher plan (贯彻落实).' },
    SUCCEEDS: { description: 'Plan → Plan: the next plan of a series (接续).' },
    PART_OF: { description: 'Plan → Plan: an annual plan inside a programme (组成部分).' },
    HAS_PROJECT: { description: 'Plan → EngineeringProject (包含工程).' },
    HAS_TASK: { description: 'Plan or EngineeringProject → Task (包含任务).' },
    SETS_TARGET: { description: 'Task → Indicator: a target (设定目标).' },
    MEASURED: { description: 'Result → Indicator: a reported value (实际值).' },
    INVOLVES: { description: 'Task, Result or EngineeringProject → Platform (涉及平台).' },
    RESPONSIBLE_FOR: { description: 'Agency → Plan, Task or EngineeringProject (负责).' },
    RELATED_TO: { description: 'Platform → Platform: a version or part of (相关平台).' },
    LED_TO: { description: 'Task → Result, derived across documents (促成).' },
    CONTINUED_BY: { description: 'Task → Task, derived across plans (延续).' },
  },
});

export enum RelationDirection {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'Which way a relationship points from the node asked about (关系方向).',
  valuesConfig: {
    OUT: { description: 'From this node to the other (出边).' },
    IN: { description: 'From the other node to this one (入边).' },
    BOTH: { description: 'Either way (双向).' },
  },
});

@ObjectType('RelationEdge', {
  simpleResolvers: true,
  description: 'One relationship of a node, with the node at its other end and its sources (关系边).',
})
export class RelationEdge {
  // `node: Node!` (the other end) is resolved from its id (resolvers/relations).

  @Field({ description: 'Opaque keyset cursor of this edge (游标).' })
  cursor!: string;

  @Field(() => ID, { description: 'Stable id of the relationship (关系标识).' })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'Relationship type (关系类型).' })
  type!: RelType;

  @Field(() => RelationDirection, { description: 'OUT when this node is the relationship’s start, IN when its end (方向).' })
  direction!: RelationDirection;

  @Field(() => [SourceSpan], { description: 'The sentences the relationship was read from (出处); derived links quote both ends.' })
  sources!: SourceSpan[];

  @Field(() => GraphQLJSONObject, { description: 'The relationship’s stored properties: role, value, basis … (属性).' })
  properties!: Record<string, unknown>;
}

@ObjectType('RelationConnection', {
  simpleResolvers: true,
  description: 'A page of a node’s relationships, in reading order of their sources (关系分页).',
})
export class RelationConnection {
  @Field(() => [RelationEdge], { description: 'The relationships with their cursors and sources (关系边).' })
  edges!: RelationEdge[];

  @Field(() => PageInfo, { description: 'Paging state (分页信息).' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of matching relationships across all pages (总数).' })
  totalCount!: number;
}
