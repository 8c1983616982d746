import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { FEW, listCost } from '../limits/costs';
import type { NodeView } from '../loaders';
import { linksOf, loadAll, related, relatedOne, relsOf } from '../services';
import {
  Agency,
  Continuation,
  LineageLink,
  Plan,
  Platform,
  Project,
  Responsibility,
  Target,
  Task,
  hasFiniteValue,
  toRelationshipView,
} from '../types';

/**
 * The plan a task belongs to: its `plan` property, else the Plan or the Project's Plan holding it.
 * At once when this request has already loaded that plan (a page of one plan's tasks asks once).
 */
function planOf(ctx: ApiContext, task: NodeView): NodeView | null | Promise<NodeView | null> {
  if (typeof task.plan !== 'string') return planHolding(ctx, task);
  const plan = ctx.loaders.entity(task.plan);
  if (!(plan instanceof Promise)) return plan?.label === 'Plan' ? plan : planHolding(ctx, task);
  return plan.then((p) => (p?.label === 'Plan' ? p : planHolding(ctx, task)));
}

/** The Plan, or the Project's Plan, with a HAS_TASK to the task. */
async function planHolding(ctx: ApiContext, task: NodeView): Promise<NodeView | null> {
  const owners = await loadAll(
    ctx,
    (await relsOf(ctx, task.id, 'IN', ['HAS_TASK'])).map((r) => r.from),
  );
  const direct = owners.find((o) => o.label === 'Plan');
  if (direct) return direct;
  const project = owners.find((o) => o.label === 'EngineeringProject');
  return project ? relatedOne(ctx, project.id, 'IN', ['HAS_PROJECT'], ['Plan']) : null;
}

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => Plan, { nullable: true, description: 'The plan that sets this task (所属规划).' })
  plan(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return planOf(ctx, task);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The engineering project it belongs to (所属工程).' })
  project(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return relatedOne(ctx, task.id, 'IN', ['HAS_TASK'], ['EngineeringProject']);
  }

  @FieldResolver(() => [Target], { complexity: listCost(FEW), description: 'Targets the task sets (目标, SETS_TARGET).' })
  async targets(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, task.id, 'OUT', ['SETS_TARGET'])).filter(hasFiniteValue).map(toRelationshipView);
  }

  @FieldResolver(() => [Platform], { complexity: listCost(FEW), description: 'Platforms the task involves (涉及平台, INVOLVES).' })
  platforms(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, task.id, 'OUT', ['INVOLVES'], ['Platform']);
  }

  @FieldResolver(() => [Agency], { complexity: listCost(FEW), description: 'Agencies responsible (责任部门).' })
  agencies(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, task.id, 'IN', ['RESPONSIBLE_FOR'], ['Agency']);
  }

  @FieldResolver(() => [Responsibility], { complexity: listCost(FEW), description: 'Who does what for the task, with roles (职责).' })
  async responsibilities(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, task.id, 'IN', ['RESPONSIBLE_FOR'])).map(toRelationshipView);
  }

  @FieldResolver(() => [LineageLink], { complexity: listCost(FEW), description: 'Later results this task led to (促成的成效, LED_TO).' })
  ledTo(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return linksOf(ctx, task.id, 'OUT', 'LED_TO');
  }

  @FieldResolver(() => [Continuation], {
    complexity: listCost(FEW),
    description: 'Later tasks carrying this one on (后续任务, CONTINUED_BY).',
  })
  continuedBy(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return linksOf(ctx, task.id, 'OUT', 'CONTINUED_BY');
  }

  @FieldResolver(() => [Continuation], { complexity: listCost(FEW), description: 'Earlier tasks this one carries on (前期任务).' })
  continues(@Root() task: NodeView, @Ctx() ctx: ApiContext) {
    return linksOf(ctx, task.id, 'IN', 'CONTINUED_BY');
  }
}
