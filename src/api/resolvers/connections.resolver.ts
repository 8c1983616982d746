import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { NodeLabel } from '../../model';
import type { ApiContext } from '../context';
import { DocumentArgs, NameArgs, PlanArgs, ProjectArgs, WorkArgs, toNodeQuery, type SortedPageArgs } from '../inputs';
import { connectionCost } from '../limits/costs';
import { documentView, toView } from '../loaders';
import { pageOf, pageWindow, toConnection } from '../services';
import {
  AgencyConnection, DocumentConnection, IndicatorConnection, PlanConnection, PlatformConnection,
  ProjectConnection, ResultConnection, TaskConnection,
} from '../types';

// Root lists (Relay connections) of every entity kind, filtered and sorted inside the store.

async function nodePage(ctx: ApiContext, label: NodeLabel, args: SortedPageArgs & { filter?: object }) {
  const window = pageWindow(args, ctx.maxPageSize);
  const page = await ctx.store.findNodes(toNodeQuery(label, args.filter, args.sort, window));
  return toConnection(page.items.map(toView), page.total, window);
}

@Resolver()
export class ConnectionsResolver {
  @Query(() => PlanConnection, { complexity: connectionCost, description: 'Plans, programmes and regulations (规划列表).' })
  plans(@Args() args: PlanArgs, @Ctx() ctx: ApiContext) {
    return nodePage(ctx, 'Plan', args);
  }

  @Query(() => ProjectConnection, { complexity: connectionCost, description: 'Engineering projects (工程列表).' })
  projects(@Args() args: ProjectArgs, @Ctx() ctx: ApiContext) {
    return nodePage(ctx, 'EngineeringProject', args);
  }

  @Query(() => TaskConnection, { complexity: connectionCost, description: 'Tasks the plans commit to (任务列表).' })
  tasks(@Args() args: WorkArgs, @Ctx() ctx: ApiContext) {
    return nodePage(ctx, 'Task', args);
  }

  @Query(() => ResultConnection, { complexity: connectionCost, description: 'Results the reports record (成效列表).' })
  results(@Args() args: WorkArgs, @Ctx() ctx: ApiContext) {
    return nodePage(ctx, 'Result', args);
  }

  @Query(() => IndicatorConnection, { complexity: connectionCost, description: 'Indicators (指标列表).' })
  indicators(@Args() args: NameArgs, @Ctx() ctx: ApiContext) {
    return nodePage(ctx, 'Indicator', args);
  }

  @Query(() => PlatformConnection, { complexity: connectionCost, description: 'Platforms, systems and brands (平台列表).' })
  platforms(@Args() args: NameArgs, @Ctx() ctx: ApiContext) {
    return nodePage(ctx, 'Platform', args);
  }

  @Query(() => AgencyConnection, { complexity: connectionCost, description: 'Government bodies and organisations (部门列表).' })
  agencies(@Args() args: NameArgs, @Ctx() ctx: ApiContext) {
    return nodePage(ctx, 'Agency', args);
  }

  @Query(() => DocumentConnection, { complexity: connectionCost, description: 'Ingested source documents, by id (文档列表).' })
  async documents(@Args() args: DocumentArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args, ctx.maxPageSize);
    const f = args.filter ?? {};
    const needle = f.nameContains?.toLowerCase();
    const all = (await ctx.store.listDocuments())
      .filter((d) => (!f.kind || d.kind === f.kind) && (!f.period || d.period === f.period)
        && (!needle || d.title.toLowerCase().includes(needle)))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return pageOf(all.map((d) => documentView(d)), window);
  }
}
