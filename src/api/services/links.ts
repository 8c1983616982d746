import type { GraphRelationship, RelType } from '../../model';
import type { ApiContext } from '../context/context';
import { compareLinks, toLink, type LinkData } from './lineage';
import { loadAll, relsOf, type Side } from './related';

/** Derived links (LED_TO / CONTINUED_BY) with evidence completed from both ends' sources. */
export async function linksFrom(ctx: ApiContext, rels: readonly GraphRelationship[]): Promise<LinkData[]> {
  const ends = await loadAll(
    ctx,
    rels.flatMap((r) => [r.from, r.to]),
  );
  const byId = new Map(ends.map((n) => [n.id, n]));
  const links = rels.map((r) => toLink(r, byId.get(r.from), byId.get(r.to))).sort(compareLinks);
  // Evidence quotes a few documents many times: load them once, so spans resolve without waiting.
  await ctx.loaders.preloadDocuments(links.flatMap((l) => l.evidence.map((s) => s.document)));
  return links;
}

export async function linksOf(ctx: ApiContext, id: string, side: Side, type: RelType): Promise<LinkData[]> {
  return linksFrom(ctx, await relsOf(ctx, id, side, [type]));
}
