import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { NodeLabel } from '../../model';
import type { ApiContext } from '../context';
import { badInput, notFound } from '../errors';
import { listCost, MANY } from '../limits/costs';
import type { NodeView } from '../loaders';
import { linksFrom, type LinkData } from '../services';
import { LineageLink, Node, Result, Task } from '../types';

async function idOf(ctx: ApiContext, label: NodeLabel, name: string | undefined): Promise<string | undefined> {
  if (!name) return undefined;
  const node = await ctx.store.findByName(label, name);
  if (!node) throw notFound(label, name);
  return node.id;
}

@Resolver(() => LineageLink)
export class LineageResolver {
  @Query(() => [LineageLink], {
    complexity: listCost(MANY),
    description: 'Which tasks of one year led to which results of a later year, and why (任务→成效溯源), strongest first.',
  })
  async lineage(
    @Arg('fromYear', () => Int, { description: 'Year of the tasks (任务年份), e.g. 2023.' }) fromYear: number,
    @Arg('toYear', () => Int, { description: 'Year of the results (成效年份), e.g. 2024.' }) toYear: number,
    @Ctx() ctx: ApiContext,
    @Arg('indicator', () => String, { nullable: true, description: 'Only links through this indicator, by name or alias (指标).' }) indicator?: string,
    @Arg('platform', () => String, { nullable: true, description: 'Only links through this platform, by name or alias (平台).' }) platform?: string,
    @Arg('first', () => Int, { nullable: true, description: 'Most links to return, default 20 (条数).' }) first?: number,
  ): Promise<LinkData[]> {
    if (toYear < fromYear) throw badInput('toYear', `must not be before fromYear (${fromYear})`);
    const limit = first ?? 20;
    if (limit < 0 || limit > ctx.maxPageSize) throw badInput('first', `must be between 0 and ${ctx.maxPageSize} (got ${limit})`);
    const [indicatorId, platformId] = await Promise.all([idOf(ctx, 'Indicator', indicator), idOf(ctx, 'Platform', platform)]);
    const rels = await ctx.store.lineage({ fromYear, toYear, indicatorId, platformId, limit });
    return linksFrom(ctx, rels);
  }

  @FieldResolver(() => Task, { description: 'The earlier task (前期任务).' })
  task(@Root() link: LinkData, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(link.fromId);
  }

  @FieldResolver(() => Result, { description: 'The later result (后期成效).' })
  result(@Root() link: LinkData, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(link.toId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The shared indicator, platform or project the link goes through (关联节点).' })
  via(@Root() link: LinkData, @Ctx() ctx: ApiContext): NodeView | null | Promise<NodeView | null> {
    return link.viaId ? ctx.loaders.entity(link.viaId) : null;
  }
}
