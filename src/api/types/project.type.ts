import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType('EngineeringProject', {
  simpleResolvers: true,
  implements: Node,
  description: 'An engineering project grouping tasks inside a plan (工程), e.g. 数字经济提质工程.',
})
export class Project extends Node {
  @Field(() => Int, { nullable: true, description: 'Year of the plan it belongs to (年份).' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Domain it advances (领域), e.g. 数字经济.' })
  domain?: string;

  @Field(() => Int, { nullable: true, description: 'Position in the plan, 1 for the first project (序号).' })
  ordinal?: number;
}
