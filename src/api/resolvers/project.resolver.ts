import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { TaskPageArgs } from '../inputs';
import { connectionCost, FEW, listCost, SOME } from '../limits/costs';
import type { NodeView } from '../loaders';
import { bounded, NESTED_DEFAULT, NESTED_MAX, ownedTaskConnection, ownedTasks, related, relatedOne, relsOf } from '../services';
import { Agency, HasTaskConnection, Plan, Platform, Project, Responsibility, Task, toRelationshipView } from '../types';

@Resolver(() => Project)
export class ProjectResolver {
  @FieldResolver(() => Plan, { nullable: true, description: 'The plan the project belongs to (所属规划, HAS_PROJECT).' })
  plan(@Root() project: NodeView, @Ctx() ctx: ApiContext) {
    return relatedOne(ctx, project.id, 'IN', ['HAS_PROJECT'], ['Plan']);
  }

  @FieldResolver(() => [Task], {
    complexity: listCost(SOME),
    description: 'Tasks of the project, as the text lists them (任务, HAS_TASK).',
  })
  async tasks(
    @Root() project: NodeView,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Most tasks, default ${NESTED_DEFAULT}, at most ${NESTED_MAX}; page with tasksConnection (条数).`,
    })
    first?: number,
  ) {
    return bounded(
      (await ownedTasks(ctx, project.id, false)).map((t) => t.node),
      first,
    );
  }

  @FieldResolver(() => HasTaskConnection, {
    complexity: connectionCost,
    description: 'The project’s tasks, paged both ways, each edge quoting where the task is set (任务分页及出处).',
  })
  tasksConnection(@Root() project: NodeView, @Args() args: TaskPageArgs, @Ctx() ctx: ApiContext) {
    return ownedTaskConnection(ctx, project.id, false, args);
  }

  @FieldResolver(() => [Platform], { complexity: listCost(FEW), description: 'Platforms the project involves (涉及平台, INVOLVES).' })
  platforms(@Root() project: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, project.id, 'OUT', ['INVOLVES'], ['Platform']);
  }

  @FieldResolver(() => [Agency], { complexity: listCost(FEW), description: 'Agencies responsible (责任部门).' })
  agencies(@Root() project: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, project.id, 'IN', ['RESPONSIBLE_FOR'], ['Agency']);
  }

  @FieldResolver(() => [Responsibility], { complexity: listCost(FEW), description: 'Who does what for the project (职责).' })
  async responsibilities(@Root() project: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, project.id, 'IN', ['RESPONSIBLE_FOR'])).map(toRelationshipView);
  }
}
