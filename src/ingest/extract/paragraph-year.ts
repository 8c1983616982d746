import { Period } from '../../model';
import type { SegmentedDocument, Sentence } from '../segment';

// A paragraph opening on a year already past (2021年，我国数字经济规模达到45.5万亿元。数字产业化规模…): its
// later sentences that write no date of their own go on reporting that year, as a ；-item's lead year does
// inside its sentence.

const OPENING_YEAR = /^[\s\u3000]*(20\d{2})\s*年\s*[，,]/;

/** The year the value's paragraph opens on, when it opens an earlier sentence than the value's and is past. */
export function paragraphYear(seg: SegmentedDocument, sentence: Sentence): Period | undefined {
  const para = seg.paragraphs[sentence.paragraph];
  if (!para || para.start >= sentence.start) return undefined;
  const m = OPENING_YEAR.exec(seg.folded.slice(para.start, para.start + 12));
  const now = seg.time.spokenIn ?? seg.time.year;
  if (!m || now === undefined || Number(m[1]) >= now) return undefined;
  return Period.year(Number(m[1]));
}
