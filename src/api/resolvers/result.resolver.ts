import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { FEW, listCost } from '../limits/costs';
import type { NodeView } from '../loaders';
import { linksOf, related, relsOf } from '../services';
import { Agency, LineageLink, Measurement, Plan, Platform, Responsibility, Result, hasFiniteValue, toRelationshipView } from '../types';

@Resolver(() => Result)
export class ResultResolver {
  @FieldResolver(() => [Measurement], { complexity: listCost(FEW), description: 'Values the result reports (实际值, MEASURED).' })
  async measured(@Root() result: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, result.id, 'OUT', ['MEASURED'])).filter(hasFiniteValue).map(toRelationshipView);
  }

  @FieldResolver(() => [LineageLink], {
    complexity: listCost(FEW),
    description: 'Earlier tasks that led to this result (来源任务, LED_TO).',
  })
  ledFrom(@Root() result: NodeView, @Ctx() ctx: ApiContext) {
    return linksOf(ctx, result.id, 'IN', 'LED_TO');
  }

  @FieldResolver(() => [Platform], { complexity: listCost(FEW), description: 'Platforms the result involves (涉及平台, INVOLVES).' })
  platforms(@Root() result: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, result.id, 'OUT', ['INVOLVES'], ['Platform']);
  }

  @FieldResolver(() => [Agency], {
    complexity: listCost(FEW),
    description: 'Agencies the report credits with the result (责任部门, RESPONSIBLE_FOR).',
  })
  agencies(@Root() result: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, result.id, 'IN', ['RESPONSIBLE_FOR'], ['Agency']);
  }

  @FieldResolver(() => [Responsibility], {
    complexity: listCost(FEW),
    description: 'Who did what for the result, with roles and quotes (职责).',
  })
  async responsibilities(@Root() result: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, result.id, 'IN', ['RESPONSIBLE_FOR'])).map(toRelationshipView);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan the reporting document reports on, when known (对应规划).' })
  async plan(@Root() result: NodeView, @Ctx() ctx: ApiContext) {
    const plan = typeof result.plan === 'string' ? await ctx.loaders.entity(result.plan) : null;
    return plan?.label === 'Plan' ? plan : null;
  }
}
