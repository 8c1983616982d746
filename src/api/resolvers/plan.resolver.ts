import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { OwnedTasksResolver } from './owned-tasks.resolver';

import { FEW, listCost, MANY, SOME } from '../limits/costs';
import type { NodeView } from '../loaders';
import { byReadingOrder, planFacts, related, relsOf } from '../services';
import { Agency, Document, Plan, PlanFact, Project, Responsibility, toRelationshipView } from '../types';

/** Projects in their declared order (一、二、三…), then as the text lists them. */
const byOrdinal = (a: NodeView, b: NodeView) => Number(a.ordinal ?? Infinity) - Number(b.ordinal ?? Infinity) || byReadingOrder(a, b);

@Resolver(() => Plan)
export class PlanResolver extends OwnedTasksResolver(Plan, {
  throughProjects: true,
  size: MANY,
  tasks: 'Every task of the plan, directly or through its projects, in reading order (任务, HAS_TASK); at most `first`.',
  tasksConnection: 'The plan’s tasks, paged both ways, each edge quoting where the task is set (任务分页及出处).',
}) {
  @FieldResolver(() => [Project], {
    complexity: listCost(SOME),
    description: 'Engineering projects of the plan, in order (工程, HAS_PROJECT).',
  })
  async projects(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return (await related(ctx, plan.id, 'OUT', ['HAS_PROJECT'], ['EngineeringProject'])).sort(byOrdinal);
  }

  @FieldResolver(() => [Plan], { complexity: listCost(FEW), description: 'Higher plans this plan carries out (贯彻落实, IMPLEMENTS).' })
  implements(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, plan.id, 'OUT', ['IMPLEMENTS'], ['Plan']);
  }

  @FieldResolver(() => [Plan], { complexity: listCost(FEW), description: 'Plans that carry this one out (落实本规划的方案).' })
  implementedBy(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, plan.id, 'IN', ['IMPLEMENTS'], ['Plan']);
  }

  @FieldResolver(() => [Plan], { complexity: listCost(FEW), description: 'The previous plan in the series (上一期, SUCCEEDS).' })
  succeeds(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, plan.id, 'OUT', ['SUCCEEDS'], ['Plan']);
  }

  @FieldResolver(() => [Plan], { complexity: listCost(FEW), description: 'The next plan in the series (下一期).' })
  succeededBy(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, plan.id, 'IN', ['SUCCEEDS'], ['Plan']);
  }

  @FieldResolver(() => [Plan], {
    complexity: listCost(FEW),
    description: 'Programmes this plan is part of (所属工程/计划, PART_OF), e.g. 数字青岛2.0.',
  })
  partOf(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, plan.id, 'OUT', ['PART_OF'], ['Plan']);
  }

  @FieldResolver(() => [Plan], { complexity: listCost(FEW), description: 'Annual plans inside this programme (组成部分).' })
  parts(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, plan.id, 'IN', ['PART_OF'], ['Plan']);
  }

  @FieldResolver(() => [Document], {
    complexity: listCost(FEW),
    description: 'Documents that are, interpret or report on this plan (相关文档, DESCRIBES).',
  })
  documents(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, plan.id, 'IN', ['DESCRIBES'], ['Document']);
  }

  @FieldResolver(() => [PlanFact], {
    complexity: listCost(FEW),
    description:
      'The plan’s declared facts (docNumber, taskCount, projectCount, issueDate) with the sentences stating them (声明事项及出处).',
  })
  facts(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return planFacts(ctx, plan);
  }

  @FieldResolver(() => [Agency], { complexity: listCost(FEW), description: 'Agencies that draft, issue or lead the plan (责任部门).' })
  agencies(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, plan.id, 'IN', ['RESPONSIBLE_FOR'], ['Agency']);
  }

  @FieldResolver(() => [Responsibility], {
    complexity: listCost(FEW),
    description: 'Who did what for the plan, with roles (职责, RESPONSIBLE_FOR).',
  })
  async responsibilities(@Root() plan: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, plan.id, 'IN', ['RESPONSIBLE_FOR'])).map(toRelationshipView);
  }
}
