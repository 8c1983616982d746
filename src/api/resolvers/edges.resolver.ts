import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Agency, Indicator, Measurement, Node, Responsibility, Result, Target, Task, type RelationshipView } from '../types';

// The two ends of relationship-with-properties types, loaded in batches.

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Task, { description: 'The task setting the target (任务).' })
  task(@Root() rel: RelationshipView, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(rel.from);
  }

  @FieldResolver(() => Indicator, { description: 'The indicator targeted (指标).' })
  indicator(@Root() rel: RelationshipView, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(rel.to);
  }
}

@Resolver(() => Measurement)
export class MeasurementResolver {
  @FieldResolver(() => Result, { description: 'The result reporting the value (成效).' })
  result(@Root() rel: RelationshipView, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(rel.from);
  }

  @FieldResolver(() => Indicator, { description: 'The indicator measured (指标).' })
  indicator(@Root() rel: RelationshipView, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(rel.to);
  }
}

@Resolver(() => Responsibility)
export class ResponsibilityResolver {
  @FieldResolver(() => Agency, { description: 'The agency (部门).' })
  agency(@Root() rel: RelationshipView, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(rel.from);
  }

  @FieldResolver(() => Node, { description: 'The plan, project or task it is responsible for (负责对象).' })
  subject(@Root() rel: RelationshipView, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(rel.to);
  }
}
