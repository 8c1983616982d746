import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphRelationship, NodeLabel, RelType } from '../../model';
import type { ApiContext } from '../context/context';
import { PageArgs } from '../inputs';
import { connectionCost } from '../limits/costs';
import type { NodeView } from '../loaders';
import { connectionOfList, loadAll, pageRequest, toLink, type Key } from '../services';
import {
  Agency,
  Document,
  Indicator,
  Node,
  NodeLabelEnum,
  Plan,
  Platform,
  Project,
  RelationConnection,
  RelationDirection,
  RelationEdge,
  RelationTypeEnum,
  Result,
  Task,
} from '../types';

// `relations` on every node type: each relationship as an edge with its sources, so every
// relationship a typed field shows (Plan.implements, Task.project, Platform.tasks …) can be
// quoted. Reading order of the relationship's first source, then id: a keyset that holds.

@ArgsType()
class RelationArgs extends PageArgs {
  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only these relationship types (关系类型).' })
  types?: RelType[];

  @Field(() => RelationDirection, { defaultValue: RelationDirection.BOTH, description: 'OUT, IN or BOTH, seen from this node (方向).' })
  direction!: RelationDirection;

  @Field(() => [NodeLabelEnum], { nullable: true, description: 'Only relationships whose other end has one of these labels (对端类型).' })
  labels?: NodeLabel[];

  @Field(() => ID, { nullable: true, description: 'Only relationships read from this document (来源文档).' })
  document?: string;
}

type EdgeData = Omit<RelationEdge, 'cursor'> & { otherId: string };

const keyOf = (r: GraphRelationship): Key => [r.type, r.sources[0]?.document ?? null, r.sources[0]?.start ?? null, r.id];
const ORDER = [1, 1, 1, 1] as const;
/** The order relations() lists relationships in: type, then where the first source stands, then id. */
export const byRelationOrder = (a: GraphRelationship, b: GraphRelationship) => {
  const ka = keyOf(a);
  const kb = keyOf(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] ?? '';
    const y = kb[i] ?? '';
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
};

export async function relationsOf(ctx: ApiContext, node: NodeView, args: RelationArgs) {
  const req = pageRequest(args, ctx.maxPageSize, `relations/${node.id}`);
  let rels = (await ctx.loaders.relationships.load(node.id)).filter(
    (r) =>
      (!args.types?.length || args.types.includes(r.type)) &&
      (args.direction === 'BOTH' || (args.direction === 'OUT' ? r.from === node.id : r.to === node.id)) &&
      (!args.document || r.sources.some((s) => s.document === args.document)),
  );
  const other = (r: GraphRelationship) => (r.from === node.id ? r.to : r.from);
  if (args.labels?.length) {
    const ends = new Set((await loadAll(ctx, rels.map(other), args.labels)).map((n) => n.id));
    rels = rels.filter((r) => ends.has(other(r)));
  }
  const derived = (r: GraphRelationship) => r.type === 'LED_TO' || r.type === 'CONTINUED_BY';
  const conn = connectionOfList([...rels].sort(byRelationOrder), keyOf, ORDER, req, (r): EdgeData => ({
    id: r.id,
    type: r.type,
    otherId: other(r),
    properties: r.properties,
    direction: r.from === node.id ? RelationDirection.OUT : RelationDirection.IN,
    sources: derived(r) ? toLink(r).evidence : r.sources,
  }));
  await ctx.loaders.preloadDocuments(rels.flatMap((r) => r.sources.map((s) => s.document)));
  return conn;
}

function relationsResolver(type: ClassType) {
  @Resolver(() => type)
  class Relations {
    @FieldResolver(() => RelationConnection, {
      complexity: connectionCost,
      description: 'Every relationship of this node as an edge with its sources (关系及出处), filtered and paged.',
    })
    relations(@Root() node: NodeView, @Args() args: RelationArgs, @Ctx() ctx: ApiContext) {
      return relationsOf(ctx, node, args);
    }
  }
  return Relations;
}

@Resolver(() => RelationEdge)
export class RelationEdgeResolver {
  @FieldResolver(() => Node, { description: 'The node at the other end (对端节点).' })
  node(@Root() edge: EdgeData, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(edge.otherId);
  }
}

export const RELATION_RESOLVERS = [Plan, Project, Task, Result, Indicator, Platform, Agency, Document].map(relationsResolver);
