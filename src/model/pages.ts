// Pages of a document read from a PDF: the record keeps where each page starts in its text, so
// any span (a fact's source) can say which page of the original it is on.

/** The 1-based page holding `offset`, or undefined when the document has no pages (not a PDF). */
export function pageAt(pages: readonly number[] | undefined, offset: number): number | undefined {
  if (!pages?.length) return undefined;
  // The last page starting at or before the offset (binary search: starts are ascending).
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
