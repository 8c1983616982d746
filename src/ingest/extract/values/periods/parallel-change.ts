import { Period } from '../../../../model';
import type { Lexicon } from '../../../lexicon';
import type { SegmentedDocument, Sentence } from '../../../segment';
import { LOOK_BACK } from '../../tasks/value-kind';
import { CHANGE_TO } from './change-to';

// A change written without years, after one its sentence dates (地区生产总值由2010年的162.4亿元增加到
// 2015年的287.9亿元…；公共预算支出由11.66亿元增加到29.33亿元，年均增长20.26%), runs over the same years:
// its start is the first year's level, the level it reaches the last year's, its yearly average the
// years between. Read across the ；-items and clauses of one sentence, up to a year written again.

export interface ParallelJudgement {
  period: Period;
  reason: 'parallel-change';
}

/** 由2010年的…增加到2015年的, 由2012年底的…增长至2022年6月的: a change between two dated levels, inside one clause. */
const DATED_CHANGE = /[由从]\s*(20\d{2})\s*年[底末]?的[^。;,，；]*?[到至]\s*(20\d{2})\s*年(?:\s*(\d{1,2})\s*月)?[底末]?的/g;
const YEAR = /20\d{2}\s*年/;
const DIGIT = /[0-9零一二两三四五六七八九十百千万]/;
/** How far back a result's own clause is looked at before its sentence is read. */
const OWN_CLAUSE = 40;
const CLAUSE_END = /[,;，；:：]/;
/** The start of an undated change right before a figure (由11.66亿元, 比重由21.6%). */
const STARTS = /[由从]\s*(?:近|约|不到|不足)?\s*$/;
/** The change after a start (…增加到, 提升至). */
const CHANGES_TO = new RegExp(`^[^,;，；。]{0,8}?${CHANGE_TO}`);
/** A level an undated change reached (由11.66亿元增加到29.33亿元: the second figure). */
const REACHED = new RegExp(`[由从][^,;，；。]*?${CHANGE_TO}\\s*(?:近|约|超过)?\\s*$`);

/**
 * The years a result shares with the dated change written before it in its sentence, when the
 * result is the start, the reached level or the yearly average of a change of its own clause.
 */
export function parallelChange(
  seg: SegmentedDocument,
  sentence: Sentence,
  at: { start: number; end: number },
  lexicon: Lexicon,
): ParallelJudgement | undefined {
  const folded = seg.folded;
  // The cue words read with the number (提升至39.8%) count as words before it.
  const digit = Math.max(0, folded.slice(at.start, at.end).search(DIGIT));
  // Asked for every result: its own clause must hold a change or an average before the sentence is read.
  const own = folded.slice(Math.max(sentence.start, at.start - OWN_CLAUSE), at.start + digit);
  const ownClause = own.slice(lastClauseEnd(own) + 1);
  const perYear = lexicon.valueKinds.periods.perYear;
  if (!/[由从]/.test(ownClause) && !perYear.some((w) => ownClause.includes(w))) return undefined;
  // The whole sentence before the value: its earlier ；-items are segmented as sentences of their own.
  const floor = Math.max(0, at.start - LOOK_BACK);
  const from = Math.max(floor, folded.lastIndexOf('。', sentence.start - 1) + 1, folded.lastIndexOf('\n', sentence.start - 1) + 1);
  const before = folded.slice(Math.min(from, sentence.start), at.start + digit);
  if (!before.includes('年') || !before.includes('的')) return undefined;
  let dated: RegExpExecArray | undefined;
  for (const m of before.matchAll(DATED_CHANGE)) dated = m as RegExpExecArray;
  if (!dated) return undefined;
  const first = Number(dated[1]);
  const last = Number(dated[2]);
  const year = seg.time.spokenIn ?? seg.time.year;
  if (last <= first || (year !== undefined && last > year)) return undefined;
  // The dating carries only up to the next year written.
  if (YEAR.test(before.slice(dated.index + dated[0].length))) return undefined;
  // Only a later clause: the dated change's own figures are dated by it.
  const clauseStart = lastClauseEnd(before) + 1;
  if (clauseStart <= dated.index + dated[0].length) return undefined;
  const clause = before.slice(clauseStart);
  const after = folded.slice(at.end, at.end + 12);
  if (STARTS.test(clause) && CHANGES_TO.test(after)) return { period: Period.year(first), reason: 'parallel-change' };
  if (REACHED.test(clause)) {
    const month = dated[3] ? Number(dated[3]) : 0;
    return { period: month >= 1 && month <= 12 ? Period.month(last, month) : Period.year(last), reason: 'parallel-change' };
  }
  if (perYear.some((w) => clause.includes(w))) return { period: Period.span(first + 1, last), reason: 'parallel-change' };
  return undefined;
}

function lastClauseEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_END.test(text[i])) return i;
  return -1;
}
