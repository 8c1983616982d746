import { Arg, Ctx, Extensions, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { FEW, listCost, SOME } from '../limits/costs';
import type { NodeView } from '../loaders';
import { bounded, byReadingOrder, NESTED_DEFAULT, NESTED_LIST, NESTED_MAX, related } from '../services';
import { Platform, Project, Result, Task } from '../types';

const FIRST = {
  nullable: true,
  description: `Most items, default ${NESTED_DEFAULT}, at most ${NESTED_MAX}; every one with its sources in relations (条数).`,
};

@Resolver(() => Platform)
export class PlatformResolver {
  @Extensions(NESTED_LIST)
  @FieldResolver(() => [Task], {
    complexity: listCost(SOME),
    description: 'Tasks involving the platform, all years (相关任务, INVOLVES); at most `first`.',
  })
  async tasks(@Root() platform: NodeView, @Ctx() ctx: ApiContext, @Arg('first', () => Int, FIRST) first?: number) {
    return bounded(await related(ctx, platform.id, 'IN', ['INVOLVES'], ['Task']), first);
  }

  @Extensions(NESTED_LIST)
  @FieldResolver(() => [Result], {
    complexity: listCost(SOME),
    description: 'Results involving the platform, all years (相关成效); at most `first`.',
  })
  async results(@Root() platform: NodeView, @Ctx() ctx: ApiContext, @Arg('first', () => Int, FIRST) first?: number) {
    return bounded(await related(ctx, platform.id, 'IN', ['INVOLVES'], ['Result']), first);
  }

  @Extensions(NESTED_LIST)
  @FieldResolver(() => [Project], { complexity: listCost(FEW), description: 'Engineering projects involving the platform (相关工程).' })
  async projects(@Root() platform: NodeView, @Ctx() ctx: ApiContext, @Arg('first', () => Int, FIRST) first?: number) {
    return bounded(await related(ctx, platform.id, 'IN', ['INVOLVES'], ['EngineeringProject']), first);
  }

  @FieldResolver(() => [Platform], {
    complexity: listCost(FEW),
    description: 'Versions and parts of the platform, either way, e.g. 城市云脑2.0 (相关平台, RELATED_TO).',
  })
  async related(@Root() platform: NodeView, @Ctx() ctx: ApiContext) {
    const [out, inc] = await Promise.all([
      related(ctx, platform.id, 'OUT', ['RELATED_TO'], ['Platform']),
      related(ctx, platform.id, 'IN', ['RELATED_TO'], ['Platform']),
    ]);
    return [...out, ...inc].sort(byReadingOrder);
  }
}
