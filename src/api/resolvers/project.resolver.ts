import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { OwnedTasksResolver } from './owned-tasks.resolver';

import { FEW, listCost, SOME } from '../limits/costs';
import type { NodeView } from '../loaders';
import { related, relatedOne, relsOf } from '../services';
import { Agency, Plan, Platform, Project, Responsibility, toRelationshipView } from '../types';

@Resolver(() => Project)
export class ProjectResolver extends OwnedTasksResolver(Project, {
  throughProjects: false,
  size: SOME,
  tasks: 'Tasks of the project, as the text lists them (任务, HAS_TASK).',
  tasksConnection: 'The project’s tasks, paged both ways, each edge quoting where the task is set (任务分页及出处).',
}) {
  @FieldResolver(() => Plan, { nullable: true, description: 'The plan the project belongs to (所属规划, HAS_PROJECT).' })
  plan(@Root() project: NodeView, @Ctx() ctx: ApiContext) {
    return relatedOne(ctx, project.id, 'IN', ['HAS_PROJECT'], ['Plan']);
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
