import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AttainmentStatus, Comparator, PointKind } from './enums';
import { PeriodScalar } from './period.scalar';
import { SourceSpan } from './source-span.type';

// IndicatorPoint and Attainment refer to each other, so they share this file.

@ObjectType('IndicatorPoint', {
  simpleResolvers: true,
  description: 'One point on an indicator’s timeline (指标时间点): a target or a reported value.',
})
export class IndicatorPoint {
  @Field(() => PointKind, { description: 'TARGET (目标值) or ACTUAL (实际值).' })
  kind!: PointKind;

  @Field(() => PeriodScalar, { description: 'Period the value is for, e.g. 2023, 2025H1 (时期).' })
  period!: string;

  @Field(() => Int, { nullable: true, description: 'Year of the period (年份).' })
  year?: number;

  @Field(() => Float, { description: 'Normalised value (数值).' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Base unit (单位).' })
  unit?: string;

  @Field(() => Comparator, { nullable: true, description: 'For targets: how the value is meant (比较方式).' })
  comparator?: Comparator;

  @Field(() => String, { nullable: true, description: 'For reported values: qualifier as written (限定词), e.g. 超, 约.' })
  qualifier?: string;

  @Field(() => String, { nullable: true, description: 'The number as written (原文数值).' })
  raw?: string;

  @Field(() => SourceSpan, { description: 'The sentence the value was read from (出处).' })
  source!: SourceSpan;

  @Field(() => Attainment, { nullable: true, description: 'For targets: whether and how far it was met (完成情况).' })
  attainment?: object; // Attainment, declared below (typed loosely to avoid a forward reference)
}

@ObjectType('Attainment', {
  simpleResolvers: true,
  description:
    'Whether a target was met (目标完成情况): judged against the value reported for the target’s period, else the ' +
    'first reported value for the target year or later, with the same unit; ratio = actual / target.',
})
export class Attainment {
  @Field(() => AttainmentStatus, { description: 'MET, NOT_MET or NO_DATA (状态).' })
  status!: AttainmentStatus;

  @Field(() => IndicatorPoint, { nullable: true, description: 'The reported value the target was judged against (实际值).' })
  actual?: IndicatorPoint;

  @Field(() => Float, { nullable: true, description: 'actual / target, e.g. 1.27 means 27% above target (完成率).' })
  ratio?: number;
}
