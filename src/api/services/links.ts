import type { GraphRelationship, RelType } from '../../model';
import type { ApiContext } from '../context';
import { compareLinks, toLink, type LinkData } from './lineage';
import { loadAll, relsOf, type Side } from './related';

/** Derived links (LED_TO / CONTINUED_BY) with evidence completed from both ends' sources. */
export async function linksFrom(ctx: ApiContext, rels: readonly GraphRelationship[]): Promise<LinkData[]> {
  const ends = await loadAll(ctx, rels.flatMap((r) => [r.from, r.to]));
  const byId = new Map(ends.map((n) => [n.id, n]));
  return rels.map((r) => toLink(r, byId.get(r.from), byId.get(r.to))).sort(compareLinks);
}

export async function linksOf(ctx: ApiContext, id: string, side: Side, type: RelType): Promise<LinkData[]> {
  return linksFrom(ctx, await relsOf(ctx, id, side, [type]));
}
