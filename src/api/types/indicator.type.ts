import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType('Indicator', {
  simpleResolvers: true,
  implements: Node,
  description: 'A measurable quantity tracked across years (指标), e.g. 5G基站数; targets and reported values join on it.',
})
export class Indicator extends Node {
  @Field(() => String, { nullable: true, description: 'Base unit after normalisation (单位), e.g. 个, %, 元.' })
  unit?: string;
}
