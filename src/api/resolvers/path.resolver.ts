import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { badInput } from '../conventions/errors';
import { loadAll, toPath, type PathData, type StepData } from '../services';
import { GraphPath, Node, PathStep } from '../types';

// The stores search at most 10 hops (Neo4j needs a literal bound), so the API accepts no more.
const MAX_HOPS = 10;

@Resolver(() => GraphPath)
export class PathResolver {
  @Query(() => GraphPath, {
    nullable: true,
    description:
      'A shortest path between two nodes, in order (最短路径); null, without an error, when either id is unknown or no path is within maxHops.',
  })
  async path(
    @Arg('from', () => ID, { description: 'Id of the start node (起点).' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the end node (终点).' }) to: string,
    @Ctx() ctx: ApiContext,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `Longest path to consider, 1–${MAX_HOPS} (最大跳数).` }) maxHops: number,
  ): Promise<PathData | null> {
    if (maxHops < 1 || maxHops > MAX_HOPS) throw badInput('maxHops', `must be between 1 and ${MAX_HOPS} (got ${maxHops})`);
    const [a, b] = await Promise.all([ctx.loaders.entity(from), ctx.loaders.entity(to)]);
    // A miss is null without an error, as node(id:) and the by-name lookups answer (README).
    if (!a || !b) return null;
    const result = await ctx.store.shortestPath(from, to, maxHops);
    return result ? toPath(result) : null;
  }

  @FieldResolver(() => [Node], { description: 'The nodes, start to end (节点).' })
  async nodes(@Root() path: PathData, @Ctx() ctx: ApiContext) {
    const nodes = await loadAll(ctx, path.nodeIds);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return path.nodeIds.flatMap((id) => byId.get(id) ?? []);
  }

  @FieldResolver(() => [PathStep], { description: 'The hops, in path order (步骤).' })
  steps(@Root() path: PathData): StepData[] {
    return path.steps;
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => Node, { description: 'Node this hop leaves, in path order (起点).' })
  from(@Root() step: StepData, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(step.fromId);
  }

  @FieldResolver(() => Node, { description: 'Node this hop reaches, in path order (终点).' })
  to(@Root() step: StepData, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(step.toId);
  }
}
