import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType('Plan', { simpleResolvers: true, implements: Node, description: 'A plan, programme, scheme or regulation at any level (规划/方案/条例), e.g. an annual action plan (行动方案).' })
export class Plan extends Node {
  @Field(() => String, { nullable: true, description: 'national_plan, provincial_plan, development_plan, action_plan, programme, scheme, regulation … (类型).' })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'national, provincial, municipal or district (层级).' })
  level?: string;

  @Field(() => Int, { nullable: true, description: 'Year the plan is for (年份).' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Period covered, e.g. 2023—2025 (时期).' })
  period?: string;

  @Field(() => String, { nullable: true, description: 'Official document number (发文字号), e.g. 青政办字【年份】N号.' })
  docNumber?: string;

  @Field(() => String, { nullable: true, description: 'Issue date (印发日期).' })
  issueDate?: string;

  @Field(() => Int, { nullable: true, description: 'Number of tasks the plan declares (重点任务数), e.g. N项重点任务.' })
  taskCount?: number;

  @Field(() => Int, { nullable: true, description: 'Number of engineering projects the plan declares (工程数), e.g. N大工程.' })
  projectCount?: number;

  @Field(() => String, { nullable: true, description: 'City the plan belongs to (城市).' })
  city?: string;
}
