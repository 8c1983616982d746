import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType('Agency', {
  simpleResolvers: true,
  implements: Node,
  description: 'A government body or organisation acting in the plans (部门/机构), e.g. 市大数据局.',
})
export class Agency extends Node {
  @Field(() => String, { nullable: true, description: 'Sub-kind when known: bureau, group, office … (类别).' })
  kind?: string;
}
