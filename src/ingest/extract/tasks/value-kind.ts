import type { KindReason, ValueKind } from '../../../model';
import type { Lexicon } from '../../lexicon';
import { asOfBefore, datedView, type SegmentedDocument, type Sentence, type Span } from '../../segment';
import { namedGoal } from './named-goals';

// Whether a value is a result or a commitment, decided per clause by evidence, most specific
// first: a cue word of its own sentence before it (已, 截至, 同比 · 力争, 到2025年, 预期; a past
// year written before it; the nearest wins), then the role of its paragraph lead or section
// (发展基础, 过去一年 · 发展目标, 主要预期目标), then the genre: what the document's units with
// evidence mostly are, else its section's mode. Words both kinds use (建成, 累计, 以上, 将,
// 比上年) decide nothing: measured on the real gold, they were wrong more often than right; 同比
// decides only where no section or lead commits (年末…达到81亿元，同比增长16% is a goal).

export interface KindJudgement {
  kind: ValueKind;
  reason: KindReason;
  /** The words that decided it (absent when the genre did). */
  cue?: Span;
}

interface Hit {
  at: number;
  end: number;
  kind: ValueKind;
  reason: KindReason;
}

// 到2025年 / 至2027年底 / 2025年底前: a horizon. 2022年, (not a base year: 比2020年): a past year.
// 2022年前三季度, 2023年前10个月: the first quarters or months of that year, not before it.
const YEAR = /(到|至|在)?\s*(20\d{2})\s*年(底|末)?(前(?![一二两三四五六七八九十\d]+\s*个?\s*(?:季度|月)))?/g;
const BASE = /[比较]$|与$|相比$/;
/** 的 right after a year, or after its month (2022年6月底的): the level of that date. */
const LEVEL_OF = /^(?:\s*\d{1,2}\s*月[底末]?)?\s*的/;
// 3年内 / 三年内: a horizon counted from the document's date.
export const WITHIN_YEARS = /([1-5一二两三四五])\s*年内/g;
/** 五年内翻了一番, 三年内增长了…: a verb closed by 了 right after the years, what they did. */
const DONE_WITHIN = /^[\u4e00-\u9fff]{1,3}了/;
/**
 * How far back in its sentence a value's cues are read. Real sentences are shorter; a run-on
 * "sentence" of thousands of clauses would otherwise be rescanned once per value in it.
 */
export const LOOK_BACK = 400;
/** Where a value's look-back starts: its sentence's start, or LOOK_BACK before `to`. */
export const lookBackFrom = (sentenceStart: number, to: number): number => Math.max(sentenceStart, to - LOOK_BACK);

interface Words {
  strong: [string, ValueKind][];
  not: string[];
}
const cache = new WeakMap<Lexicon, Words>();
function words(lexicon: Lexicon): Words {
  let w = cache.get(lexicon);
  if (!w) {
    const c = lexicon.valueKinds.clause;
    const tag = (list: string[], kind: ValueKind) => list.map((x): [string, ValueKind] => [x, kind]);
    w = { strong: [...tag(c.actual, 'ACTUAL'), ...tag(c.target, 'TARGET')], not: c.notCues };
    cache.set(lexicon, w);
  }
  return w;
}

/**
 * The cue words that occur in a sentence at all, remembered for the last sentence judged: every
 * unit of a sentence is judged in turn, each over a look-back inside the sentence, so a word the
 * sentence lacks is never found there and need not be looked for again (lists keep their order).
 */
let lastSentence: { seg: SegmentedDocument; sentence: Sentence; all: Words; present: Words } | undefined;
function wordsIn(seg: SegmentedDocument, sentence: Sentence, all: Words): Words {
  if (lastSentence?.seg !== seg || lastSentence.sentence !== sentence || lastSentence.all !== all) {
    const text = seg.folded.slice(sentence.start, sentence.end);
    const present = { strong: all.strong.filter(([w]) => text.includes(w)), not: all.not.filter((w) => text.includes(w)) };
    lastSentence = { seg, sentence, all, present };
  }
  return lastSentence.present;
}

const COMPARED = '同比';
const PROGRAMME_RUN =
  /(?:实施|启动|开展|列入|纳入|入选)[^\d，,。；;：:、]{2,12}?计划[”"]?(?:(?:和|及|与|、)[^\d，,。；;：:、]{2,12}?计划[”"]?)*/g;
/** 提高…营养改善计划补助标准, 营养改善计划惠及3600多万: a programme's name before what it pays or reaches, no plan for the figure. */
const PROGRAMME_NAMED = /[\u4e00-\u9fff]{2}计划(?=补助|资金|标准|惠及|覆盖)/g;
const ATTRIBUTE_DONE = /已经?[^\d，,。；;：:、的]{1,4}的/g;
/**
 * 实现高职院校扩招100万人目标, 1亿…在城镇落户目标顺利实现: a goal said to be met (or to be met);
 * 目标 names it, the clause's section or lead says whether it was.
 */
const GOAL_MET = /(?:实现|完成)[^，,。；;：:]{0,24}?目标|目标(?:任务)?(?:已经?|顺利|如期|提前|胜利|全面|基本)*(?:实现|完成)/g;
/**
 * 围绕“打造数字化防疫指挥部”总目标，…发布核酸采样点信息7000余个: the goal work is steered by, named; it
 * commits none of the figures after it.
 */
const GOAL_STEERED = /(?:围绕|锚定|紧扣|瞄准|对标)[^，,。；;：:]{0,24}?目标/g;

/** Ranges inside 《》 (plan titles: 行动计划 there is a name, not a cue) and inside not-cue words. */
function blocked(text: string, not: string[]): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
    const close = text.indexOf('》', i);
    out.push({ start: i, end: close < 0 ? text.length : close });
  }
  for (const n of not) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.push({ start: i, end: i + n.length });
  // 建设已批复的国家制造业创新中心，省制造业创新中心达到50家左右: 已 inside an attribute (已X的)
  // describes a noun; it says nothing of the clause's figure.
  // Each pattern below needs its literal word (已, 计划): a text without it is not scanned.
  if (text.includes('已')) for (const m of text.matchAll(ATTRIBUTE_DONE)) out.push({ start: m.index, end: m.index + m[0].length });
  // 持续实施营养改善计划，每年惠及3700多万学生; 5个项目列入国家级科技计划: a programme carried out or
  // joined, named, not a plan for the figure; so is each programme of a list (实施强基计划和…计划).
  if (text.includes('计划')) {
    for (const m of text.matchAll(PROGRAMME_RUN)) out.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(PROGRAMME_NAMED)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (text.includes('目标')) {
    for (const m of text.matchAll(GOAL_MET)) out.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(GOAL_STEERED)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The cue nearest to the end of text among the words (occurrences anywhere in text). */
function nearest(text: string, list: [string, ValueKind][], reason: (k: ValueKind) => KindReason, skip: Span[]): Hit | undefined {
  let best: Hit | undefined;
  for (const [word, kind] of list) {
    const at = text.lastIndexOf(word);
    if (at < 0) continue;
    let i = at;
    while (i >= 0 && skip.some((b) => i < b.end && b.start < i + word.length)) i = i > 0 ? text.lastIndexOf(word, i - 1) : -1;
    if (i >= 0 && (!best || i + word.length > best.end || (i + word.length === best.end && i < best.at)))
      best = { at: i, end: i + word.length, kind, reason: reason(kind) };
  }
  return best;
}

/** …增长6%左右的预期目标: the goal the figure is, named right after it. */
const GOAL_AFTER = /[\d%](?:左右|以上|以下|以内)?\s*的(?:预期|年度|增长)?目标/;

const ITEM_BREAK = /[；;]\s*$/;
const SENTENCE_BREAK = /[。！？!?\n]/;
/** A sentence opening on a year (2023年，…), after a short attribution at most (报告显示，). */
const OPENS_ON_YEAR = /^\s*(?:[^，,。；;\d]{1,8}[，,:：]\s*)?(20\d{2})\s*年\s*[，,]/;

/** The year opening the 。-sentence a ；-item continues, if any. */
export function itemOfYear(seg: SegmentedDocument, sentence: Sentence): { year: number; cue: Span } | undefined {
  const { folded } = seg;
  if (!ITEM_BREAK.test(folded.slice(Math.max(0, sentence.start - 4), sentence.start))) return undefined;
  let from = sentence.start - 1;
  while (from > 0 && !SENTENCE_BREAK.test(folded[from - 1])) from--;
  const m = OPENS_ON_YEAR.exec(folded.slice(from, sentence.start));
  if (!m) return undefined;
  const at = from + m.index + m[0].indexOf(m[1]);
  return { year: Number(m[1]), cue: { start: at, end: at + m[1].length + 1 } };
}

/** A year written in the clause: ahead of the document's date it is a horizon, behind it a past year. */
function yearCue(text: string, docYear: number | undefined, skip: Span[], spoken = docYear): Hit | undefined {
  // Both patterns need 年: a clause without it names no year.
  if (!text.includes('年')) return undefined;
  let best: Hit | undefined;
  for (const m of text.matchAll(YEAR)) {
    if (skip.some((b) => m.index >= b.start && m.index < b.end)) continue; // a year in a title: 《…(2025-2027年)》
    if (BASE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 截至2022年底: as of, its cue is 截至; 截至2025年底 in a plan of 2023 is when it is due (a date ahead of
    // when the text is spoken: a report on 2021 delivered in 2022 writes 截止到2022年8月 as of).
    if (m[1] && asOfBefore(text, m.index) && (spoken === undefined || Number(m[2]) <= spoken)) continue;
    // 提升至2022年的28%, 增长至2022年6月的10.51亿: that year's (or month's) level.
    const reference = LEVEL_OF.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    const year = Number(m[2]);
    const horizon = !reference && (m[1] === '到' || m[1] === '至' || m[4] !== undefined);
    let kind: ValueKind | undefined;
    if (horizon && (docYear === undefined || year >= docYear)) kind = 'TARGET';
    // 部署启动面向2030年的科技创新重大项目，…新设6个…: a later year before 的 qualifies a noun; it dates no figure.
    else if (docYear !== undefined && year > docYear && !reference) kind = 'TARGET';
    else if (docYear !== undefined && year < docYear && !horizon) kind = 'ACTUAL';
    if (kind) best = { at: m.index, end: m.index + m[0].length, kind, reason: kind === 'TARGET' ? 'horizon' : 'past-year' };
  }
  for (const m of text.matchAll(WITHIN_YEARS)) {
    // 五年内翻了一番: what the years did (a verb closed by 了), no horizon.
    if (DONE_WITHIN.test(text.slice(m.index + m[0].length))) continue;
    if (!best || m.index + m[0].length > best.end) best = { at: m.index, end: m.index + m[0].length, kind: 'TARGET', reason: 'horizon' };
  }
  return best;
}

/**
 * Judges the value(s) of one clause: `from` is where its sentence starts, `to` where the value
 * (with its after-words, 以上/左右) ends; both are offsets into the folded text.
 */
export function judgeKind(document: SegmentedDocument, sentence: Sentence, to: number, lexicon: Lexicon): KindJudgement | undefined {
  // 到二〇二五年, 二〇二二年，…: read as 到2025年, 2022年.
  const seg = datedView(document);
  const from = lookBackFrom(sentence.start, to);
  const text = seg.folded.slice(from, to);
  const w = to <= sentence.end ? wordsIn(seg, sentence, words(lexicon)) : words(lexicon);
  const skip = blocked(text, w.not);
  const cue = (h: Hit): KindJudgement => ({ kind: h.kind, reason: h.reason, cue: { start: from + h.at, end: from + h.end } });
  const strong = [
    nearest(text, w.strong, (k) => (k === 'ACTUAL' ? 'clause-actual' : 'clause-target'), skip),
    yearCue(text, seg.time.year, skip, seg.time.spokenIn ?? seg.time.year),
  ]
    .filter((h): h is Hit => h !== undefined)
    .sort((a, b) => b.end - a.end)[0];
  const role = sentence.role;
  // 2011年，…社会消费品零售总额预计完成84亿元 in a review: an estimate of a past year's result.
  const estimate = strong?.kind === 'TARGET' && lexicon.valueKinds.clause.estimates.includes(text.slice(strong.at, strong.end));
  // The year is past when the document speaks (2022年…预计近2170亿元 in a report on 2022 published in 2023).
  const spoken = seg.time.spokenIn ?? seg.time.year;
  if (estimate && (role?.kind === 'ACTUAL' || yearCue(text.slice(0, strong.at), spoken, skip)?.kind === 'ACTUAL'))
    return { kind: 'ACTUAL', reason: 'clause-estimate', cue: { start: from + strong!.at, end: from + strong!.end } };
  // 年末…销售收入达到81亿元，同比增长16% under a section that commits: 同比 compares the goal with
  // the year before; it reports nothing there.
  // 2018年，全省信息通信业务收入达到1100亿元，同比增长8.2% under 一、总体目标: a past year before it dates the comparison.
  if (
    strong &&
    role?.kind === 'TARGET' &&
    strong.kind === 'ACTUAL' &&
    text.slice(strong.at, strong.end) === COMPARED &&
    yearCue(text.slice(0, strong.at), seg.time.year, skip, spoken)?.kind !== 'ACTUAL'
  ) {
    return { kind: role.kind, reason: `${role.by}-target`, cue: role.cue };
  }
  // 提前完成“十二五”规划确定的3万户棚户区改造目标: a five-year period's goal quoted with the result, whatever else its clause says.
  const named = text.includes('五') ? namedGoal(seg.folded, sentence.start, to, lexicon) : undefined;
  if (named) return { kind: 'TARGET', reason: 'clause-target', cue: named.cue };
  if (strong) return cue(strong);
  // 完成全年地区生产总值增长6%左右的预期目标: a figure its clause names as the goal right after it.
  const goal = text.includes('目标') ? GOAL_AFTER.exec(text) : null;
  if (goal)
    return { kind: 'TARGET', reason: 'clause-target', cue: { start: from + goal.index + 1, end: from + goal.index + goal[0].length } };
  // 报告显示，2023年，全市地区生产总值…增长6.2%；一般公共预算收入完成1015亿元: the year opening the sentence holds for its ；-items.
  const opened = itemOfYear(seg, sentence);
  if (opened && spoken !== undefined && opened.year < spoken) return { kind: 'ACTUAL', reason: 'past-year', cue: opened.cue };
  if (role) return { kind: role.kind, reason: `${role.by}-${role.kind === 'ACTUAL' ? 'actual' : 'target'}`, cue: role.cue };
  return undefined;
}

/**
 * What the document's own evidence says it mostly does: reports (a development report, a
 * progress summary) or commits. Only a clear majority of the units that have evidence counts.
 */
export function genreLean(evidence: (KindJudgement | undefined)[]): ValueKind | undefined {
  let actual = 0;
  let target = 0;
  for (const e of evidence) {
    if (!e || e.reason.startsWith('weak')) continue;
    if (e.kind === 'ACTUAL') actual++;
    else target++;
  }
  if (actual >= 3 * Math.max(1, target)) return 'ACTUAL';
  if (target >= 3 * Math.max(1, actual)) return 'TARGET';
  return undefined;
}

/** The genre decides last: the document's lean, else the mode its kind and headings give the section. */
export function byGenre(sentence: Sentence, lean: ValueKind | undefined): KindJudgement {
  const actual = lean ? lean === 'ACTUAL' : sentence.mode === 'report';
  return { kind: actual ? 'ACTUAL' : 'TARGET', reason: actual ? 'genre-actual' : 'genre-target' };
}
