import type { Line, SegmentedDocument, Sentence } from '../../../segment';

// A lead headed by a year that opens a list (2023年，数字经济发展取得新进展：⏎——… / 2022年，我们主要做了以下工作：
// ⏎（一）…⏎（二）…) dates every item of the list, however many lines each runs to, not only the first: the items are
// its sentence's parts. The list ends where a heading above the items (二、…) stands between, or where a line before
// the first item is not the lead.

/** A lead: its line opens on a year (2023年，… / 到2025年，…) and ends on a colon. */
const LEAD = /^[\s\u3000]*(?:到|至)?\s*(20\d{2})\s*年[^:：]*[:：]\s*$/;
/** A line opening on a year of its own (2024年，…), not a continuation of an item's body. */
const OWN_YEAR = /^[\s\u3000]*(?:到|至)?\s*20\d{2}\s*年/;
/** A ——item opens its line with the dash (——数字产业化提速，…), which the outline reads as no marker. */
const DASH_ITEM = /^[\s\u3000]*——/;
/** Below every outline rank: a ——item sits inside whatever heads it. */
const DASH_RANK = 99;
/** Lines walked back at most from an item to its lead, and characters from a sentence to its item's line. */
const MAX_WALK = 60;
const MAX_ITEM = 4000;

function lineAt(lines: Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The kind and rank of the item a line opens, if it opens one. */
function itemOf(folded: string, line: Line): { kind: string; rank: number } | undefined {
  if (line.marker !== 'none') return { kind: line.marker, rank: line.rank };
  return DASH_ITEM.test(folded.slice(line.start, line.start + 8)) ? { kind: 'dash', rank: DASH_RANK } : undefined;
}

// Asked for each value of a sentence: kept per sentence.
const kept = new WeakMap<Sentence, { seg: SegmentedDocument; year: number | undefined }>();

/** The year of the lead whose list the sentence stands in, if any. */
export function listLeadYear(seg: SegmentedDocument, sentence: Sentence): number | undefined {
  const known = kept.get(sentence);
  if (known?.seg === seg) return known.year;
  const year = leadOf(seg, sentence.start);
  kept.set(sentence, { seg, year });
  return year;
}

function leadOf(seg: SegmentedDocument, at: number): number | undefined {
  const { lines, folded } = seg;
  let i = lineAt(lines, at);
  // A paragraph opening on its own year (2024年，我们将…) after a list is no part of the list's last item.
  if (i >= 0 && !itemOf(folded, lines[i]) && OWN_YEAR.test(folded.slice(lines[i].start, lines[i].start + 12))) return undefined;
  // The item the sentence stands in: its own line, or the nearest item line before it.
  while (i >= 0 && !itemOf(folded, lines[i]) && at - lines[i].start < MAX_ITEM) i--;
  const item = i >= 0 ? itemOf(folded, lines[i]) : undefined;
  if (!item) return undefined;
  // Lines walked over since the last item line: the body of an earlier item, or prose before the list.
  let between = 0;
  for (let k = i - 1; k >= 0 && i - k <= MAX_WALK; k--) {
    const line = lines[k];
    const other = itemOf(folded, line);
    if (other && other.kind === item.kind && other.rank === item.rank) {
      between = 0;
      continue;
    }
    // An unmarked line, or a sub-item of an item's body ((1) under 1.), is part of an item or prose before the list.
    if (!other || other.rank > item.rank) {
      const lead = other ? null : LEAD.exec(folded.slice(line.start, line.end));
      if (lead) return between === 0 ? Number(lead[1]) : undefined;
      between++;
      continue;
    }
    // A heading above the items: they have no lead of their own here.
    return undefined;
  }
  return undefined;
}
