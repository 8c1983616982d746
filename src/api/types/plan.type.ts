import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { PlanKind, PlanLevel } from '../../model';
import { Node } from './node.interface';
import { PeriodScalar } from './period.scalar';
import { PlanKindEnum, PlanLevelEnum } from './vocabulary.enums';

@ObjectType('Plan', {
  simpleResolvers: true,
  implements: Node,
  description: 'A plan, programme, scheme or regulation at any level (规划/方案/条例), e.g. an annual action plan (行动方案).',
})
export class Plan extends Node {
  @Field(() => PlanKindEnum, { nullable: true, description: 'What kind of plan (类型).' })
  kind?: PlanKind;

  @Field(() => PlanLevelEnum, { nullable: true, description: 'Level of government (层级).' })
  level?: PlanLevel;

  @Field(() => Int, { nullable: true, description: 'Year the plan is for (年份).' })
  year?: number;

  @Field(() => PeriodScalar, { nullable: true, description: 'Period covered, e.g. 2023-2025 (时期).' })
  period?: string;

  @Field(() => String, { nullable: true, description: 'Official document number (发文字号), e.g. 青政办字【年份】N号.' })
  docNumber?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Issue date as far as the text gives it, YYYY-MM-DD or YYYY-MM (印发日期); see issuedOn.',
    deprecationReason: 'Untyped; use issuedOn (LocalDate) for the day and issuedIn (Period) for the month or year.',
  })
  issueDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Issue date when the text gives the day (印发日期, 完整日期).' })
  issuedOn?: string;

  @Field(() => PeriodScalar, {
    nullable: true,
    description: 'Month of issue (YYYY-MM), or its year when the text gives no month (印发月份).',
  })
  issuedIn?: string;

  @Field(() => Int, { nullable: true, description: 'Number of tasks the plan declares (重点任务数), e.g. N项重点任务.' })
  taskCount?: number;

  @Field(() => Int, { nullable: true, description: 'Number of engineering projects the plan declares (工程数), e.g. N大工程.' })
  projectCount?: number;

  @Field(() => String, { nullable: true, description: 'City the plan belongs to (城市).' })
  city?: string;
}
