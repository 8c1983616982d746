import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { listCost, MANY } from '../limits/costs';
import type { NodeView } from '../loaders';
import { relsOf } from '../services';
import { Agency, Responsibility, toRelationshipView } from '../types';

@Resolver(() => Agency)
export class AgencyResolver {
  @FieldResolver(() => [Responsibility], {
    complexity: listCost(MANY),
    description: 'Plans, projects and tasks the agency is responsible for, with roles (职责, RESPONSIBLE_FOR).',
  })
  async responsibilities(@Root() agency: NodeView, @Ctx() ctx: ApiContext) {
    return (await relsOf(ctx, agency.id, 'OUT', ['RESPONSIBLE_FOR'])).map(toRelationshipView);
  }
}
