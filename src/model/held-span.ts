import type { SourceSpan } from './graph';

// A span held once: the document and offsets, with the quoted text sliced on demand from the one
// copy of the document's text. A corpus cites the same clause from many facts (a derived link
// carries both its clauses), so facts share these objects instead of each keeping the text.

/** What a held span reads its text from: a document record, or anything with its id and text. */
export interface SpanSource {
  readonly id: string;
  readonly text: string;
}

export class HeldSpan implements SourceSpan {
  readonly document: string;

  constructor(
    private readonly source: SpanSource,
    readonly start: number,
    readonly end: number,
  ) {
    this.document = source.id;
  }

  get text(): string {
    return this.source.text.slice(this.start, this.end);
  }

  /** Whether this span quotes the very text object `text` (the document it was held from). */
  quotes(text: string): boolean {
    return this.source.text === text;
  }

  /** Exports and API answers write the span whole, as a plain SourceSpan. */
  toJSON(): SourceSpan {
    return plainSpan(this);
  }
}

/** A plain copy (spreading a HeldSpan would drop its text: it is not an own property). */
export const plainSpan = (s: SourceSpan): SourceSpan => ({ document: s.document, start: s.start, end: s.end, text: s.text });

/**
 * One HeldSpan per (document, start, end) among the spans given to it, each reading from the
 * document's record. A span whose document it does not know, or whose text is not the slice it
 * names, is kept as a plain copy: an answer must quote what it was given.
 */
export class SpanTable {
  private readonly byDocument = new Map<string, Map<number, SourceSpan>>();
  constructor(private readonly sourceOf: (document: string) => SpanSource | undefined) {}

  hold(s: SourceSpan): SourceSpan {
    // Already held on this very text (the pipeline holds each clause once): nothing to look up.
    if (s instanceof HeldSpan && s.quotes(this.sourceOf(s.document)?.text ?? '')) return s;
    let spans = this.byDocument.get(s.document);
    if (!spans) this.byDocument.set(s.document, (spans = new Map()));
    // Offsets are below 2^26 (documents are capped far lower), so one number keys a span.
    const key = s.start * 0x4000000 + s.end;
    const known = spans.get(key);
    if (known && (known === s || known.text === s.text)) return known;
    const source = this.sourceOf(s.document);
    if (s instanceof HeldSpan && (!source || s.quotes(source.text))) {
      if (!known) spans.set(key, s); // already reads from its document's one text
      return s;
    }
    if (!source || source.text.slice(s.start, s.end) !== s.text) return plainSpan(s);
    const held = new HeldSpan(source, s.start, s.end);
    if (!known) spans.set(key, held);
    return held;
  }
}
