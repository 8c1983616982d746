import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { NodeLabel } from '../../model';
import type { ApiContext } from '../context/context';
import { toView, type NodeView } from '../loaders';
import { Agency, Indicator, Node, Plan, Platform } from '../types';

// Direct lookups: by global id (Relay `node`) and by canonical name or alias. One convention for
// a miss: the field is null and there is no error (a client's default error policy would turn an
// error into a failed query); errors are kept for mistakes such as a malformed argument.

async function byName(ctx: ApiContext, label: NodeLabel, name: string): Promise<NodeView | null> {
  const node = await ctx.store.findByName(label, name);
  return node ? toView(node) : null;
}

@Resolver()
export class LookupResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id (按标识取节点); null, without an error, when unknown.' })
  node(@Arg('id', () => ID, { description: 'Global id from any `id` field (标识).' }) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(id);
  }

  @Query(() => Indicator, {
    nullable: true,
    description: 'An indicator by canonical name or alias (按名称取指标), e.g. 5G基站数; null, without an error, when unknown.',
  })
  indicator(@Arg('name', { description: 'Canonical name or alias (名称或别名).' }) name: string, @Ctx() ctx: ApiContext) {
    return byName(ctx, 'Indicator', name);
  }

  @Query(() => Plan, {
    nullable: true,
    description: 'A plan by name or alias, with or without 《》 (按名称取规划); null, without an error, when unknown.',
  })
  plan(@Arg('name', { description: 'Canonical name or alias (名称或别名).' }) name: string, @Ctx() ctx: ApiContext) {
    return byName(ctx, 'Plan', name);
  }

  @Query(() => Platform, {
    nullable: true,
    description: 'A platform by name or alias (按名称取平台), e.g. 城市云脑; null, without an error, when unknown.',
  })
  platform(@Arg('name', { description: 'Canonical name or alias (名称或别名).' }) name: string, @Ctx() ctx: ApiContext) {
    return byName(ctx, 'Platform', name);
  }

  @Query(() => Agency, {
    nullable: true,
    description: 'An agency by name or alias (按名称取部门), e.g. 市大数据局; null, without an error, when unknown.',
  })
  agency(@Arg('name', { description: 'Canonical name or alias (名称或别名).' }) name: string, @Ctx() ctx: ApiContext) {
    return byName(ctx, 'Agency', name);
  }
}
