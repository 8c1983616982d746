import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { FEW, listCost, SOME } from '../limits/costs';
import type { NodeView } from '../loaders';
import { byReadingOrder, related } from '../services';
import { Platform, Project, Result, Task } from '../types';

@Resolver(() => Platform)
export class PlatformResolver {
  @FieldResolver(() => [Task], { complexity: listCost(SOME), description: 'Tasks involving the platform, all years (相关任务, INVOLVES).' })
  tasks(@Root() platform: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, platform.id, 'IN', ['INVOLVES'], ['Task']);
  }

  @FieldResolver(() => [Result], { complexity: listCost(SOME), description: 'Results involving the platform, all years (相关成效).' })
  results(@Root() platform: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, platform.id, 'IN', ['INVOLVES'], ['Result']);
  }

  @FieldResolver(() => [Project], { complexity: listCost(FEW), description: 'Engineering projects involving the platform (相关工程).' })
  projects(@Root() platform: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, platform.id, 'IN', ['INVOLVES'], ['EngineeringProject']);
  }

  @FieldResolver(() => [Platform], { complexity: listCost(FEW), description: 'Versions and parts of the platform, either way, e.g. 城市云脑2.0 (相关平台, RELATED_TO).' })
  async related(@Root() platform: NodeView, @Ctx() ctx: ApiContext) {
    const [out, inc] = await Promise.all([
      related(ctx, platform.id, 'OUT', ['RELATED_TO'], ['Platform']),
      related(ctx, platform.id, 'IN', ['RELATED_TO'], ['Platform']),
    ]);
    return [...out, ...inc].sort(byReadingOrder);
  }
}
