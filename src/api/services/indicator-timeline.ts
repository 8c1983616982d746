import type { ApiContext } from '../context';
import type { PointData } from './points';
import { loadAll, relsOf } from './related';
import { buildTimeline, type EndInfo } from './timeline';

/** Loads an Indicator's incoming target/measure edges and their Tasks/Results, then builds the timeline. */
export function loadTimeline(ctx: ApiContext, indicatorId: string): Promise<PointData[]> {
  return ctx.loaders.memo(`timeline:${indicatorId}`, () => computeTimeline(ctx, indicatorId));
}

async function computeTimeline(ctx: ApiContext, indicatorId: string): Promise<PointData[]> {
  const rels = await relsOf(ctx, indicatorId, 'IN', ['SETS_TARGET', 'MEASURED']);
  const ends = await loadAll(ctx, rels.map((r) => r.from));
  const info = new Map<string, EndInfo>(ends.map((n) => [n.id, {
    period: typeof n.period === 'string' ? n.period : undefined,
    year: typeof n.year === 'number' ? n.year : undefined,
    sources: n.sources,
  }]));
  return buildTimeline(rels, info);
}
