import { foldForMatching } from '../../normalise';
import { aspiring, clauseCues, cueAfter, cuesBefore, judge } from './cues';
import { isAdjective, isInsideName, isOrdinalOrCode } from './guards';
import type { Quantity } from './quantity';
import { readNumber, type NumberToken } from './token';
import { unitAt, type UnitMatch } from './unit';
import { quantityVocabulary, type Vocabulary } from './vocabulary';

// The scan: fold the text once (traditional → simplified, full width → half width, same
// length, so offsets hold), then read every number left to right and keep the quantities.

let lastFold: { text: string; folded: string } | undefined;

/** The folded text; the last one is kept, so sentence-by-sentence calls on one document fold it once. */
function fold(text: string): string {
  if (lastFold?.text === text) return lastFold.folded;
  // Copied into one flat string: the converter returns a rope, slow to index character by character.
  const folded = Buffer.from(foldForMatching(text), 'utf16le').toString('utf16le');
  lastFold = { text, folded };
  return folded;
}

/** The quantity a number token makes, or null when it is not one. */
/** 4.2和0.7个百分点: a bare Arabic number joined to the next, whose rate unit both share. */
const JOINED_RATE = /^(?:和|、)(\d+(?:\.\d+)?)/;
function sharedRate(s: string, at: number, v: Vocabulary): UnitMatch | null {
  const next = JOINED_RATE.exec(s.slice(at, at + 12));
  if (!next) return null;
  const unit = unitAt(s, at + next[0].length, v);
  return unit?.percent ? { ...unit, end: at } : null;
}

/** What may stand between a measured length and its figure: the verbs that set its level, a figure it starts from. */
const LENGTH_VERBS = /^(?:从|由|再|提高到|提高至|提高|提升到|增加到|达到|达|为|[0-9.]+[年岁])*$/;

/** 受教育年限提高到10.5年, 预期寿命达到76.7岁: 年/岁 after the length it measures is a unit. */
function lengthUnit(s: string, t: NumberToken, v: Vocabulary): UnitMatch | null {
  const ch = s[t.end] ?? '';
  const leads = v.lengthLeads[ch];
  if (!leads || !/^\d/.test(s.slice(t.start, t.end))) return null;
  const before = s.slice(Math.max(0, t.start - 20), t.start);
  const lead = leads.map((w) => before.lastIndexOf(w) + (before.lastIndexOf(w) >= 0 ? w.length : 0)).find((at) => at > 0);
  return lead !== undefined && LENGTH_VERBS.test(before.slice(lead)) ? { base: ch, end: t.end + 1, percent: false } : null;
}

/** How far back an index's lead may reach when a print layout breaks it (电能利用效率（PUE）⏎降至1.3). */
const INDEX_REACH = 16;
function leadsIndex(s: string, at: number, v: Vocabulary): boolean {
  if (v.indexLeads.some((w) => s.endsWith(w, at))) return true;
  const before = s.slice(Math.max(0, at - INDEX_REACH), at);
  if (!/\s/.test(before)) return false;
  const joined = before.replace(/\s+/g, '');
  return v.indexLeads.some((w) => joined.endsWith(w));
}

function quantityOf(s: string, t: NumberToken, floor: number, v: Vocabulary): Omit<Quantity, 'raw'> | null {
  const unit = t.unit
    ? { base: t.unit, end: t.end, percent: false }
    : (unitAt(s, t.end, v) ?? lengthUnit(s, t, v) ?? (/\d$/.test(s.slice(t.start, t.end)) ? sharedRate(s, t.end, v) : null));
  const percent = t.percent || (unit?.percent ?? false);
  // 两化融合发展指数达到125左右: an index's level has no unit, and its name and verb say it is one.
  const indexLevel = !unit && !t.percent && /^\d+(?:\.\d+)?$/.test(s.slice(t.start, t.end)) && leadsIndex(s, t.start, v);
  if (!unit && !t.percent && !indexLevel && !(t.multiplied && !isAdjective(s, t.end, v))) return null; // 双12, 2025年, 千亿级
  if (isOrdinalOrCode(s, t, v)) return null;
  let end = unit?.end ?? t.end;
  const after = cueAfter(s, end, v);
  if (after) end += after.word.length;
  const before = cuesBefore(s, t.start, floor, v);
  if (isInsideName(s, before.start, end, v)) return null;
  const near = [...(after ? [after] : []), ...t.cues, ...before.cues];
  const { comparator, qualifier } = judge(near, clauseCues(s, before.start, 0, v), aspiring(s, before.start, 0, v), v);
  // Filled in order, each optional key only when it has a value (one object per number read).
  const q: Omit<Quantity, 'raw' | 'percent'> & { percent?: boolean } = { start: before.start, end, value: t.value };
  if (t.max !== undefined) q.max = t.max;
  if (unit) q.unit = unit.base;
  else if (t.percent) q.unit = '%';
  if (comparator) q.comparator = comparator;
  if (qualifier) q.qualifier = qualifier;
  q.percent = percent;
  return q as Omit<Quantity, 'raw'>;
}

/**
 * Every quantity in `text` (or in text[from, to)): 开通基站4.27万个 → 42700 个,
 * 超2240亿条 → 224000000000 条 (超, ≥), 12%以上 → 12 % (≥). Offsets are into `text`.
 * `folded`, when the caller holds it (a segmented document's), is the text's fold, so it is
 * not folded and copied again.
 */
export function findQuantities(text: string, from = 0, to: number = text.length, folded?: string): Quantity[] {
  const v = quantityVocabulary();
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const s = (folded ?? fold(text)).slice(0, hi); // nothing is read past `to`; the clause before `from` still counts
  const out: Quantity[] = [];
  let floor = lo; // cue words may not reach before `from` nor into the previous quantity
  for (let i = floor; i < s.length;) {
    if (!v.startCodes[s.charCodeAt(i)]) {
      i++;
      continue;
    } // most characters cannot begin a number
    const read = readNumber(s, text, i, v);
    if (!read) {
      i++;
      continue;
    }
    if ('skip' in read) {
      i = Math.max(read.skip, i + 1);
      continue;
    }
    i = Math.max(read.token.end, i + 1);
    const q = quantityOf(s, read.token, floor, v);
    if (!q) continue;
    // No value from garbled text: a replacement character (an undecodable byte) in or beside it.
    if (text.slice(Math.max(0, q.start - 1), q.end + 1).includes('\uFFFD')) {
      floor = i = q.end;
      continue;
    }
    // `raw` goes last, on the object just made, as the spread into a copy put it.
    (q as Quantity).raw = text.slice(q.start, q.end);
    out.push(q as Quantity);
    floor = i = q.end;
  }
  return out;
}
