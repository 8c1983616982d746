import { Period } from '../../../../model';
import { containsAny, type SegmentedDocument, type Sentence } from '../../../segment';
import { opensAsOf } from './as-of-items';
import { monthsTo, yearPart } from './year-parts';

// A paragraph opening on a year already past (2021年，我国数字经济规模达到45.5万亿元。数字产业化规模…), or on a
// date it stands at (截至2022年底，…), its later sentences that write no date of their own go on reporting then, as a ；-item's lead year does
// inside its sentence. A year not yet past heading a sentence or ；-item (2027年，全市算力规模达到…；培育…) dates
// the commitments after it in the paragraph, until another year heads one.

const OPENING_YEAR = /^[\s\u3000]*(20\d{2})\s*年\s*([，,]|是)/;
/** A year standing alone at the head of a sentence or ；-item (2027年，…), as value-period's LEAD_YEAR. */
const HEADING_YEAR = /(?:^|[；;。\n])[\s\u3000]*(20\d{2})\s*年\s*[，,]/g;

/**
 * The year (or month) the value's paragraph opens on, when it opens an earlier sentence than the value's and is past.
 * A year named as the paragraph's topic (2022年是…极为重要的一年。…全年地区生产总值增长2.8%) counts too, unless the
 * paragraph turns to a span before the value (2015年是“十二五”收官之年。过去五年，…: `spanWords`).
 */
export function paragraphYear(seg: SegmentedDocument, sentence: Sentence, spanWords: readonly string[] = []): Period | undefined {
  const para = seg.paragraphs[sentence.paragraph];
  if (!para || para.start >= sentence.start) return undefined;
  const head = seg.folded.slice(para.start, para.start + 16);
  const now = seg.time.spokenIn ?? seg.time.year;
  if (now === undefined) return undefined;
  const m = OPENING_YEAR.exec(head);
  if (m) {
    if (m[2] === '是' && containsAny(seg.folded.slice(para.start, sentence.end), spanWords)) return undefined;
    return Number(m[1]) < now ? Period.year(Number(m[1])) : undefined;
  }
  // 截至2022年底，…。…: as of a date written in full, its month's or year's end, as its ；-items are (`as-of-items`).
  const asOf = opensAsOf(head);
  if (!asOf?.[1] || !asOf[4]) return undefined;
  const [year, month] = [Number(asOf[1]), asOf[3] === undefined ? 12 : Number(asOf[3])];
  // A date not yet passed when the text speaks (截至2024年底 in a plan of 2024) is a deadline, not a state.
  if (month < 1 || month > 12 || year > now || (year === now && month > (seg.time.month ?? 12))) return undefined;
  return monthsTo(year, month);
}

// Asked for each value of a sentence: kept per sentence.
const ledBy = new WeakMap<Sentence, { seg: SegmentedDocument; year: number | undefined }>();

/**
 * The year heading the last sentence or ；-item of the value's paragraph before the value's own sentence
 * (2027年，实现以下目标：全市算力规模达到10000PFlops；培育人工智能企业100家), when it is not yet past.
 */
export function paragraphLeadYear(seg: SegmentedDocument, sentence: Sentence): number | undefined {
  const kept = ledBy.get(sentence);
  if (kept?.seg === seg) return kept.year;
  const para = seg.paragraphs[sentence.paragraph];
  let found: number | undefined;
  if (para && para.start < sentence.start && seg.time.year !== undefined) {
    for (const m of seg.folded.slice(para.start, sentence.start).matchAll(HEADING_YEAR)) found = Number(m[1]);
    if (found !== undefined && found < seg.time.year) found = undefined;
  }
  ledBy.set(sentence, { seg, year: found });
  return found;
}

/** A paragraph's opening clause that is a part of a year alone (1—10月， / 前三季度， / 10月末，), written without its year. */
const OPENING_PART = /^[\s\u3000]*((?:今年)?[^，,。；;\n]{1,8})[，,]/;
const PART_WORDS = /[月季]/;

/**
 * 1—10月，全市规模以上工业增加值同比增长6.5%…。全市固定资产投资同比增长8.9%…: the later sentences of a paragraph
 * opening on a part of the year go on reporting that part, as those of one opening on a past year do that year.
 */
export function paragraphPart(seg: SegmentedDocument, sentence: Sentence, year: number, now: number): Period | undefined {
  const para = seg.paragraphs[sentence.paragraph];
  if (!para || para.start >= sentence.start) return undefined;
  const m = OPENING_PART.exec(seg.folded.slice(para.start, para.start + 12));
  if (!m || !PART_WORDS.test(m[1])) return undefined;
  const part = yearPart(m[1], year, now);
  return part && part.at <= 2 ? part.period : undefined;
}
