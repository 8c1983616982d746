import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { FEW, listCost } from '../limits/costs';
import type { NodeView } from '../loaders';
import { related } from '../services';
import { Document, Plan } from '../types';

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => [Plan], { complexity: listCost(FEW), description: 'Plans the document is, interprets or reports on (所述规划, DESCRIBES).' })
  plans(@Root() doc: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, doc.id, 'OUT', ['DESCRIBES'], ['Plan']);
  }
}
