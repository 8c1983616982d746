import { ErrorCode, limitExceeded } from '../conventions/errors';

// A per-request budget for large texts (Document.text, a quote's sentence or paragraph), charged
// as each one resolves, before it joins the answer: the response budget can only measure an answer
// once it is built, and a query within the cost limit may ask for a long text under many items.
// Counted in UTF-16 code units, like the response budget (each is at least one byte of JSON).

export const textTooLarge = (max: number) =>
  limitExceeded(
    ErrorCode.RESPONSE_TOO_LARGE,
    `The answer exceeds the response limit of ${max} bytes: ask for fewer items or leave out large fields such as Document.text`,
  );

export class TextBudget {
  private spent = 0;

  constructor(readonly max: number) {}

  /** Returns `text` when it fits in what is left of the budget; throws RESPONSE_TOO_LARGE otherwise. */
  charge(text: string): string {
    this.spent += text.length;
    if (this.spent > this.max) throw textTooLarge(this.max);
    return text;
  }
}
