import { Field, Int, ObjectType } from 'type-graphql';
import type { RelType } from '../../model';
import { RelationTypeEnum } from './relation.type';

@ObjectType('PathStep', {
  simpleResolvers: true,
  description: 'One hop of a path (路径步骤): a relationship joining two consecutive nodes.',
})
export class PathStep {
  @Field(() => RelationTypeEnum, { description: 'Relationship type, e.g. HAS_TASK, SETS_TARGET (关系类型).' })
  type!: RelType;

  @Field({ description: 'True when the stored relationship points from `from` to `to`; false when the path walks it backwards (方向).' })
  forward!: boolean;
  // `from: Node!` and `to: Node!` are resolved from ids (resolvers/graph-path).
}

@ObjectType('GraphPath', {
  simpleResolvers: true,
  description: 'A shortest path between two nodes (最短路径), nodes and steps in path order.',
})
export class GraphPath {
  // `nodes: [Node!]!` and `steps: [PathStep!]!` are resolved from ids (resolvers/graph-path).
  @Field(() => Int, { description: 'Number of hops (跳数).' })
  length!: number;
}
