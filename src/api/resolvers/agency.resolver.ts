import { Arg, Ctx, Extensions, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { listCost, MANY } from '../limits/costs';
import type { NodeView } from '../loaders';
import { bounded, NESTED_DEFAULT, NESTED_LIST, NESTED_MAX, relsOf } from '../services';
import { Agency, Responsibility, toRelationshipView } from '../types';
import { byRelationOrder } from './relations.resolver';

@Resolver(() => Agency)
export class AgencyResolver {
  // A busy bureau is responsible for hundreds of plans, tasks and results across a corpus: the
  // list is bounded like every nested list, in the order relations(types: [RESPONSIBLE_FOR]) pages
  // the rest in.
  @Extensions(NESTED_LIST)
  @FieldResolver(() => [Responsibility], {
    complexity: listCost(MANY),
    description: 'Plans, projects, tasks and results the agency is responsible for, with roles (职责, RESPONSIBLE_FOR); at most `first`.',
  })
  async responsibilities(
    @Root() agency: NodeView,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Most items, default ${NESTED_DEFAULT}, at most ${NESTED_MAX}; page with relations(types: [RESPONSIBLE_FOR]) (条数).`,
    })
    first?: number,
  ) {
    const duties = [...(await relsOf(ctx, agency.id, 'OUT', ['RESPONSIBLE_FOR']))].sort(byRelationOrder);
    return bounded(duties, first).map(toRelationshipView);
  }
}
