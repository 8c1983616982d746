// What the value filters read about a number: its indicator name and the text around it.

export interface ValueContext {
  /** The indicator name read for the number. */
  name: string;
  /** Folded text of the clause up to the number. */
  before: string;
  reported: boolean;
  /** Its sentence sits under a lead or heading that looks back over several years (过去五年). */
  overSpan?: boolean;
  /** The quantity's unit, and whether a name stands right before it. */
  unit?: string;
  glued?: boolean;
  /** Folded text of the whole sentence. */
  sentence?: string;
  /** The number as written, and its value. */
  raw?: string;
  value?: number;
  /** Folded text of the clause after the number (a few characters suffice). */
  after?: string;
  /** Folded text of the sentence up to the number (a verb may govern a list across clauses). */
  lead?: string;
}
