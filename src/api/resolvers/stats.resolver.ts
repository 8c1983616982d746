import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { Stats } from '../types';

const counts = (rec: Record<string, number>) =>
  Object.entries(rec)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts by label and type; tasks and results by domain and year (统计).' })
  async stats(@Ctx() ctx: ApiContext): Promise<Stats> {
    const s = await ctx.store.stats();
    return {
      nodesByLabel: counts(s.nodesByLabel),
      relationshipsByType: counts(s.relationshipsByType),
      byDomainYear: s.tasksByDomainYear.map((r) => ({ ...r, year: r.year ?? undefined })),
    };
  }
}
