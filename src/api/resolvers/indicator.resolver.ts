import { Arg, Args, Ctx, Extensions, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { PageArgs } from '../inputs';
import { connectionCost, listCost, SOME } from '../limits/costs';
import type { NodeView } from '../loaders';
import {
  bounded,
  connectionOfList,
  loadTimeline,
  NESTED_LIST,
  NESTED_MAX,
  pageRequest,
  relsOf,
  type Key,
  type PointData,
} from '../services';
import { Indicator, IndicatorPoint, IndicatorPointConnection, Measurement, Target, hasFiniteValue, toRelationshipView } from '../types';

/** A point's place in timeline order (comparePoints): year, period, targets first, value, edge id. */
const pointKey = (p: PointData): Key => [p.year ?? 0, p.period, p.kind === 'TARGET' ? 0 : 1, p.value, p.relationshipId];
const TIMELINE_DEFAULT = NESTED_MAX;
const firstArg = (what: string, fallback: number) => ({
  nullable: true,
  description: `Most ${what}, default ${fallback}, at most ${NESTED_MAX} (条数).`,
});

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Extensions(NESTED_LIST)
  @FieldResolver(() => [IndicatorPoint], {
    complexity: listCost(SOME),
    description:
      'Every target and reported value, ordered by period, targets with their attainment (指标时间线); at most `first`, page with timelineConnection.',
  })
  async timeline(
    @Root() indicator: NodeView,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, firstArg('points', TIMELINE_DEFAULT)) first?: number,
  ) {
    return bounded(await loadTimeline(ctx, indicator.id), first, TIMELINE_DEFAULT);
  }

  @FieldResolver(() => IndicatorPointConnection, {
    complexity: connectionCost,
    description: 'The timeline paged both ways, in timeline order (指标时间线分页).',
  })
  async timelineConnection(@Root() indicator: NodeView, @Args() args: PageArgs, @Ctx() ctx: ApiContext) {
    const req = pageRequest(args, ctx.maxPageSize, `timeline/${indicator.id}`);
    return connectionOfList(await loadTimeline(ctx, indicator.id), pointKey, [1, 1, 1, 1, 1], req);
  }

  @Extensions(NESTED_LIST)
  @FieldResolver(() => [Target], {
    complexity: listCost(SOME),
    description: 'Targets set on this indicator (目标, SETS_TARGET); at most `first`.',
  })
  async targets(@Root() indicator: NodeView, @Ctx() ctx: ApiContext, @Arg('first', () => Int, firstArg('targets', 100)) first?: number) {
    return bounded((await relsOf(ctx, indicator.id, 'IN', ['SETS_TARGET'])).filter(hasFiniteValue).map(toRelationshipView), first);
  }

  @Extensions(NESTED_LIST)
  @FieldResolver(() => [Measurement], {
    complexity: listCost(SOME),
    description: 'Values reported for this indicator (实际值, MEASURED); at most `first`.',
  })
  async measurements(
    @Root() indicator: NodeView,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, firstArg('values', 100)) first?: number,
  ) {
    return bounded((await relsOf(ctx, indicator.id, 'IN', ['MEASURED'])).filter(hasFiniteValue).map(toRelationshipView), first);
  }
}
