import { Arg, Args, type ClassType, Ctx, Extensions, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { TaskPageArgs } from '../inputs';
import { connectionCost, listCost } from '../limits/costs';
import type { NodeView } from '../loaders';
import { bounded, NESTED_DEFAULT, NESTED_LIST, NESTED_MAX, ownedTaskConnection, ownedTasks } from '../services';
import { HasTaskConnection, Task } from '../types';

export interface OwnedTasksOptions {
  /** A plan's tasks include those of its projects; a project's are its own. */
  throughProjects: boolean;
  /** The expected list size, for the cost estimate. */
  size: number;
  tasks: string;
  tasksConnection: string;
}

/** `tasks` and `tasksConnection` for a type that HAS_TASK (a plan, a project): one definition for both. */
export function OwnedTasksResolver(owner: ClassType, options: OwnedTasksOptions) {
  @Resolver(() => owner)
  abstract class OwnedTasks {
    @Extensions(NESTED_LIST)
    @FieldResolver(() => [Task], { complexity: listCost(options.size), description: options.tasks })
    async tasks(
      @Root() root: NodeView,
      @Ctx() ctx: ApiContext,
      @Arg('first', () => Int, {
        nullable: true,
        description: `Most tasks, default ${NESTED_DEFAULT}, at most ${NESTED_MAX}; page with tasksConnection (条数).`,
      })
      first?: number,
    ) {
      return bounded(
        (await ownedTasks(ctx, root.id, options.throughProjects)).map((t) => t.node),
        first,
      );
    }

    @FieldResolver(() => HasTaskConnection, { complexity: connectionCost, description: options.tasksConnection })
    tasksConnection(@Root() root: NodeView, @Args() args: TaskPageArgs, @Ctx() ctx: ApiContext) {
      return ownedTaskConnection(ctx, root.id, options.throughProjects, args);
    }
  }
  return OwnedTasks;
}
