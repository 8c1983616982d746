import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { pageAt, type SourceSpan as SpanData } from '../../model';
import type { ApiContext } from '../context';
import type { NodeView } from '../loaders';
import { Document, SourceSpan } from '../types';

/** A span always names an ingested document; a missing one would be a store inconsistency. */
function present(doc: NodeView | null, span: SpanData): NodeView {
  if (!doc) throw new Error(`document ${span.document} missing from store`);
  return doc;
}

@Resolver(() => SourceSpan)
export class SourceSpanResolver {
  @FieldResolver(() => Document, { description: 'The document quoted (来源文档).' })
  document(@Root() span: SpanData, @Ctx() ctx: ApiContext): NodeView | Promise<NodeView> {
    // Not async: a document this request already loaded answers without a promise (see loaders).
    const found = ctx.loaders.documentNode(span.document);
    return found instanceof Promise ? found.then((doc) => present(doc, span)) : present(found, span);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The page of the original PDF the span starts on, 1-based; null for documents that were not PDFs (页码).' })
  page(@Root() span: SpanData, @Ctx() ctx: ApiContext): number | null | Promise<number | null> {
    const onPage = (doc: NodeView | null) => pageAt(doc?.pages as number[] | undefined, span.start) ?? null;
    const found = ctx.loaders.documentNode(span.document);
    return found instanceof Promise ? found.then(onPage) : onPage(found);
  }
}
