import { Field, InputType, Int } from 'type-graphql';

@InputType('PlanFilter', { description: 'Narrow the list of plans (规划筛选); all given fields must match.' })
export class PlanFilter {
  @Field(() => Int, { nullable: true, description: 'Year the plan is for (年份).' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Period, e.g. 2023—2025 (时期).' })
  period?: string;

  @Field(() => String, { nullable: true, description: 'Kind, e.g. action_plan, development_plan, regulation (类型).' })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'Level: national, provincial, municipal, district (层级).' })
  level?: string;

  @Field(() => String, { nullable: true, description: 'City, e.g. 青岛 (城市).' })
  city?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name or an alias, case-insensitive (名称包含).' })
  nameContains?: string;
}
