import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { buildTimeline, type EndInfo } from '../../src/api/services/timeline';
import { compareLinks, toLink } from '../../src/api/services/lineage';
import { snippet } from '../../src/api/services/snippet';
import { flat, nodeById, type StockContext } from './context';
import { StockHit, StockIndicator, StockLink, StockNode, StockTaskConnection, StockWorkFilter, type Flat } from './types';

// Root fields of the query mix, each a direct store call; nested fields resolve one by one.

@Resolver()
export class StockQueryResolver {
  @Query(() => StockNode, { nullable: true })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: StockContext) {
    return nodeById(ctx, id);
  }

  @Query(() => StockTaskConnection)
  async tasks(
    @Ctx() ctx: StockContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('filter', () => StockWorkFilter, { nullable: true }) filter?: StockWorkFilter,
  ) {
    const where: Record<string, string | number> = {};
    if (filter?.year !== undefined && filter.year !== null) where.year = filter.year;
    if (filter?.domain) where.domain = filter.domain;
    const limit = first ?? 20;
    const page = await ctx.store.findNodes({ label: 'Task', where, limit, offset: 0, sort: { field: 'name', direction: 'ASC' } });
    return {
      totalCount: page.total,
      pageInfo: {
        hasNextPage: page.total > limit,
        endCursor: page.items.length ? Buffer.from(`o:${page.items.length}`).toString('base64url') : null,
      },
      nodes: page.items.map(flat),
    };
  }

  @Query(() => [StockLink])
  async lineage(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: StockContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    const rels = await ctx.store.lineage({ fromYear, toYear, limit: first ?? 20 });
    const links = [];
    for (const rel of rels) {
      const [task, result] = [await nodeById(ctx, rel.from), await nodeById(ctx, rel.to)];
      const link = toLink(rel, task ?? undefined, result ?? undefined);
      links.push({ ...link, task, result, via: link.viaId ? await nodeById(ctx, link.viaId) : null });
    }
    return links.sort(compareLinks);
  }

  @Query(() => StockIndicator, { nullable: true })
  async indicator(@Arg('name') name: string, @Ctx() ctx: StockContext) {
    const n = await ctx.store.findByName('Indicator', name);
    if (!n) return null;
    const rels = await ctx.store.relationships({ nodeIds: [n.id], direction: 'IN', types: ['SETS_TARGET', 'MEASURED'] });
    const ends = new Map<string, EndInfo>();
    for (const r of rels) {
      const end = await nodeById(ctx, r.from);
      if (end) ends.set(end.id, { period: end.period as string | undefined, year: end.year as number | undefined, sources: end.sources });
    }
    return { ...flat(n), timeline: buildTimeline(rels, ends) };
  }

  @Query(() => [StockHit])
  async search(@Arg('text') text: string, @Ctx() ctx: StockContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    const hits = await ctx.store.search({ text, limit: first ?? 20 });
    const out: { score: number; snippet: string; node: Flat }[] = [];
    for (const h of hits) {
      const node = await nodeById(ctx, h.id);
      if (node) out.push({ score: h.score, snippet: snippet(h.text || node.name, text), node });
    }
    return out;
  }
}
