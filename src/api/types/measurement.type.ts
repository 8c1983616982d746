import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Judgement } from './judgement.type';
import { PeriodScalar } from './period.scalar';
import { SourceSpan } from './source-span.type';

@ObjectType('Measurement', {
  simpleResolvers: true,
  description: 'A value a Result reports for an Indicator (实际值, MEASURED), e.g. 5G基站数 42700 个 in 2024.',
})
export class Measurement {
  @Field(() => ID, { description: 'Stable id of the relationship (关系标识).' })
  id!: string;

  @Field(() => Float, { description: 'Normalised value, multipliers expanded (数值): 4.27万 → 42700.' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Base unit (单位).' })
  unit?: string;

  @Field(() => String, { nullable: true, description: 'Qualifier as written (限定词): 超, 约, 余, 累计, 同比, 新增.' })
  qualifier?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'When the value held, a period: e.g. 2024 or 2025-06 (截至).' })
  asOf?: string;

  // Was String until the Period scalar: the same string on the wire and `string` in generated
  // clients, so changed in place (reviewed in schema/reviewed-changes.json).
  @Field(() => PeriodScalar, {
    nullable: true,
    description: 'Period the value is for: 2022, 2022-10, 2025H1, or 2018-2022 for a five-year sum (时期).',
  })
  period?: string;

  @Field(() => Int, { nullable: true, description: 'Year the value is for (年份).' })
  year?: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether the value is cumulative (累计).' })
  cumulative?: boolean;

  @Field(() => String, { nullable: true, description: 'The number as written (原文数值).' })
  raw?: string;

  @Field(() => Judgement, { nullable: true, description: 'Why it was read as this kind and period, with the cue (判断依据).' })
  judgement?: Judgement;

  @Field(() => [SourceSpan], { description: 'The sentences the value was read from (出处).' })
  sources!: SourceSpan[];
}
