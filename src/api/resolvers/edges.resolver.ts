import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { NodeView } from '../loaders';
import type { ApiContext } from '../context/context';
import { yearOfPeriod } from '../services';
import { Agency, Indicator, Measurement, Node, PeriodScalar, Responsibility, Result, Target, Task, type RelationshipView } from '../types';

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

  // The relationship's own time (the sentence that says so: 2023年印发) comes first; without one,
  // the time of the task, project or plan it is responsible for.
  @FieldResolver(() => PeriodScalar, {
    nullable: true,
    description: 'When: the period its sentence gives, else that of what it is responsible for (时期).',
  })
  async period(@Root() rel: RelationshipView, @Ctx() ctx: ApiContext): Promise<string | null> {
    const own = rel.properties.period ?? rel.properties.year;
    if (own !== undefined && own !== null) return String(own);
    const subject: NodeView | null = await ctx.loaders.entity(rel.to);
    const p = subject?.period ?? subject?.year;
    return p === undefined || p === null ? null : String(p);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The year of that period (年份).' })
  async year(@Root() rel: RelationshipView, @Ctx() ctx: ApiContext): Promise<number | null> {
    const own = rel.properties.period ?? rel.properties.year;
    if (own !== undefined && own !== null) return yearOfPeriod(String(own)) ?? null;
    const subject: NodeView | null = await ctx.loaders.entity(rel.to);
    return typeof subject?.year === 'number' ? subject.year : null;
  }
}
