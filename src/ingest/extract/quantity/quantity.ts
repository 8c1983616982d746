import type { Comparator, Qualifier } from '../../../model';

/** One number read from plan text (数量), with the words that bound or qualify it. */
export interface Quantity {
  /** UTF-16 offsets into the text passed in, end exclusive; cover the comparator/qualifier words next to it. */
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  raw: string;
  /** Normalised: multipliers expanded (4.27万 → 42700). */
  value: number;
  /** Upper bound of a range (10-20个, 3至5家). */
  max?: number;
  /** Base unit only (万人次 → 人次); '%' for percentages. */
  unit?: string;
  comparator?: Comparator;
  qualifier?: Qualifier;
  percent: boolean;
}
