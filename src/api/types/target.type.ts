import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Comparator } from './enums';
import { Judgement } from './judgement.type';
import { PeriodScalar } from './period.scalar';
import { SourceSpan } from './source-span.type';

@ObjectType('Target', {
  simpleResolvers: true,
  description: 'A target a Task sets on an Indicator (目标, SETS_TARGET), e.g. 5G基站数 ≥ 45000 个 in 2025.',
})
export class Target {
  @Field(() => ID, { description: 'Stable id of the relationship (关系标识).' })
  id!: string;

  @Field(() => Float, { description: 'Normalised value, multipliers expanded (目标值): 4.5万 → 45000.' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Base unit (单位).' })
  unit?: string;

  @Field(() => Comparator, { nullable: true, description: 'How the value is meant (比较方式).' })
  comparator?: Comparator;

  @Field(() => Int, { nullable: true, description: 'Year the target is for (目标年份).' })
  year?: number;

  @Field(() => PeriodScalar, { nullable: true, description: 'Period the target is for (时期).' })
  period?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the value is cumulative (累计).' })
  cumulative?: boolean;

  @Field(() => String, { nullable: true, description: 'The number as written (原文数值), e.g. 4.5万个.' })
  raw?: string;

  @Field(() => Judgement, { nullable: true, description: 'Why it was read as this kind and period, with the cue (判断依据).' })
  judgement?: Judgement;

  @Field(() => [SourceSpan], { description: 'The sentences the target was read from (出处).' })
  sources!: SourceSpan[];
}
