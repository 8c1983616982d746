import { Period } from '../../model';
import type { Lexicon } from '../lexicon';
import { markerNumber } from './outline';
import { digitYears } from './text';
import type { DocumentTime, Paragraph, Role, Section, Span } from './types';
import { pastYearHeading } from './year-headings';

export type { Role };

// What a stretch of text reports or commits, by its heading (发展基础, 现状, 工作回顾 → results;
// 发展目标, 重点任务, 展望 → commitments) or by the lead of a paragraph that opens a run of them
// (过去一年，… / 过去五年… / 今年发展主要预期目标是：), with the period the heading or lead
// names. A lead holds until the next lead or the end of its section.

/** The first of the words found in text, with its offset. */
function firstOf(text: string, words: readonly string[]): { at: number; word: string } | undefined {
  let best: { at: number; word: string } | undefined;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at >= 0 && (!best || at < best.at || (at === best.at && word.length > best.word.length))) best = { at, word };
  }
  return best;
}

/** The period named by a heading or lead: a year written in it, else a relative word. */
export function namedPeriod(text: string, time: DocumentTime, lexicon: Lexicon): Period | undefined {
  const p = lexicon.valueKinds.periods;
  const year = /(20\d{2})\s*年/.exec(text);
  // 2023年上半年，全区实现… · 今年上半年以来，…: a lead or heading naming the first half reports that half.
  const half = firstOf(text, p.firstHalf);
  if (year) return half?.at === year.index + year[0].length ? Period.half(Number(year[1]), 1) : Period.year(Number(year[1]));
  // Back from when it speaks (its date), else from its year.
  const now = time.spokenIn ?? time.year;
  if (now === undefined) return undefined;
  if (firstOf(text, p.fiveYears)) return Period.span(now - 5, now - 1);
  if (firstOf(text, p.lastYear)) return Period.year(now - 1);
  return half ? Period.half(now, 1) : undefined;
}

const PERIOD_END = /^[”"’]?(?:期末|末|收官|开局)/;
const SINCE = /^[”"’]?(?:规划实施)?以来/;

/**
 * A lead that opens with a five-year period (“十四五”时期是…) in a document written before or
 * during it commits that period's goals; one that ended before the document reports it.
 */
function fiveYearLead(text: string, start: number, time: DocumentTime, lexicon: Lexicon): Role | undefined {
  if (time.year === undefined) return undefined;
  for (const [name, years] of Object.entries(lexicon.plans.fiveYearPeriods)) {
    const at = text.indexOf(name);
    if (at < 0 || at > 2) continue;
    // 到“十四五”末，… · “十四五”开局之年，…: a horizon its clause sets or a year it names, no lead of the period.
    const after = text.slice(at + name.length);
    if (PERIOD_END.test(after)) continue;
    const span = Period.parse(years);
    if (!span) continue;
    const cue = { start: start + at, end: start + at + name.length };
    // “十四五”以来，…: a look back over the period so far, to the year before the document speaks.
    if (SINCE.test(after)) {
      const now = time.spokenIn ?? time.year;
      const first = Period.firstYear(span);
      return now > first
        ? { kind: 'ACTUAL', by: 'lead', cue, period: Period.span(first, Math.min(now - 1, Period.lastYear(span))) }
        : undefined;
    }
    const kind = Period.lastYear(span) < time.year ? 'ACTUAL' : 'TARGET';
    return { kind, by: 'lead', cue, period: span };
  }
  return undefined;
}

const GOAL = '目标';

/** How far after a goal the word saying it was met may stand (目标任务全面完成). */
const ATTAINED_WITHIN = 4;

/** “一体化”目标基本实现 · 主要目标任务全面完成: a heading saying its goal was met, as one result word. */
function goalAttained(text: string, goal: { at: number; word: string } | undefined, lexicon: Lexicon) {
  if (!goal) return undefined;
  const from = goal.at + goal.word.length;
  const after = text.slice(from, from + ATTAINED_WITHIN + 2);
  for (const w of lexicon.valueKinds.roles.attained) {
    const i = after.indexOf(w);
    // 主要目标是实现…: a copula says what the goal is, not that it was met.
    if (i >= 0 && i <= ATTAINED_WITHIN && !/[，,。；;：:、是为]/.test(after.slice(0, i)))
      return { at: goal.at, word: text.slice(goal.at, from + i + w.length) };
  }
  return undefined;
}

function roleOf(text: string, start: number, by: Role['by'], time: DocumentTime, lexicon: Lexicon): Role | undefined {
  // A paragraph opens a run only with the words of a lead (过去一年, 主要预期目标): a goal's
  // own lead (——转型升级成效显著) is not one.
  const r = by === 'lead' ? lexicon.valueKinds.roles.leads : lexicon.valueKinds.roles;
  let target = firstOf(text, r.target);
  // （一）主要目标完成情况 as a lead, as a heading: the goals' results (a lead's 今年要完成… commits).
  const goal = by === 'lead' && !target?.word.includes(GOAL) ? undefined : target;
  const actual = firstOf(text, r.actual) ?? goalAttained(text, goal, lexicon);
  // The goal a heading says was met (目标基本实现) is part of the result it names, no commitment.
  if (actual && target && actual.at <= target.at && target.at < actual.at + actual.word.length) target = undefined;
  if (!actual && !target && by === 'lead') return fiveYearLead(text, start, time, lexicon);
  if (!actual && !target) return pastYearHeading(text, start, time);
  // 回顾与展望 says both: no role.
  if (!actual === !target) return undefined;
  const hit = (actual ?? target)!;
  return {
    kind: actual ? 'ACTUAL' : 'TARGET',
    by,
    cue: { start: start + hit.at, end: start + hit.at + hit.word.length },
    period: namedPeriod(text, time, lexicon),
  };
}

/**
 * The role a title line names (…要点之一：2022年工作回顾), standing over every sentence no heading or lead
 * gives one: the document's own heading. A title that says both (工作总结及2022年工作思路) gives none.
 */
export function titleRole(title: Span | undefined, folded: string, time: DocumentTime, lexicon: Lexicon): Role | undefined {
  if (!title) return undefined;
  const text = digitYears(folded.slice(title.start, title.end));
  // …要点之一:2022年工作回顾: the subtitle after a colon names what the document is, with its period.
  const colon = text.search(/[:：]/);
  const sub = colon > 0 ? roleOf(text.slice(colon + 1), title.start + colon + 1, 'section', time, lexicon) : undefined;
  if (sub?.period) return sub;
  // Its kind only: a half-year summary titled …年上半年工作总结 reports that half, the document's own period, not the year.
  const role = roleOf(text, title.start, 'section', time, lexicon);
  return role && { ...role, period: undefined };
}

/**
 * Each section's role: its heading's, else its parent's, else a commitment carried on from the
 * section before it at the same level. Once a text turns to what it will do (二、2015年工作总体部署),
 * the sections after it that name no role of their own (三、把改革开放扎实推向纵深) go on committing;
 * a look back is never carried forward.
 */
export function sectionRoles(sections: readonly Section[], folded: string, time: DocumentTime, lexicon: Lexicon): (Role | undefined)[] {
  const out: (Role | undefined)[] = [];
  const lastAt = new Map<number, number>();
  sections.forEach((s, i) => {
    const parent = s.parent >= 0 ? out[s.parent] : undefined;
    const read = withPeriodOf(
      roleOf(digitYears(s.headingText), s.heading.start, 'section', time, lexicon) ?? problemsRole(s, time, lexicon),
      parent,
    );
    const own = (read && !aimedAt(read, parent, s, lexicon) ? read : undefined) ?? parent;
    const before = lastAt.get(s.parent);
    // Only the next section of the same run (二、 then 三、): a count starting again (一、) opens another part.
    const next = before !== undefined && follows(sections[before], s, folded);
    const sibling = next ? out[before] : undefined;
    out.push(own ?? (sibling?.kind === 'TARGET' ? sibling : undefined));
    lastAt.set(s.parent, i);
  });
  return out;
}

/**
 * 二、存在的问题: the shortfalls a heading lists are the state of things before the document speaks (仅建成1800张 in a
 * report of January 2017: 2016), as the levels a commitment starts from are; their gaps measured against a goal
 * (距“十三五”目标3000张) are judged by the goal's own words.
 */
function problemsRole(s: Section, time: DocumentTime, lexicon: Lexicon): Role | undefined {
  if (s.mode !== 'problems') return undefined;
  const now = time.spokenIn ?? time.year;
  const period = namedPeriod(s.headingText, time, lexicon) ?? (now !== undefined ? Period.year(now - 1) : undefined);
  return { kind: 'ACTUAL', by: 'section', cue: s.heading, period };
}

/**
 * （一）推动重要领域改革取得新突破 under 三、2014年重点工作: a heading inside a commitment whose result
 * word follows a verb of aim names what the commitment aims at; its section goes on committing.
 */
function aimedAt(own: Role, parent: Role | undefined, s: Section, lexicon: Lexicon): boolean {
  if (own.kind !== 'ACTUAL' || parent?.kind !== 'TARGET' || !own.cue) return false;
  const before = s.headingText.slice(0, Math.max(0, own.cue.start - s.heading.start));
  return lexicon.valueKinds.roles.aims.some((w) => before.includes(w));
}

/** Whether s is numbered right after before (二、 then 三、). */
function follows(before: Section, s: Section, folded: string): boolean {
  const a = markerNumber(folded.slice(before.start, before.heading.start).trimStart());
  const b = markerNumber(folded.slice(s.start, s.heading.start).trimStart());
  return a !== undefined && b === a + 1;
}

/** A role without a period of its own takes the enclosing one's when they agree (进展 under 2013年工作回顾). */
export function withPeriodOf(own: Role | undefined, outer: Role | undefined): Role | undefined {
  if (!own || own.period || !outer?.period || outer.kind !== own.kind) return own;
  return { ...own, period: outer.period };
}

const LEAD_END = /[,，:：。;；!！]/;

/**
 * Each paragraph's role from a lead (its own or an earlier paragraph's in the same section). A
 * lead carried on from an earlier paragraph stops where its section's heading says the opposite:
 * a look back (过去五年…) inside 十四五时期主要目标任务 does not make the goals after it results.
 */
export function paragraphRoles(
  folded: string,
  paragraphs: readonly Paragraph[],
  time: DocumentTime,
  lexicon: Lexicon,
  sectionRole: (section: number) => Role | undefined = () => undefined,
): (Role | undefined)[] {
  const max = lexicon.valueKinds.roles.maxLead;
  const out: (Role | undefined)[] = [];
  let current: Role | undefined;
  let section = -2;
  let previousEnd = 0;
  for (const p of paragraphs) {
    if (p.section !== section) {
      current = undefined;
      section = p.section;
    }
    // A lead written as a line of its own (2025年的主要目标是：) is read as a heading line, not
    // a paragraph: it sits in the short gap before the paragraph it opens.
    const whole = p.start - previousEnd <= max * 2 ? leadAt(folded, previousEnd, p.start, max, time, lexicon) : undefined;
    const line = leadLineAt(folded, previousEnd, p.start, max, time, lexicon);
    const gap = line?.period ? line : (whole ?? line);
    const own = leadAt(folded, p.start, p.end, max, time, lexicon) ?? gap;
    if (own) current = own;
    else if (current && sectionRole(p.section)?.kind === (current.kind === 'ACTUAL' ? 'TARGET' : 'ACTUAL')) current = undefined;
    // 2019年，全省数字政府建设取得积极成效。…用户突破4000万 under 一、总体要求: a paragraph opening on a year already past
    // reports it, whatever its section commits; its own paragraph only (the section's role holds for the next).
    const past = current ? undefined : yearPast(folded, p.start, p.end, time);
    out.push(past && sectionRole(p.section)?.kind !== 'ACTUAL' ? past : current);
    previousEnd = p.end;
  }
  return out;
}

/**
 * The last line of text before a paragraph (its item marker, 1., no part of it), read as a lead on its own: a heading
 * above it (一、发展目标 ⏎ 2026年，实现以下目标： ⏎ 1.…) is not the lead's first words.
 */
function leadLineAt(folded: string, from: number, to: number, max: number, time: DocumentTime, lexicon: Lexicon): Role | undefined {
  let end = folded.lastIndexOf('\n', to - 1);
  while (end > from && /\s/.test(folded[end - 1])) end--;
  const start = folded.lastIndexOf('\n', end - 1) + 1;
  if (end <= from || start <= from || end - start > max * 2) return undefined;
  return leadAt(folded, start, end, max, time, lexicon);
}

/** An address opening a paragraph is this short at most (各位代表, 同志们). */
const ADDRESS_MAX = 6;

function leadAt(
  folded: string,
  start: number,
  end: number,
  max: number,
  time: DocumentTime,
  lexicon: Lexicon,
  afterAddress = true,
): Role | undefined {
  let from = start;
  while (from < end && /\s/.test(folded[from])) from++;
  // 黄强在报告中说，过去一年，… · 李强…作政府工作报告时表示，今年发展主要预期目标是：: the lead is what the speaker is
  // reported to say.
  const spoken = afterAddress ? speakerFrame(folded, from, end, lexicon) : undefined;
  // 李强回顾去年工作时说，…: a frame that names a role of its own leads with it when the words after it name none.
  if (spoken !== undefined)
    return leadAt(folded, spoken, end, max, time, lexicon, false) ?? roleOf(folded.slice(from, spoken - 1), from, 'lead', time, lexicon);
  // 2024年全省经济社会发展的主要预期目标是：: the year opening a lead is not counted in its length.
  const year = OPENING_YEAR.exec(folded.slice(from, from + 8));
  const head = folded.slice(from, Math.min(end, from + (year ? year[0].length : 0) + max + 1));
  const cut = LEAD_END.exec(head);
  const lead = cut ? head.slice(0, cut.index) : head.slice(0, max);
  const role = roleOf(lead, from, 'lead', time, lexicon) ?? yearAhead(lead, from, time);
  // A short address first (各位代表，刚刚过去的2015年，…): the lead is the clause after it.
  if (role || !afterAddress || !cut) return role;
  // 2015年是“十二五”收官之年。过去五年，…: a short opening sentence that sets the scene leaves the
  // lead to the sentence after it.
  if (cut.index > ADDRESS_MAX && !(head[cut.index] === '。' && cut.index <= max)) return role;
  const next = cut.index + 1;
  const after = leadAt(folded, from + next, end, max, time, lexicon, false);
  // 2026年，实现以下目标： / 2023年，主要成效如下：: a year standing alone before the lead is the period it names.
  const alone = LEAD_YEAR.exec(lead);
  return after && !after.period && alone ? { ...after, period: Period.year(Number(alone[1])) } : after;
}

/** A year opening a lead's words (2024年全省…). */
const OPENING_YEAR = /^20\d{2}\s*年/;
/** A speaker's frame is this long at most (新华社北京3月5日电 国务院总理李强5日在…上作政府工作报告时表示). */
const FRAME_MAX = 80;

/** Where the words after a speaker's frame start, when the paragraph opens on one (…时表示，). */
function speakerFrame(folded: string, from: number, end: number, lexicon: Lexicon): number | undefined {
  const head = folded.slice(from, Math.min(end, from + FRAME_MAX));
  const cut = /[,，:：]/.exec(head);
  if (!cut || /[。;；!！?？]/.test(head.slice(0, cut.index))) return undefined;
  const frame = head.slice(0, cut.index);
  return lexicon.valueKinds.roles.speakers.some((w) => frame.endsWith(w)) ? from + cut.index + 1 : undefined;
}

/** A clause that is a year alone (2026年, 2026年底), opening a paragraph before its lead. */
const LEAD_YEAR = /^(20\d{2})\s*年(?:底|末)?$/;

/** A paragraph's opening year alone before its first comma (2019年，…). */
const PARAGRAPH_YEAR = /^[\s\u3000]*(20\d{2})\s*年\s*[，,]/;

/** A paragraph opening on a year over when the document speaks (2019年，… in a plan of April 2020): its results. */
function yearPast(folded: string, start: number, end: number, time: DocumentTime): Role | undefined {
  const now = time.spokenIn ?? time.year;
  const m = PARAGRAPH_YEAR.exec(folded.slice(start, Math.min(end, start + 12)));
  if (!m || now === undefined || Number(m[1]) >= now) return undefined;
  const at = start + m[0].indexOf(m[1]);
  return { kind: 'ACTUAL', by: 'lead', cue: { start: at, end: at + 5 }, period: Period.year(Number(m[1])) };
}

/**
 * 2024年，我们将着力抓好以下工作：… in a summary of 2023: a paragraph opening on a year after the one the document is
 * about commits that year's work, as a heading 2024年工作打算 would.
 */
function yearAhead(lead: string, from: number, time: DocumentTime): Role | undefined {
  const year = LEAD_YEAR.exec(lead);
  if (!year || time.year === undefined || Number(year[1]) <= time.year) return undefined;
  return { kind: 'TARGET', by: 'lead', cue: { start: from, end: from + lead.length }, period: Period.year(Number(year[1])) };
}
