import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import type { NodeView } from '../loaders';
import type { LinkData } from '../services';
import { Continuation, Node, Task } from '../types';

@Resolver(() => Continuation)
export class ContinuationResolver {
  @FieldResolver(() => Task, { description: 'The earlier task (前期任务).' })
  from(@Root() link: LinkData, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(link.fromId);
  }

  @FieldResolver(() => Task, { description: 'The later task carrying it on (后续任务).' })
  to(@Root() link: LinkData, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(link.toId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The shared indicator, platform or project (关联节点).' })
  via(@Root() link: LinkData, @Ctx() ctx: ApiContext): NodeView | null | Promise<NodeView | null> {
    return link.viaId ? ctx.loaders.entity(link.viaId) : null;
  }
}
