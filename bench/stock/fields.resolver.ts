import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PointData } from '../../src/api/services/points';
import type { GraphRelationship, SourceSpan } from '../../src/model';
import { neighbours, nodeById, type StockContext } from './context';
import {
  StockAgency,
  StockDocument,
  StockIndicator,
  StockPlan,
  StockPoint,
  StockProject,
  StockPlatform,
  StockSpan,
  StockTarget,
  StockTask,
  type Flat,
} from './types';

// Nested fields, resolved per parent object: each one its own store call(s).

@Resolver(() => StockTask)
export class StockTaskResolver {
  @FieldResolver(() => StockPlan, { nullable: true })
  async plan(@Root() task: Flat, @Ctx() ctx: StockContext) {
    if (typeof task.plan === 'string') return nodeById(ctx, task.plan);
    const owners = await neighbours(ctx, task.id, 'IN', ['HAS_TASK']);
    const direct = owners.find((o) => o.label === 'Plan');
    if (direct) return direct;
    const project = owners.find((o) => o.label === 'EngineeringProject');
    return project ? ((await neighbours(ctx, project.id, 'IN', ['HAS_PROJECT']))[0] ?? null) : null;
  }

  @FieldResolver(() => StockProject, { nullable: true })
  async project(@Root() task: Flat, @Ctx() ctx: StockContext) {
    return (await neighbours(ctx, task.id, 'IN', ['HAS_TASK'])).find((o) => o.label === 'EngineeringProject') ?? null;
  }

  @FieldResolver(() => [StockAgency])
  agencies(@Root() task: Flat, @Ctx() ctx: StockContext) {
    return neighbours(ctx, task.id, 'IN', ['RESPONSIBLE_FOR']);
  }

  @FieldResolver(() => [StockPlatform])
  platforms(@Root() task: Flat, @Ctx() ctx: StockContext) {
    return neighbours(ctx, task.id, 'OUT', ['INVOLVES']);
  }

  @FieldResolver(() => [StockTarget])
  async targets(@Root() task: Flat, @Ctx() ctx: StockContext) {
    const rels = await ctx.store.relationships({ nodeIds: [task.id], direction: 'OUT', types: ['SETS_TARGET'] });
    return rels.map((r: GraphRelationship) => ({ ...r.properties, indicatorId: r.to }));
  }
}

@Resolver(() => StockTarget)
export class StockTargetResolver {
  @FieldResolver(() => StockIndicator)
  indicator(@Root() target: { indicatorId: string }, @Ctx() ctx: StockContext) {
    return nodeById(ctx, target.indicatorId);
  }
}

@Resolver(() => StockIndicator)
export class StockIndicatorResolver {
  @FieldResolver(() => [StockPoint])
  timeline(@Root() indicator: Flat & { timeline?: PointData[] }) {
    return indicator.timeline ?? [];
  }
}

@Resolver(() => StockSpan)
export class StockSpanResolver {
  @FieldResolver(() => StockDocument)
  async document(@Root() span: SourceSpan, @Ctx() ctx: StockContext) {
    const [doc] = await ctx.store.getDocuments([span.document]);
    if (doc) return { id: doc.id, label: 'Document', name: doc.title, title: doc.title, sources: [] };
    const node = await nodeById(ctx, span.document);
    return node ?? { id: span.document, label: 'Document', name: span.document, title: span.document, sources: [] };
  }
}
