import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { NodeLabel } from '../../model';
import type { ApiContext } from '../context/context';
import { badInput } from '../conventions/errors';
import { PageArgs } from '../inputs';
import { connectionCost, listCost, MANY } from '../limits/costs';
import type { NodeView } from '../loaders';
import { connectionOfList, pageRequest, searchGraph, snippet, type HitData, type Key } from '../services';
import { MatchMode, Node, NodeLabelEnum, SearchConnection, SearchEdge, SearchHit } from '../types';

@ArgsType()
class SearchArgs extends PageArgs {
  @Field({ description: 'Words to find, separated by spaces (检索词).' })
  text!: string;

  @Field(() => MatchMode, { defaultValue: MatchMode.ALL, description: 'ALL terms (default) or ANY (匹配方式).' })
  match!: MatchMode;

  @Field(() => [NodeLabelEnum], { nullable: true, description: 'Only these kinds of node; Document searches document texts (节点类型).' })
  labels?: NodeLabel[];
}

const keyOf = (h: HitData): Key => [h.tier, h.score, h.node.id];
const ORDER = [1, -1, 1] as const;
const byRank = (a: HitData, b: HitData) =>
  a.tier - b.tier || b.score - a.score || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0);

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchConnection, {
    complexity: connectionCost,
    description:
      'Full-text search over names, aliases, source sentences and document texts (全文检索), ' +
      'bigram-aware (大模型 finds 政务大模型), paged, with per-term hit counts and a hint when empty.',
  })
  async searchHits(@Args() args: SearchArgs, @Ctx() ctx: ApiContext) {
    if (!args.text.trim()) throw badInput('text', 'must not be empty');
    const labels = args.labels?.length ? args.labels : undefined;
    const scope = `search/${args.match}/${[...(labels ?? [])].sort().join(',')}/${args.text.trim()}`;
    const req = pageRequest(args, ctx.maxPageSize, scope);
    const answer = await searchGraph(ctx, args.text, args.match, labels);
    const conn = connectionOfList(answer.hits.sort(byRank), keyOf, ORDER, req, (h) => ({
      score: h.score,
      snippet: h.snippet,
      matchedIn: h.matchedIn,
    }));
    return { ...conn, terms: answer.terms, hint: answer.hint };
  }

  @Query(() => [SearchHit], {
    complexity: listCost(MANY),
    deprecationReason: 'Use searchHits: a connection with match ALL|ANY, document texts, term counts and a hint.',
    description:
      'Chinese full-text search over names, aliases and source sentences (全文检索); ' + 'bigram-aware, so 大模型 finds 政务大模型.',
  })
  async search(
    @Arg('text', { description: 'Words to find (检索词).' }) text: string,
    @Ctx() ctx: ApiContext,
    @Arg('labels', () => [NodeLabelEnum], { nullable: true, description: 'Only these kinds of node (节点类型).' }) labels?: NodeLabel[],
    @Arg('first', () => Int, { nullable: true, description: 'Most hits to return, default 20 (条数).' }) first?: number,
  ): Promise<{ node: NodeView; score: number; snippet: string }[]> {
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

@Resolver(() => SearchEdge)
export class SearchEdgeResolver {
  @FieldResolver(() => Node, { description: 'The node or document that matched (命中节点).' })
  node(@Root() edge: { node: HitData }): NodeView {
    return edge.node.node;
  }
}
