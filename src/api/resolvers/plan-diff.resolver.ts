import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { badInput } from '../conventions/errors';
import { FEW, listCost, MANY } from '../limits/costs';
import type { NodeView } from '../loaders';
import { planDiff, planSeries, type PlanDiffData, type ProjectChangeData, type TargetChangeData, type TaskChangeData } from '../services';
import {
  ChangeStatus,
  Indicator,
  Plan,
  PlanDiff,
  Project,
  EngineeringProjectChange,
  Target,
  TargetChange,
  TargetChangeStatus,
  Task,
  TaskChange,
  toRelationshipView,
  type RelationshipView,
} from '../types';

type DiffView = PlanDiffData & { continuedTasks: number; newTasks: number; droppedTasks: number };

@Resolver(() => PlanDiff)
export class PlanDiffResolver {
  @Query(() => PlanDiff, {
    nullable: true,
    complexity: listCost(MANY),
    description:
      'Compare two plans (规划对比), e.g. consecutive years of a series: tasks and projects new, continued or dropped, ' +
      'indicator targets raised, lowered, unchanged or new, each side quoted. Null when either id is not a plan.',
  })
  async planDiff(
    @Arg('from', () => ID, { description: 'Id of the earlier plan (前一规划).' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the later plan (后一规划).' }) to: string,
    @Ctx() ctx: ApiContext,
  ): Promise<DiffView | null> {
    if (from === to) throw badInput('to', 'must name another plan than `from`');
    const [a, b] = await Promise.all([ctx.loaders.entity(from), ctx.loaders.entity(to)]);
    if (a?.label !== 'Plan' || b?.label !== 'Plan') return null;
    const diff = await planDiff(ctx, a, b);
    const count = (s: string) => diff.tasks.filter((t) => t.status === s).length;
    return { ...diff, continuedTasks: count('CONTINUED'), newTasks: count('NEW'), droppedTasks: count('DROPPED') };
  }

  @FieldResolver(() => Plan, { description: 'The earlier plan (前一规划).' })
  from(@Root() diff: DiffView): NodeView {
    return diff.from;
  }

  @FieldResolver(() => Plan, { description: 'The later plan (后一规划).' })
  to(@Root() diff: DiffView): NodeView {
    return diff.to;
  }

  @FieldResolver(() => [TaskChange], {
    complexity: listCost(MANY),
    description: 'Every task of either plan and what became of it, earlier plan’s first (任务变化).',
  })
  tasks(
    @Root() diff: DiffView,
    @Arg('status', () => ChangeStatus, { nullable: true, description: 'Only this change (变化).' }) status?: ChangeStatus,
  ) {
    return status ? diff.tasks.filter((t) => t.status === status) : diff.tasks;
  }

  @FieldResolver(() => [EngineeringProjectChange], {
    complexity: listCost(FEW),
    description: 'Every engineering project of either plan and what became of it (工程变化).',
  })
  projects(@Root() diff: DiffView) {
    return diff.projects;
  }

  @FieldResolver(() => [TargetChange], {
    complexity: listCost(FEW),
    description: 'Every indicator either plan sets a target on, and how the target changed (目标变化).',
  })
  targets(
    @Root() diff: DiffView,
    @Arg('status', () => TargetChangeStatus, { nullable: true, description: 'Only this change (变化).' }) status?: TargetChangeStatus,
  ) {
    return status ? diff.targets.filter((t) => t.status === status) : diff.targets;
  }
}

@Resolver(() => TaskChange)
export class TaskChangeResolver {
  @FieldResolver(() => Task, { nullable: true, description: 'The task in the earlier plan; null when NEW (前期任务).' })
  from(@Root() c: TaskChangeData) {
    return c.from;
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task in the later plan; null when DROPPED (后期任务).' })
  to(@Root() c: TaskChangeData) {
    return c.to;
  }
}

@Resolver(() => EngineeringProjectChange)
export class EngineeringProjectChangeResolver {
  @FieldResolver(() => Project, { nullable: true, description: 'The project in the earlier plan; null when NEW (前期工程).' })
  from(@Root() c: ProjectChangeData) {
    return c.from;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project in the later plan; null when DROPPED (后期工程).' })
  to(@Root() c: ProjectChangeData) {
    return c.to;
  }
}

@Resolver(() => TargetChange)
export class TargetChangeResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator (指标).' })
  indicator(@Root() c: TargetChangeData, @Ctx() ctx: ApiContext) {
    return ctx.loaders.entity(c.indicatorId);
  }

  @FieldResolver(() => Target, { nullable: true, description: 'The earlier plan’s target, quoted; null when NEW (前期目标).' })
  from(@Root() c: TargetChangeData): RelationshipView | null {
    return c.from ? toRelationshipView(c.from) : null;
  }

  @FieldResolver(() => Target, { nullable: true, description: 'The later plan’s target, quoted; null when DROPPED (后期目标).' })
  to(@Root() c: TargetChangeData): RelationshipView | null {
    return c.to ? toRelationshipView(c.to) : null;
  }
}

@Resolver(() => Plan)
export class PlanSeriesResolver {
  @FieldResolver(() => [Plan], {
    complexity: listCost(FEW),
    description: 'The plan’s series (系列), oldest first: every plan joined to it by SUCCEEDS, itself included.',
  })
  series(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return planSeries(ctx, plan);
  }
}
