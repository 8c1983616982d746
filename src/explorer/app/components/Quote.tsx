import { href } from '../router';

export interface Span {
  start: number;
  end: number;
  text: string;
  document: { id: string; title?: string | null };
}

export const SPAN_FIELDS = 'start end text document { id title }';

/** One quoted sentence, linking to its place in the document reader. */
export function Quote({ span }: { span: Span }) {
  return (
    <blockquote className="quote">
      <span className="quote-text">{span.text}</span>{' '}
      <a className="quote-source" href={href('document', span.document.id, { start: span.start, end: span.end })}>
        {span.document.title ?? span.document.id} · {span.start}–{span.end}
      </a>
    </blockquote>
  );
}

export function Quotes({ spans, max = 3 }: { spans: Span[]; max?: number }) {
  if (!spans.length) return null;
  return (
    <div className="quotes">
      {spans.slice(0, max).map((s, i) => (
        <Quote key={i} span={s} />
      ))}
      {spans.length > max && <p className="more">and {spans.length - max} more quotes</p>}
    </div>
  );
}
