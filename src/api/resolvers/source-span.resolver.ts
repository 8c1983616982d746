import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { pageAt, paragraphAround, sentenceAround, type SourceSpan as SpanData, type TextRange } from '../../model';
import type { ApiContext } from '../context/context';
import type { NodeView } from '../loaders';
import { Document, SourceSpan, TextSpan } from '../types';

/** A span always names an ingested document; a missing one would be a store inconsistency. */
function present(doc: NodeView | null, span: SpanData): NodeView {
  if (!doc) throw new Error(`document ${span.document} missing from store`);
  return doc;
}

type Around = (text: string, start: number, end: number) => TextRange;

/** The sentence or paragraph of the span, cut from its document's text by the segmenter's rules. */
function context(ctx: ApiContext, span: SpanData, around: Around): TextSpan | Promise<TextSpan> {
  const cut = (doc: NodeView | null): TextSpan => {
    const text = String(present(doc, span).text ?? '');
    const r = around(text, span.start, span.end);
    // A paragraph may be a whole document without line breaks: charged like Document.text.
    return { start: r.start, end: r.end, text: ctx.textBudget.charge(text.slice(r.start, r.end)) };
  };
  const found = ctx.loaders.documentNode(span.document);
  return found instanceof Promise ? found.then(cut) : cut(found);
}

@Resolver(() => SourceSpan)
export class SourceSpanResolver {
  @FieldResolver(() => Document, { description: 'The document quoted, with its title, date, issuer and number (来源文档).' })
  document(@Root() span: SpanData, @Ctx() ctx: ApiContext): NodeView | Promise<NodeView> {
    // Not async: a document this request already loaded answers without a promise (see loaders).
    const found = ctx.loaders.documentNode(span.document);
    return found instanceof Promise ? found.then((doc) => present(doc, span)) : present(found, span);
  }

  @FieldResolver(() => TextSpan, { description: 'The whole sentence the quote stands in (所在句子), to show it in context.' })
  sentence(@Root() span: SpanData, @Ctx() ctx: ApiContext): TextSpan | Promise<TextSpan> {
    return context(ctx, span, sentenceAround);
  }

  @FieldResolver(() => TextSpan, { description: 'The paragraph the quote stands in (所在段落).' })
  paragraph(@Root() span: SpanData, @Ctx() ctx: ApiContext): TextSpan | Promise<TextSpan> {
    return context(ctx, span, paragraphAround);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The page of the original PDF the span starts on, 1-based; null for documents that were not PDFs (页码).',
  })
  page(@Root() span: SpanData, @Ctx() ctx: ApiContext): number | null | Promise<number | null> {
    const onPage = (doc: NodeView | null) => pageAt(doc?.pages as number[] | undefined, span.start) ?? null;
    const found = ctx.loaders.documentNode(span.document);
    return found instanceof Promise ? found.then(onPage) : onPage(found);
  }
}
