import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { NodeLabel } from '../../model';
import type { ApiContext } from '../context/context';
import { Period, type DocumentRecord } from '../../model';
import { DocumentArgs, NameArgs, PlanArgs, ProjectArgs, WorkArgs, toNodeFilter, type SortedPageArgs } from '../inputs';
import { connectionCost } from '../limits/costs';
import { documentView, type NodeView } from '../loaders';
import { connectionOfList, documentsIssuedBy, nodeConnection, pageRequest, yearOfPeriod, type Key, compareKeys } from '../services';
import {
  AgencyConnection,
  DocumentConnection,
  IndicatorConnection,
  PlanConnection,
  PlatformConnection,
  ProjectConnection,
  ResultConnection,
  SortDirection,
  TaskConnection,
} from '../types';

// Root lists (Relay connections) of every entity kind, filtered and sorted inside the store.

function nodePage(ctx: ApiContext, label: NodeLabel, args: SortedPageArgs & { filter?: object }) {
  const order = { field: args.sort?.field ?? 'name', direction: args.sort?.direction ?? SortDirection.ASC };
  return nodeConnection(ctx, label, toNodeFilter(args.filter), order, args);
}

/** The agency filter takes an Agency id, as every id filter names its label (to-node-query.ts). */
const agencyId = (id: string) => toNodeFilter({ agency: id }).responsibleAgency as string;

const docYear = (d: DocumentRecord) => yearOfPeriod(d.period ?? '') ?? yearOfPeriod(d.date ?? '');

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
    const f = args.filter ?? {};
    const field = args.sort?.field ?? 'id';
    const direction = args.sort?.direction ?? 'ASC';
    const req = pageRequest(args, ctx.maxPageSize, `Document/${field}/${direction}`);
    const needle = f.nameContains?.toLowerCase();
    const period = f.period ? Period.normalise(f.period) : undefined;
    const issued = f.agency ? await documentsIssuedBy(ctx, agencyId(f.agency)) : undefined;
    const keyOf = (d: NodeView): Key => [(d[field] as string | undefined) ?? null, d.id];
    const order = [direction === 'DESC' ? -1 : 1, 1] as const;
    const all = (await ctx.store.listDocuments())
      .filter(
        (d) =>
          (!f.kind || d.kind === f.kind) &&
          (!period || d.period === period) &&
          (f.year === undefined || f.year === null || docYear(d) === f.year) &&
          (!needle || d.title.toLowerCase().includes(needle)) &&
          (!issued || issued.has(d.id)),
      )
      .map((d) => documentView(d));
    return connectionOfList(
      all.sort((a, b) => compareKeys(keyOf(a), keyOf(b), order)),
      keyOf,
      order,
      req,
    );
  }
}
