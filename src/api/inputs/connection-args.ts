import { ArgsType, Field } from 'type-graphql';
import { DocumentFilter } from './document-filter.input';
import { DocumentSort } from './document-sort.input';
import { NameFilter } from './name-filter.input';
import { NodeSort } from './node-sort.input';
import { PageArgs } from './page.args';
import { PlanFilter } from './plan-filter.input';
import { ProjectFilter } from './project-filter.input';
import { WorkFilter } from './work-filter.input';

// Arguments of the root connections: page, filter, sort.

@ArgsType()
export class SortedPageArgs extends PageArgs {
  @Field(() => NodeSort, { nullable: true, description: 'Sort order; default by name (排序).' })
  sort?: NodeSort;
}

@ArgsType()
export class PlanArgs extends SortedPageArgs {
  @Field(() => PlanFilter, { nullable: true, description: 'Filter (筛选).' })
  filter?: PlanFilter;
}

@ArgsType()
export class ProjectArgs extends SortedPageArgs {
  @Field(() => ProjectFilter, { nullable: true, description: 'Filter (筛选).' })
  filter?: ProjectFilter;
}

@ArgsType()
export class WorkArgs extends SortedPageArgs {
  @Field(() => WorkFilter, { nullable: true, description: 'Filter (筛选).' })
  filter?: WorkFilter;
}

@ArgsType()
export class NameArgs extends SortedPageArgs {
  @Field(() => NameFilter, { nullable: true, description: 'Filter (筛选).' })
  filter?: NameFilter;
}

@ArgsType()
export class DocumentArgs extends PageArgs {
  @Field(() => DocumentSort, { nullable: true, description: 'Sort order; default by id (排序).' })
  sort?: DocumentSort;

  @Field(() => DocumentFilter, { nullable: true, description: 'Filter (筛选).' })
  filter?: DocumentFilter;
}

/** A node's own list of tasks: reading order unless sorted (Plan/EngineeringProject.tasksConnection). */
@ArgsType()
export class TaskPageArgs extends PageArgs {
  @Field(() => NodeSort, { nullable: true, description: 'Sort order; default the order the text lists them in (排序).' })
  sort?: NodeSort;
}
