import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType('Platform', {
  simpleResolvers: true,
  implements: Node,
  description: 'A named system, platform, app, zone or brand (平台), e.g. 城市云脑.',
})
export class Platform extends Node {
  @Field(() => String, { nullable: true, description: 'Sub-kind when known: system, app, zone, brand … (类别).' })
  kind?: string;
}
