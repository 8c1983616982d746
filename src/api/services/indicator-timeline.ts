import type { ApiContext } from '../context/context';
import type { PointData } from './points';
import { loadAll, relsOf } from './related';
import { buildTimeline, type EndInfo } from './timeline';

/** An Indicator's timeline: built once per store version, its sources' documents loaded per request. */
export function loadTimeline(ctx: ApiContext, indicatorId: string): Promise<PointData[]> {
  return ctx.loaders.memo(`timeline:${indicatorId}`, async () => {
    const version = await ctx.loaders.memo('store-version', () => ctx.store.version()); // once per request
    const points = await ctx.derived.get(version, `timeline:${indicatorId}`, () => computeTimeline(ctx, indicatorId));
    // Every point quotes a source; its document is loaded here once, not once per point.
    await ctx.loaders.preloadDocuments(points.map((p) => p.source.document));
    return points;
  });
}

/** Loads an Indicator's incoming target/measure edges and their Tasks/Results, then builds the timeline. */
async function computeTimeline(ctx: ApiContext, indicatorId: string): Promise<PointData[]> {
  const [rels, [indicator]] = await Promise.all([relsOf(ctx, indicatorId, 'IN', ['SETS_TARGET', 'MEASURED']), loadAll(ctx, [indicatorId])]);
  const ends = await loadAll(
    ctx,
    rels.map((r) => r.from),
  );
  const info = new Map<string, EndInfo>(
    ends.map((n) => [
      n.id,
      {
        period: typeof n.period === 'string' ? n.period : undefined,
        year: typeof n.year === 'number' ? n.year : undefined,
        sources: n.sources,
      },
    ]),
  );
  return buildTimeline(rels, info, indicator?.change === true);
}
