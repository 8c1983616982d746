import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { listCost, SOME } from '../limits/costs';
import type { NodeView } from '../loaders';
import { loadTimeline, relsOf } from '../services';
import { Indicator, IndicatorPoint, Measurement, Target, hasFiniteValue, toRelationshipView } from '../types';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [IndicatorPoint], {
    complexity: listCost(SOME),
    description: 'Every target and reported value, ordered by period, targets with their attainment (指标时间线).',
  })
  timeline(@Root() indicator: NodeView, @Ctx() ctx: ApiContext) {
    return loadTimeline(ctx, indicator.id);
  }

  @FieldResolver(() => [Target], { complexity: listCost(SOME), description: 'Targets set on this indicator (目标, SETS_TARGET).' })
  async targets(@Root() indicator: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, indicator.id, 'IN', ['SETS_TARGET'])).filter(hasFiniteValue).map(toRelationshipView);
  }

  @FieldResolver(() => [Measurement], { complexity: listCost(SOME), description: 'Values reported for this indicator (实际值, MEASURED).' })
  async measurements(@Root() indicator: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, indicator.id, 'IN', ['MEASURED'])).filter(hasFiniteValue).map(toRelationshipView);
  }
}
