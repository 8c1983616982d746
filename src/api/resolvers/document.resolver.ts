import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { FEW, listCost } from '../limits/costs';
import type { NodeView } from '../loaders';
import { issuesIn, loadAll, related, relsOf } from '../services';
import { Agency, Document, Plan } from '../types';

/** The plans this document describes (DESCRIBES), by relationship. */
const describing = (ctx: ApiContext, doc: NodeView) => relsOf(ctx, doc.id, 'OUT', ['DESCRIBES']);

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => String, { description: 'The full decoded text all source offsets refer to (全文).' })
  text(@Root() doc: NodeView, @Ctx() ctx: ApiContext): string {
    // Charged before it joins the answer: many documents' texts in one query are refused at once.
    return ctx.textBudget.charge(String(doc.text ?? ''));
  }

  @FieldResolver(() => [Plan], {
    complexity: listCost(FEW),
    description: 'Plans the document is, interprets or reports on (所述规划, DESCRIBES).',
  })
  plans(@Root() doc: NodeView, @Ctx() ctx: ApiContext) {
    return related(ctx, doc.id, 'OUT', ['DESCRIBES'], ['Plan']);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Official document number (发文字号) as this document writes it, when it gives one.',
  })
  async docNumber(@Root() doc: NodeView, @Ctx() ctx: ApiContext): Promise<string | null> {
    if (typeof doc.docNumber === 'string') return doc.docNumber;
    const rels = await describing(ctx, doc);
    const plans = await loadAll(
      ctx,
      rels.map((r) => r.to),
      ['Plan'],
    );
    // the number belongs to this document when one of its DESCRIBES quotes writes it
    const quoted = rels
      .flatMap((r) => r.sources)
      .filter((s) => s.document === doc.id)
      .map((s) => s.text);
    const found = plans.find((p) => typeof p.docNumber === 'string' && quoted.some((q) => q.includes(p.docNumber as string)));
    return (found?.docNumber as string | undefined) ?? null;
  }

  @FieldResolver(() => [Agency], {
    complexity: listCost(FEW),
    description: 'Agencies this document says issue or draft the plans it describes (发布/起草机构).',
  })
  async issuers(@Root() doc: NodeView, @Ctx() ctx: ApiContext) {
    const plans = (await describing(ctx, doc)).map((r) => r.to);
    const rels = (await Promise.all(plans.map((id) => relsOf(ctx, id, 'IN', ['RESPONSIBLE_FOR']))))
      .flat()
      .filter((r) => issuesIn(r, doc.id));
    return loadAll(
      ctx,
      rels.map((r) => r.from),
      ['Agency'],
    );
  }
}
