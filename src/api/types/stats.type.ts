import { Field, Int, ObjectType } from 'type-graphql';
import { NodeLabelEnum } from './enums';

@ObjectType('LabelCount', { simpleResolvers: true, description: 'How many nodes carry a label, or relationships a type (计数).' })
export class LabelCount {
  @Field({ description: 'Label or relationship type (类型).' })
  key!: string;

  @Field(() => Int, { description: 'Count (数量).' })
  count!: number;
}

@ObjectType('DomainYearCount', { simpleResolvers: true, description: 'Tasks or Results counted by domain and year (按领域和年份统计).' })
export class DomainYearCount {
  @Field(() => NodeLabelEnum, { description: 'Task or Result (类型).' })
  label!: string;

  @Field({ description: 'Domain, e.g. 数字政府 (领域).' })
  domain!: string;

  @Field(() => Int, { nullable: true, description: 'Year, null when unknown (年份).' })
  year?: number;

  @Field(() => Int, { description: 'Count (数量).' })
  count!: number;
}

@ObjectType('Stats', { simpleResolvers: true, description: 'Counts over the whole graph (统计).' })
export class Stats {
  @Field(() => [LabelCount], { description: 'Nodes by label (按节点类型).' })
  nodesByLabel!: LabelCount[];

  @Field(() => [LabelCount], { description: 'Relationships by type (按关系类型).' })
  relationshipsByType!: LabelCount[];

  @Field(() => [DomainYearCount], { description: 'Tasks and Results by domain and year (任务与成效按领域、年份).' })
  byDomainYear!: DomainYearCount[];
}
