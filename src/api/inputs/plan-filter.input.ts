import { Field, ID, InputType, Int } from 'type-graphql';
import type { PlanKind, PlanLevel } from '../../model';
import { PeriodScalar, PlanKindEnum, PlanLevelEnum } from '../types';

@InputType('PlanFilter', { description: 'Narrow the list of plans (规划筛选); all given fields must match.' })
export class PlanFilter {
  @Field(() => Int, { nullable: true, description: 'Year the plan is for (年份).' })
  year?: number;

  @Field(() => PeriodScalar, { nullable: true, description: 'Period, e.g. 2023-2025; 2023—2025 is read the same (时期).' })
  period?: string;

  @Field(() => PlanKindEnum, { nullable: true, description: 'Kind, e.g. action_plan (类型).' })
  kind?: PlanKind;

  @Field(() => PlanLevelEnum, { nullable: true, description: 'Level of government (层级).' })
  level?: PlanLevel;

  @Field(() => String, { nullable: true, description: 'City, e.g. 青岛 (城市).' })
  city?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of an agency responsible for it in any role (drafts, issues, leads …) (负责部门).',
  })
  agency?: string;

  @Field(() => ID, { nullable: true, description: 'Id of a document that describes or cites the plan (来源文档).' })
  document?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name or an alias, case-insensitive (名称包含).' })
  nameContains?: string;
}
