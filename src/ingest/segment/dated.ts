import { digitYears } from './text';
import type { SegmentedDocument } from './types';

// What reads when a value holds reads years written in numerals (到二〇二五年, 二〇二二年) as it reads
// 2025年: through a view of the document whose text has them as digits (the same length, so every offset
// holds), made once per document; a document with none is its own view. Names keep the text as written.

const views = new WeakMap<SegmentedDocument, SegmentedDocument>();

/** Segment, which reads dates through the same digits, hands over the text it made (no second pass). */
export function keepDatedView(seg: SegmentedDocument, dated: string): void {
  views.set(seg, dated === seg.folded ? seg : { ...seg, folded: dated });
}

export function datedView(seg: SegmentedDocument): SegmentedDocument {
  if (!views.has(seg)) keepDatedView(seg, digitYears(seg.folded));
  return views.get(seg)!;
}
