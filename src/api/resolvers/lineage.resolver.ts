import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { NodeLabel } from '../../model';
import type { ApiContext } from '../context/context';
import { badInput, notFound } from '../conventions/errors';
import { PageArgs } from '../inputs';
import { connectionCost, listCost, MANY } from '../limits/costs';
import type { NodeView } from '../loaders';
import { connectionOfList, linksFrom, loadAll, pageRequest, relsOf, type Key, type LinkData } from '../services';
import { LineageLink, LineageLinkConnection, Node, Result, Task } from '../types';

async function idOf(ctx: ApiContext, label: NodeLabel, name: string | undefined): Promise<string | undefined> {
  if (!name) return undefined;
  const node = await ctx.store.findByName(label, name);
  if (!node) throw notFound(label, name);
  return node.id;
}

/** Most links the store hands over before filters and paging. */
const LINEAGE_CAP = 2000;

@ArgsType()
class LineageArgs extends PageArgs {
  @Field(() => Int, { description: 'Year of the tasks (任务年份), e.g. 2023.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Year of the results (成效年份), e.g. 2024.' })
  toYear!: number;

  @Field(() => String, { nullable: true, description: 'Only links through this indicator, by name or alias; unknown gives none (指标).' })
  indicator?: string;

  @Field(() => String, { nullable: true, description: 'Only links through this platform, by name or alias; unknown gives none (平台).' })
  platform?: string;

  @Field(() => ID, { nullable: true, description: 'Only links whose task belongs to this engineering project, by id (所属工程).' })
  project?: string;

  @Field(() => String, { nullable: true, description: 'Only links whose task or result is in this domain, e.g. 数字政府 (领域).' })
  domain?: string;
}

/** A name that must resolve: undefined when not asked, null when asked and unknown. */
async function maybeId(ctx: ApiContext, label: NodeLabel, name: string | undefined): Promise<string | null | undefined> {
  if (!name) return undefined;
  return (await ctx.store.findByName(label, name))?.id ?? null;
}

const linkKey = (l: LinkData): Key => [l.score, l.id];

@Resolver(() => LineageLink)
export class LineageResolver {
  @Query(() => LineageLinkConnection, {
    complexity: connectionCost,
    description:
      'Which tasks of one year led to which results of a later year, and why (任务→成效溯源), strongest first, paged; ' +
      'filter by indicator, platform, project or domain.',
  })
  async lineageLinks(@Args() args: LineageArgs, @Ctx() ctx: ApiContext) {
    if (args.toYear < args.fromYear) throw badInput('toYear', `must not be before fromYear (${args.fromYear})`);
    const scope = `lineage/${args.fromYear}/${args.toYear}`;
    const req = pageRequest(args, ctx.maxPageSize, scope);
    const [indicatorId, platformId] = await Promise.all([
      maybeId(ctx, 'Indicator', args.indicator),
      maybeId(ctx, 'Platform', args.platform),
    ]);
    let links: LinkData[] = [];
    if (indicatorId !== null && platformId !== null) {
      const rels = await ctx.store.lineage({ fromYear: args.fromYear, toYear: args.toYear, indicatorId, platformId, limit: LINEAGE_CAP });
      links = await linksFrom(ctx, rels);
    }
    if (args.domain) {
      const ends = new Map(
        (
          await loadAll(
            ctx,
            links.flatMap((l) => [l.fromId, l.toId]),
          )
        ).map((n) => [n.id, n]),
      );
      links = links.filter((l) => ends.get(l.fromId)?.domain === args.domain || ends.get(l.toId)?.domain === args.domain);
    }
    if (args.project) {
      const owners = await Promise.all(links.map((l) => relsOf(ctx, l.fromId, 'IN', ['HAS_TASK'])));
      links = links.filter((_, i) => owners[i]?.some((r) => r.from === args.project));
    }
    return connectionOfList(links, linkKey, [-1, 1], req);
  }

  @Query(() => [LineageLink], {
    complexity: listCost(MANY),
    deprecationReason: 'Use lineageLinks: a connection with totalCount, cursors both ways and project/domain filters.',
    description: 'Which tasks of one year led to which results of a later year, and why (任务→成效溯源), strongest first.',
  })
  async lineage(
    @Arg('fromYear', () => Int, { description: 'Year of the tasks (任务年份), e.g. 2023.' }) fromYear: number,
    @Arg('toYear', () => Int, { description: 'Year of the results (成效年份), e.g. 2024.' }) toYear: number,
    @Ctx() ctx: ApiContext,
    @Arg('indicator', () => String, { nullable: true, description: 'Only links through this indicator, by name or alias (指标).' })
    indicator?: string,
    @Arg('platform', () => String, { nullable: true, description: 'Only links through this platform, by name or alias (平台).' })
    platform?: string,
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
