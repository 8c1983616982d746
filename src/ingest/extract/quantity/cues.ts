import type { Comparator, Qualifier } from '../../../model';
import type { Cue, Vocabulary } from './vocabulary';

// Words that bound or qualify a number: next to it (不少于1000项, 12%以上, 430余种) or earlier
// in its clause (累计开通…4.27万个, 同比增长超过21%, 力争…达4.5万个).

const find = (cues: Cue[], s: string, at: number): Cue | undefined => cues.find((c) => s.startsWith(c.word, at));

/** The chain of cue words ending at `at` (累计超7700万元), nearest first, never reaching below `floor`. */
export function cuesBefore(s: string, at: number, floor: number, v: Vocabulary): { start: number; cues: Cue[] } {
  const cues: Cue[] = [];
  let start = at;
  if (s[start - 1] === ' ' && start - 1 > floor && s[start - 2] !== ' ') start--; // 超过 50%: PDF spacing
  for (let n = 0; n < 3; n++) {
    const cue = v.before.find((c) => start - c.word.length >= floor && s.startsWith(c.word, start - c.word.length));
    if (!cue) break;
    cues.push(cue);
    start -= cue.word.length;
  }
  return { start: cues.length ? start : at, cues };
}

/** 余/多 between a number and its multiplier or unit. */
export const cueBetween = (s: string, at: number, v: Vocabulary): Cue | undefined => find(v.between, s, at);

/** 以上/以内/左右 right after the unit. */
export const cueAfter = (s: string, at: number, v: Vocabulary): Cue | undefined => find(v.after, s, at);

/**
 * How far back a clause or sentence cue is looked for. Ordinary sentences are far shorter; without
 * a bound, every number of a sentence with thousands of them scanned back to its start (the square
 * of its length: two 6 MB lines took minutes).
 */
const LOOKBACK = 500;

/** Where the clause (or sentence) holding `at` begins, not below `floor` nor LOOKBACK back. */
function backTo(s: string, at: number, floor: number, ends: Uint8Array): number {
  floor = Math.max(floor, at - LOOKBACK);
  let i = at;
  while (i > floor && !ends[s.charCodeAt(i - 1)]) i--;
  return i;
}

/** Qualifiers that reach across the clause: 累计, 新增, 同比 anywhere before the number in it. */
export function clauseCues(s: string, at: number, floor: number, v: Vocabulary): Cue[] {
  const clause = s.slice(backTo(s, at, floor, v.clauseEnds), at);
  return v.clauseCues.filter((c) => clause.includes(c.word));
}

/** A 力争/确保 earlier in the sentence: the target is a floor, not an exact value. */
export function aspiring(s: string, at: number, floor: number, v: Vocabulary): boolean {
  const sentence = s.slice(backTo(s, at, floor, v.sentenceEnds), at);
  return v.aspiration.some((w) => sentence.includes(w));
}

/**
 * The comparator comes from the nearest word that has one, after-words first (达到12%以上 is ≥,
 * 降至1.88毫秒左右 is about); a reach word (达, 达到) under 力争 becomes ≥. The qualifier is the
 * first in the lexicon's order among all the words seen.
 */
export function judge(near: Cue[], clause: Cue[], aspiration: boolean, v: Vocabulary): { comparator?: Comparator; qualifier?: Qualifier } {
  const withComparator = near.find((c) => c.comparator);
  let comparator = withComparator?.comparator;
  if (comparator === '=' && aspiration && withComparator && v.reach.has(withComparator.word)) comparator = '>=';
  const seen = new Set([...near, ...clause].map((c) => c.qualifier).filter((q): q is Qualifier => q !== undefined));
  const qualifier = v.qualifierOrder.find((q) => seen.has(q));
  return { comparator, qualifier };
}
