import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SourceSpan as SpanData } from '../../model';
import type { ApiContext } from '../context';
import { documentView } from '../loaders';
import { Document, SourceSpan } from '../types';

@Resolver(() => SourceSpan)
export class SourceSpanResolver {
  @FieldResolver(() => Document, { description: 'The document quoted (来源文档).' })
  async document(@Root() span: SpanData, @Ctx() ctx: ApiContext) {
    const doc = await ctx.loaders.documents.load(span.document);
    // A span always names an ingested document; a missing one would be a store inconsistency.
    if (!doc) throw new Error(`document ${span.document} missing from store`);
    return documentView(doc);
  }
}
