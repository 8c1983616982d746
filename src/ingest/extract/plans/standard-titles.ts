import type { Lexicon } from '../../lexicon';

// Titles in 《》 that are standards, not plans, though they end in a plan word (规范, 规定): a title
// followed by its standard number (《基础地理信息标准数据基本规定》（GB21139）), or an item of a numbered
// list whose lead calls its items standards (交通运输部组织制定如下11项工程标准。⏎（1）《…》⏎（2）《…》).
// Asked only of a title already read as a plan, on the folded text (（ → ().

/** （GB/T20258.4）, (GB 50174-2017), （JT/T 1234）: letters of a standard's code, then its number. */
const CODE_AFTER = /^\s*\(\s*[A-Z]{2,4}(?:\/[A-Z])?\s*[\d.]+(?:\s*[-—]\s*\d{4})?\s*\)/;
/** (1), 1. or 1、 opening a list item's line. */
const ITEM_OPEN = /^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.、])/;
/** Only the item's mark before the title: the item is the title. */
const ITEM_MARK = /^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.、])[ \t]*$/;
/** How many list items back the lead is looked for. */
const MAX_ITEMS = 30;

/** Whether the title ending at `end` (starting at `start`) is a standard. */
export function isStandardTitle(folded: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (CODE_AFTER.test(folded.slice(end, end + 24))) return true;
  return listedAsNotPlans(folded, start, lexicon);
}

/** The title opens a numbered list item whose lead line ends on a kind that is no plan (…如下11项工程标准。). */
function listedAsNotPlans(folded: string, start: number, lexicon: Lexicon): boolean {
  let lineStart = folded.lastIndexOf('\n', start - 1) + 1;
  if (!ITEM_MARK.test(folded.slice(lineStart, start))) return false;
  for (let i = 0; i < MAX_ITEMS && lineStart > 0; i++) {
    const prevStart = folded.lastIndexOf('\n', lineStart - 2) + 1;
    const line = folded.slice(prevStart, lineStart - 1);
    if (!ITEM_OPEN.test(line)) {
      const lead = line.trim().replace(/[。:：]$/, '');
      return lexicon.plans.notPlans.some((w) => lead.endsWith(w));
    }
    lineStart = prevStart;
  }
  return false;
}
