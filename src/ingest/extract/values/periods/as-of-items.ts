import type { SegmentedDocument, Sentence } from '../../../segment';

// 截至今年9月底，全市累计建成5G基站3.2万个；全市算力规模达到5.6EFLOPS。: the date a sentence opens on holds for
// each of its ；-items, which segment reads as sentences of their own.

/** 截至2022年底 / 截止今年6月 / 截至目前: as of a date (its year, 今年, its month, 底 or 末). */
export const AS_OF = /截\s*[至止](?:到)?\s*(?:(20\d{2})\s*年|(今年))?\s*(?:(\d{1,2})\s*月)?(底|末)?/g;

const OPENS_AS_OF = /^\s*截\s*[至止]/;
const ITEM_BREAK = /[；;]\s*$/;
const SENTENCE_BREAK = /[。！？!?\n]/;

/** The 截至 that opens the 。-sentence a ；-item continues, if any. */
export function openingAsOf(seg: SegmentedDocument, sentence: Sentence): RegExpExecArray | undefined {
  const { folded } = seg;
  if (!ITEM_BREAK.test(folded.slice(Math.max(0, sentence.start - 4), sentence.start))) return undefined;
  let from = sentence.start - 1;
  while (from > 0 && !SENTENCE_BREAK.test(folded[from - 1])) from--;
  return opensAsOf(folded.slice(from, sentence.start));
}

/** The 截至… a stretch of text opens on (截至2022年底，…), if any. */
export function opensAsOf(text: string): RegExpExecArray | undefined {
  if (!OPENS_AS_OF.test(text)) return undefined;
  AS_OF.lastIndex = 0;
  return AS_OF.exec(text) ?? undefined;
}
