import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { NodeLabel } from '../../model';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { listCost, MANY } from '../limits/costs';
import type { NodeView } from '../loaders';
import { snippet } from '../services';
import { Node, NodeLabelEnum, SearchHit } from '../types';

interface HitData { node: NodeView; score: number; snippet: string }

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    complexity: listCost(MANY),
    description: 'Chinese full-text search over names, aliases and source sentences (全文检索); '
      + 'bigram-aware, so 大模型 finds 政务大模型.',
  })
  async search(
    @Arg('text', { description: 'Words to find (检索词).' }) text: string,
    @Ctx() ctx: ApiContext,
    @Arg('labels', () => [NodeLabelEnum], { nullable: true, description: 'Only these kinds of node (节点类型).' }) labels?: NodeLabel[],
    @Arg('first', () => Int, { nullable: true, description: 'Most hits to return, default 20 (条数).' }) first?: number,
  ): Promise<HitData[]> {
    if (!text.trim()) throw badInput('text', 'must not be empty');
    const limit = first ?? 20;
    if (limit < 0 || limit > ctx.maxPageSize) throw badInput('first', `must be between 0 and ${ctx.maxPageSize} (got ${limit})`);
    const hits = await ctx.store.search({ text, labels: labels?.length ? labels : undefined, limit });
    const nodes = await Promise.all(hits.map((h) => ctx.loaders.entity(h.id)));
    return hits.flatMap((h, i) => {
      const node = nodes[i];
      return node ? [{ node, score: h.score, snippet: snippet(h.text || node.name, text) }] : [];
    });
  }

  @FieldResolver(() => Node, { description: 'The node that matched (命中节点).' })
  node(@Root() hit: HitData): NodeView {
    return hit.node;
  }
}
