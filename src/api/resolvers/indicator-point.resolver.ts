import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import type { PointData } from '../services';
import { IndicatorPoint, Result, Task } from '../types';

@Resolver(() => IndicatorPoint)
export class IndicatorPointResolver {
  @FieldResolver(() => Task, { nullable: true, description: 'For targets: the task that set it (任务).' })
  task(@Root() point: PointData, @Ctx() ctx: ApiContext) {
    return point.taskId ? ctx.loaders.entity(point.taskId) : null;
  }

  @FieldResolver(() => Result, { nullable: true, description: 'For reported values: the result that reported it (成效).' })
  result(@Root() point: PointData, @Ctx() ctx: ApiContext) {
    return point.resultId ? ctx.loaders.entity(point.resultId) : null;
  }
}
