import type { Graph, SourceSpan } from '../../model';

// Provenance check: every span of every node and relationship must quote its document exactly.

export interface SpanCheck {
  total: number;
  valid: number;
  /** A few of the failures, for the message. */
  invalid: { owner: string; span: SourceSpan; reason: string }[];
}

export function checkSpans(graph: Graph): SpanCheck {
  const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
  const result: SpanCheck = { total: 0, valid: 0, invalid: [] };
  for (const owner of [...graph.nodes, ...graph.relationships]) {
    for (const span of owner.sources) {
      result.total++;
      const text = texts.get(span.document);
      const reason =
        text === undefined
          ? 'unknown document'
          : !(
                Number.isInteger(span.start) &&
                Number.isInteger(span.end) &&
                span.start >= 0 &&
                span.end <= text.length &&
                span.start < span.end
              )
            ? 'offsets out of range'
            : text.slice(span.start, span.end) !== span.text
              ? 'text differs from the slice'
              : '';
      if (!reason) result.valid++;
      else if (result.invalid.length < 10) result.invalid.push({ owner: owner.id, span, reason });
    }
  }
  return result;
}
