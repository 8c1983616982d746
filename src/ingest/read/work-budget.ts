import { DocumentRejected } from '../decode';

// A per-document work budget, checked on the decoded text before any extraction: the pipeline's
// time grows with the number of sentences and clauses (linearly, but at about a millisecond per
// sentence), so a crafted file of a few MB with 100,000 sentences would hold an ingest, or `serve`
// at start-up, for minutes. The budget is far above real documents: the largest of the
// development corpus has about 630 sentence marks and a few thousand clause marks.

export const MAX_SENTENCE_MARKS = 20_000;
export const MAX_CLAUSE_MARKS = 100_000;

const SENTENCE_END = new Set([0x3002, 0xff01, 0xff1f, 0xff1b, 0x0a]); // 。！？； and newline
const CLAUSE_MARK = new Set([0xff0c, 0x3001, 0x2c]); // ，、,

/** Throws DocumentRejected, one line, when the text holds more than the budget of sentences or clauses. */
export function assertWithinWorkBudget(text: string): void {
  let sentences = 0;
  let clauses = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SENTENCE_END.has(c)) sentences++;
    else if (CLAUSE_MARK.has(c)) clauses++;
  }
  if (sentences > MAX_SENTENCE_MARKS) {
    throw new DocumentRejected(`too much to read: ${sentences} sentences or lines, over the budget of ${MAX_SENTENCE_MARKS} per document`);
  }
  if (clauses > MAX_CLAUSE_MARKS) {
    throw new DocumentRejected(`too much to read: ${clauses} clauses, over the budget of ${MAX_CLAUSE_MARKS} per document`);
  }
}
