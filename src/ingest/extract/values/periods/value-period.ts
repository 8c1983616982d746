import { Period, type ValueKind } from '../../../../model';
import type { Lexicon } from '../../../lexicon';
import { asOfBefore, containsAny, datedView, type SegmentedDocument, type Sentence } from '../../../segment';
import { listLeadYear } from './list-lead-year';
import { paragraphLeadYear, paragraphPart, paragraphYear } from './paragraph-year';
import { parallelChange } from './parallel-change';
import { namedGoal } from '../../tasks/named-goals';
import { itemOfYear, lookBackFrom, WITHIN_YEARS } from '../../tasks/value-kind';
import { CHANGE_TO } from './change-to';
import { datedBefore, dueAhead, dueBy, effortSpan, headingSpan, targetStartOrSpan } from './due-years';
import { monthsTo, titledPart, yearPart } from './year-parts';
import { spokenThisYear, yearsBack } from './years-back';
import { hasCount, lastMatch, yearsIn, type PeriodJudgement } from './period-text';
import { namedTerm } from './named-term';
import { changeStarts } from './present-levels';
import { withinSpan } from './span-values';
import { AS_OF, openingAsOf } from './as-of-items';

// When a value holds (a result: as of 截至2022年10月, 上半年, 去年, 过去五年) or is due (a
// target: 到2025年, 2025年底前, “十四五”末, 今年), resolved against the document's own date;
// else the period its section or lead names, a horizon set earlier in its section, the plan's
// own years, and last the document's year.

// 2025年前 is a horizon; 2022年前三季度, 2023年前10个月 are the first parts of that year.
const HORIZON = /(?:到|至|在)\s*(20\d{2})\s*年|(20\d{2})\s*年(?:底|末)?前(?![一二两三四五六七八九十\d]+\s*个?\s*(?:季度|月))/g;
const YEAR_AT = /(20\d{2})\s*年/g;
const BASE = /[比较]$|与$|相比$/;
const SINCE_BEFORE = /[自从]$/;
const SINCE_AFTER = /^\s*(以来|起|开始|至今)/;
/** 今年以来, 年初以来: the year so far. */
const SINCE_START = ['今年以来', '年初以来'];
/** 今年 names the year the document speaks in; 年内 / 本年度 may name the year a section reviews. */
const NOW = '今';
/** 是2010年的2.6倍: the year a multiple is taken of is its base, not when the value holds. */
const MULTIPLE_OF = /[是为]$/;
const MULTIPLE = /^\s*的[^，,；;。]*倍/;
/** 由2010年的…增加到2015年的…: a change from one year's level to a later one's. */
/** 比2010年增加13480元, 比2019年商用初期降低20%: a change measured against a base year (the figure right after its change word). */
const CHANGED_SINCE =
  /[比较]\s*(20\d{2})\s*年(?:底|末)?[\u4e00-\u9fff]{0,4}?\s*(?:分别)?(?:增加|提高|增长|下降|降低|减少|上升|提升)[^，,；;。]*$/;
/** A change to a level written after a start year (的1264元增加到): the figure after it is no longer that year's. */
const CHANGE_FROM = /[从由]$/;
const CHANGED_TO = new RegExp(CHANGE_TO);
/** How far after a value its clause is read for what was done (…人口实现脱贫). */
const LOOK_AFTER = 40;
const YEAR_ON_YEAR = /同比|[比较]上年/;
/** The month after a written year (2022年7月, 2022年1—7月, 7月底): not 7月以来 nor 7月起, which start a count. */
const MONTH_AFTER = /^\s*(?:(\d{1,2})\s*[-–—~至到]\s*)?(\d{1,2})\s*月(?!\s*(?:以来|起|开始|\d))/;
const CHANGE_SPAN = /[由从]\s*(20\d{2})\s*年[^。；;]*?[到至]\s*(20\d{2})\s*年/g;
/** 2024年、2025年分别突破2.2万亿元、2.4万亿元: years listed before 分别, paired in order with the figures after it. */
const PAIRED_YEARS = /((?:20\d{2}\s*年\s*[、和及与]\s*)+20\d{2}\s*年)[^，,；;。]{0,12}?分别/g;
/** 近三年, 过去3年, 三年来, 连续两年: the last years up to now (not 十三年来, not 3年前, not 3年内). */
const RECENT_YEARS =
  /(?:(?:近|过去|最近|连续)\s*([1-9一二两三四五六七八九])\s*年(?![前内底末])|(?<![十\d])([1-9一二两三四五六七八九])\s*年来)/g;
/** 今后五年, 未来3年: the years ahead, from the document's year. */
const NEXT_YEARS = /(?:今后|未来)\s*([1-9一二两三四五六七八九十])\s*年(?![前])/g;
/** 每人每年380元: a rate per head and year, not an amount each year of a plan. */
const PER_HEAD_YEAR = /每[人户]每年/g;
/** PM2.5年均浓度, 年均值: a level averaged over a year, not an amount each year of a plan. */
const YEAR_MEAN = /年均(?=浓度|值)/g;
/** A clause's words that may say a target is yearly: without rates per head and year, nor a year's mean level. */
const yearlyWords = (clause: string) => clause.replace(PER_HEAD_YEAR, '').replace(YEAR_MEAN, '');
/** 2022年，全市…达到5000人以上: a year standing alone at the head of its sentence or ；-item dates what follows. */
const LEAD_YEAR = /(?:^|[；;。\n])\s*(20\d{2})\s*年\s*[，,]/g;
/** A ——item of a list (——保持经济中高速增长…): its words belong to it, not to the items after it. */
const LIST_ITEM = /^\s*[—－]{1,2}/;

/**
 * …达到4.55万亿元、连续4年居全国城市首位，地方一般公共预算收入4012.3亿元: a streak (连续N年) says how long its
 * own clause has held; the clauses after it are the year's.
 */
/** The words that name a span of years (过去五年, 十年, 五年), listed once per lexicon: every value asks. */
const spanWordLists = new WeakMap<Lexicon, readonly string[]>();
function spanWords(lexicon: Lexicon): readonly string[] {
  let words = spanWordLists.get(lexicon);
  if (!words) {
    const p = lexicon.valueKinds.periods;
    spanWordLists.set(lexicon, (words = [...p.fiveYears, ...p.tenYears, ...(p.clauseFiveYears ?? [])]));
  }
  return words;
}

function streakBefore(text: string, recent: RegExpExecArray): boolean {
  return recent[0].startsWith(STREAK) && /[，,；;]/.test(text.slice(recent.index + recent[0].length));
}
const STREAK = '连续';

/** “十四五”末: the last year of the five-year period named; `unlessBase`: not where it is what a change is measured against (较“十三五”末). */
function fiveYearEnd(text: string, lexicon: Lexicon, unlessBase = false): number | undefined {
  for (const [name, years] of Object.entries(lexicon.plans.fiveYearPeriods)) {
    const at = text.lastIndexOf(name);
    if (unlessBase && at >= 0 && /[比较与]["“‘]?$/.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (at >= 0 && /^["”’]?(末|期末|时期末)/.test(text.slice(at + name.length, at + name.length + 4)))
      return Period.parse(years) && Period.lastYear(Period.parse(years)!);
  }
  return undefined;
}

/**
 * 每年 said after any horizon (力争到2022年底，每年完成…): a yearly amount over the plan's years;
 * unless a total by the horizon follows it (每年实施N个…项目，累计培育…M个).
 */
function eachYearAfterHorizon(text: string, lexicon: Lexicon): boolean {
  const p = lexicon.valueKinds.periods;
  const at = Math.max(...(p.eachYear ?? []).map((w) => text.lastIndexOf(w)));
  if (at < 0) return false;
  if ((p.cumulative ?? []).some((w) => text.lastIndexOf(w) > at)) return false;
  const horizon = [...text.matchAll(HORIZON)].filter((x) => !asOfBefore(text, x.index)).pop();
  return !horizon || horizon.index < at;
}

/** A yearly target's years: the plan's, ended by the horizon its sentence writes (到2023年，每年…). */
function yearsUntil(span: Period, horizon: number | undefined): Period {
  const first = Period.firstYear(span);
  return horizon !== undefined && horizon > first ? Period.span(first, horizon) : span;
}

/** A horizon written in text (the last one): 到2025年, 2025年底前, “十四五”末. */
function horizonIn(text: string, lexicon: Lexicon, steps = false): number | undefined {
  const m = [...text.matchAll(HORIZON)].filter((x) => !asOfBefore(text, x.index)).pop();
  // 2025年年底前, 展望2035年 (and in the figure's own words 2024年6月底前): a deadline written after it dates the figure instead.
  const due = dueBy(text, steps);
  if (due && (!m || due.at > m.index)) return due.year;
  return m ? Number(m[1] ?? m[2]) : fiveYearEnd(text, lexicon);
}

/** Words found in text, except where they name a base of comparison (比去年, 较上年). */
function named(text: string, words: readonly string[]): boolean {
  return words.some((w) => {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) if (!BASE.test(text.slice(Math.max(0, i - 3), i))) return true;
    return false;
  });
}

/** Periods read from the clause's own date words: a change's start is dated by them, not moved back. */
const DATED = new Set(['year', 'as-of']);

export function judgePeriod(
  document: SegmentedDocument,
  sentence: Sentence,
  at: { start: number; end: number },
  kind: ValueKind,
  lexicon: Lexicon,
): PeriodJudgement {
  // 到二〇二五年, 二〇二三年底: read as 2025年, 2023年底.
  const seg = datedView(document);
  const parallel = kind === 'ACTUAL' ? parallelChange(seg, sentence, at, lexicon) : undefined;
  if (parallel) return parallel;
  const result = judge(seg, sentence, at, kind, lexicon);
  // 服务业增加值比重由46.9%提高到48.2% in the review of a year: the first figure is the level the
  // year started from, the year before's.
  if (kind === 'ACTUAL' && result.period?.kind === 'year' && !DATED.has(result.reason)) {
    const from = Math.max(seg.folded.lastIndexOf('，', at.start), seg.folded.lastIndexOf(',', at.start), sentence.start);
    if (changeStarts(seg.folded.slice(from, at.start), seg.folded.slice(at.end, at.end + 8)))
      return { period: Period.year(result.period.year - 1), reason: 'change-start' };
  }
  if (kind !== 'ACTUAL' || result.period?.kind !== 'span') return result;
  // The cue words read with the number (突破40万亿元) count as words before it.
  const digit = seg.folded.slice(at.start, at.end).search(/[0-9零一二两三四五六七八九十百千万]/);
  const before = seg.folded.slice(lookBackFrom(sentence.start, at.start), at.start + Math.max(0, digit));
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('，')) + 1;
  // A change in points (上升4个百分点) is the span's, unless its clause compares with the year before.
  const raw = seg.folded.slice(at.start, at.end);
  if (raw.includes('百分点') && !YEAR_ON_YEAR.test(before.slice(clauseStart))) return { period: result.period, reason: 'span' };
  // 电子商务交易额达到20.8万亿元，同比增长约27%: a change on the year before is the year's, the span's last.
  if (YEAR_ON_YEAR.test(before.slice(clauseStart))) return { period: Period.year(Period.lastYear(result.period)), reason: 'span-end' };
  // 技术交易额翻了一番: a doubling is a change over the span.
  if (raw.startsWith('翻')) return { period: result.period, reason: 'span' };
  // A share (90%以上的政务服务实现网上可办) is a level whatever follows it; a count may be what was done.
  const share = /[%％倍]/.test(raw);
  const rest = share ? '' : seg.folded.slice(at.end, at.end + LOOK_AFTER);
  const after = rest.slice(0, rest.search(/[,，;；。:：]|$/));
  const within = withinSpan(result.period, before, before.slice(clauseStart), after, lexicon, raw);
  // 2012年至2021年，…从1.2万亿元增长到…: a span written in full starts at its first year's level, where one counted
  // back (过去五年) starts at the level of the year before it.
  if (result.reason === 'written-span' && within.reason === 'span-start')
    return { period: Period.year(Period.firstYear(result.period)), reason: 'span-start' };
  return within;
}

function judge(
  seg: SegmentedDocument,
  sentence: Sentence,
  at: { start: number; end: number },
  kind: ValueKind,
  lexicon: Lexicon,
): PeriodJudgement {
  const text = seg.folded.slice(lookBackFrom(sentence.start, at.end), at.end);
  const clause = clauseOf(seg.folded, sentence.start, at);
  const p = lexicon.valueKinds.periods;
  const year = seg.time.year;
  const role = sentence.role?.kind === kind ? sentence.role.period : undefined;
  if (kind === 'TARGET') {
    // 距“十三五”目标3000张, 提前完成“十二五”规划确定的3万户…目标: the goal of the period named, due at its end.
    const named = text.includes('五') ? namedGoal(seg.folded, sentence.start, at.end, lexicon) : undefined;
    const goalYears = named && Period.parse(named.years);
    if (goalYears) return { period: Period.year(Period.lastYear(goalYears)), reason: 'named-goal' };
    // A phase's heading (第一阶段（2024—2025年）) gives its yearly targets its years, else the plan's.
    const phase = headingSpan(seg, sentence);
    const span = phase ?? planSpan(seg);
    const h = horizonIn(text, lexicon, true);
    const lastHorizon = h === undefined ? -1 : Math.max(lastMatch(HORIZON, text)?.index ?? -1, dueBy(text, true)?.at ?? -1);
    const started = targetStartOrSpan(text, year, span, lastHorizon);
    if (started) return { period: started, reason: 'written-span' };
    if (span && eachYearAfterHorizon(text.replace(PER_HEAD_YEAR, ''), lexicon)) return { period: yearsUntil(span, h), reason: 'per-year' };
    // 到2023年，…年均增速保持在N%左右: an average over the years up to the horizon.
    if (span && h !== undefined && containsAny(yearlyWords(clause), p.perYear)) return { period: yearsUntil(span, h), reason: 'per-year' };
    if (h !== undefined) return { period: Period.year(h), reason: 'horizon' };
    const paired = pairedYear(clause, clause.length - (at.end - at.start));
    if (paired !== undefined) return { period: Period.year(paired), reason: 'year' };
    // 2020年初步建成300个…: a year written before a commitment, not yet past, is when it is due.
    const due = writtenYear(clause);
    if (due !== undefined && year !== undefined && due >= year) return { period: Period.year(due), reason: 'year' };
    // A yearly schedule (2021年，…；2022年，…总规模达到5000人以上): the year heading the item, not yet past.
    const led = leadYear(text, lookBackFrom(sentence.start, at.end) === sentence.start);
    if (led !== undefined && year !== undefined && led >= year) return { period: Period.year(led), reason: 'lead-year' };
    const dated = datedBefore(text, year);
    if (dated !== undefined) return { period: Period.year(dated), reason: 'lead-year' };
    const within = lastMatch(WITHIN_YEARS, text);
    if (within && year !== undefined) return { period: Period.span(year, year + yearsIn(within[1]) - 1), reason: 'within-years' };
    const given = dueAhead(text, year, lexicon);
    if (given) return { period: given, reason: 'within-years' };
    // 今明两年要…，提高6000万…: this year and the next.
    if (year !== undefined && containsAny(text, p.thisAndNextYears ?? []))
      return { period: Period.span(year, year + 1), reason: 'within-years' };
    // 今后五年，…分别下降23%、15%: the years ahead from the document's year.
    const ahead = year !== undefined ? lastMatch(NEXT_YEARS, text) : undefined;
    if (ahead && year !== undefined) return { period: Period.span(year, year + yearsIn(ahead[1]) - 1), reason: 'within-years' };
    if (year !== undefined && containsAny(text, p.thisYear)) return { period: Period.year(year), reason: 'this-year' };
    if (span && containsAny(yearlyWords(clause), p.perYear)) return { period: span, reason: 'per-year' };
    // 2027年，全市算力规模达到…；培育人工智能企业100家: a ；-item or sentence after one its paragraph heads with a year.
    const carried = paragraphLeadYear(seg, sentence);
    if (carried !== undefined) return { period: Period.year(carried), reason: 'lead-year' };
    // 2023年，数字经济发展取得新进展：⏎——…⏎——…: every item of a list its lead dates by a year not yet past.
    const listed = listLeadYear(seg, sentence);
    if (listed !== undefined && year !== undefined && listed >= year) return { period: Period.year(listed), reason: 'list-lead' };
    if (phase) return { period: phase, reason: 'section' };
    if (role) return { period: role, reason: 'section' };
    // 广义货币M2增长11.3%，低于13%左右的预期目标, in the review of a past year: the target that year had.
    // A shortfall's goal (存在的问题: …仅建成1800张，距“十三五”目标3000张) is the goal still ahead, not the reviewed year's.
    const reviewed = sentence.role?.kind === 'ACTUAL' && sentence.mode !== 'problems' ? sentence.role.period : undefined;
    if (reviewed?.kind === 'year' && year !== undefined && reviewed.year < year) return { period: reviewed, reason: 'reviewed-target' };
    const earlier = sectionHorizon(seg, sentence, lexicon);
    if (earlier !== undefined) return { period: Period.year(earlier), reason: 'section-horizon' };
    // 下半年，…力争全年地区生产总值增长7%以上: the whole year's target, set in the half's section.
    const half = Period.parse(sentence.period);
    if (half?.kind === 'half' && containsAny(text, p.wholeYear ?? [])) return { period: Period.year(half.year), reason: 'this-year' };
    return fallback(seg, sentence, true, lexicon);
  }
  // A ；-item after one that opens its sentence on 截至… is as of that date too.
  const own = lastMatch(AS_OF, text);
  const asOf = own ?? openingAsOf(seg, sentence);
  // Spans back from now end the year before the document speaks (its date, else its year).
  const now = seg.time.spokenIn ?? year;
  // 截至2022年底，…机架总规模已超过650万，近5年年均增速超过30%: the value's own clause names its span.
  const ownSpan = now !== undefined && hasCount(clause, p.clauseFiveYears ?? []) && (!own || own.index < text.length - clause.length);
  if (ownSpan) return { period: Period.span(now - 5, now - 1), reason: 'five-years' };
  if (asOf && (asOf[1] || asOf[2] || asOf[3])) {
    // 截至今年6月底 in a report on a year already over: the year it speaks in.
    const y = asOf[1] ? Number(asOf[1]) : asOf[2] ? (seg.time.spokenIn ?? year) : year;
    // 截至2022年底，…城镇化率达到70.5%，较2020年提高1.8个百分点: the change is over the years since the base.
    const since = CHANGED_SINCE.exec(clause);
    const yearEnd = !asOf[3] || Number(asOf[3]) === 12;
    if (y !== undefined && since && yearEnd && y > Number(since[1]) + 1)
      return { period: Period.span(Number(since[1]) + 1, y), reason: 'change-span' };
    // 截至2021年12月底 / 12月31日: as of the year's end, the year.
    if (y !== undefined) return { period: asOf[3] ? monthsTo(y, Number(asOf[3])) : Period.year(y), reason: 'as-of' };
  }
  const paired = pairedYear(clause, clause.length - (at.end - at.start));
  if (paired !== undefined) return { period: Period.year(paired), reason: 'year' };
  // “十三五”期末，全市每千人口执业（助理）医师数达到3.2人: the last year of a five-year period already over.
  const termEnd = fiveYearEnd(text, lexicon, true);
  if (termEnd !== undefined && now !== undefined && termEnd < now) return { period: Period.year(termEnd), reason: 'named-term-end' };
  // A result holds by the document's year at the latest: a later year written (面向2030年的…项目) names something else.
  let written = yearsWritten(text)
    .filter((m) => year === undefined || Number(m[1]) <= year)
    .pop();
  // 2012年至2021年，…年均增长7.3%: results under a span written in full are the span's, read as inside
  // any span (a level reached is its last year's, a sum or an average the span's).
  const spanned = written ? writtenSpan(text, written.index) : undefined;
  if (spanned) return { period: spanned, reason: 'written-span' };
  // 由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%: an average over the change's
  // years, not the level's year an earlier clause wrote.
  const yearly = !!written && written.index < text.length - clause.length && containsAny(clause, p.perYear);
  if (yearly) {
    const change = lastMatch(CHANGE_SPAN, text);
    if (change && Number(change[2]) > Number(change[1]))
      return { period: Period.span(Number(change[1]) + 1, Number(change[2])), reason: 'change-span' };
    written = undefined;
  }
  // 今年上半年 in a report on a year already over (关于2021年…的报告, delivered in 2022): the year it speaks in.
  const spoken = spokenThisYear(seg.time, text, lexicon);
  const base = written ? Number(written[1]) : spoken ? Period.lastYear(spoken) : role ? Period.lastYear(role) : year;
  // 上半年, 一季度, 前三季度, 1—5月: the part of the year written nearest before the value.
  // 前三季度，…。全年新增经营主体1.2万户: the whole year, not the part written before it.
  const wholeAt = Math.max(-1, ...(p.wholeYear ?? []).map((w) => text.lastIndexOf(w)));
  const found = base !== undefined ? yearPart(text, base, now ?? base) : undefined;
  const part = found && found.at > wholeAt ? found : undefined;
  const halfAt = Math.max(-1, ...p.firstHalf.map((w) => text.lastIndexOf(w)));
  if (part && part.at > halfAt) return { period: part.period, reason: 'year-part' };
  if (base !== undefined && halfAt >= 0) return { period: Period.half(base, 1), reason: 'first-half' };
  // 2015年…完成30788元，比2010年增加13480元: a change since a base year some years back is over the
  // years from it to the level's year, not that year alone.
  const since = written && CHANGED_SINCE.exec(clause);
  if (written && since && Number(written[1]) > Number(since[1]) + 1)
    return { period: Period.span(Number(since[1]) + 1, Number(written[1])), reason: 'change-span' };
  if (written) {
    // 2022年7月，…对28起…; 2022年1—7月: the month it happened in, or the last month of the months summed.
    const month = MONTH_AFTER.exec(text.slice(written.index + written[0].length, written.index + written[0].length + 8));
    const m = month ? Number(month[2]) : 0;
    // 2022年1—12月: the months to December are the year.
    if (m >= 1 && m <= 12)
      return { period: month?.[1] === '1' ? monthsTo(Number(written[1]), m) : Period.month(Number(written[1]), m), reason: 'year' };
    return { period: Period.year(Number(written[1])), reason: 'year' };
  }
  // 报告显示，2023年，全市地区生产总值…；一般公共预算收入完成1015亿元: a ；-item of a sentence opening on a past year.
  const itemYear = itemOfYear(seg, sentence);
  if (itemYear && now !== undefined && itemYear.year < now) return { period: Period.year(itemYear.year), reason: 'lead-year' };
  // 5G基站单站址能耗比2019年商用初期降低20%以上 in a report on 2022: the change over the years since the base.
  const sinceBase = CHANGED_SINCE.exec(clause);
  const end = role ? Period.lastYear(role) : year;
  if (sinceBase && end !== undefined && end > Number(sinceBase[1]) + 1)
    return { period: Period.span(Number(sinceBase[1]) + 1, end), reason: 'change-span' };
  // “十三五”期间，累计建成4G基站300万个, outside a review of that period: its years, once they are over.
  const term = now !== undefined ? namedTerm(text, now, lexicon) : undefined;
  if (term) return { period: term, reason: 'named-term' };
  // 本届政府减少1/3行政审批事项的目标提前实现: over the term of the congress the report is delivered to, so far.
  const start = seg.time.termStart;
  if (start !== undefined && now !== undefined && start < now - 1 && containsAny(clause, p.term ?? []))
    return { period: Period.span(start, now - 1), reason: 'term' };
  if (now !== undefined && containsAny(clause, p.tenYears)) return { period: Period.span(now - 10, now - 1), reason: 'ten-years' };
  // 党的十八大以来, 十年来, 五年间, 前年: how far back its sentence reaches, from when the document speaks.
  const back = now !== undefined ? yearsBack(text, now, lexicon, seg.time.spokenIn !== undefined) : undefined;
  if (back) return back;
  if (now !== undefined && containsAny(text, p.fiveYears)) return { period: Period.span(now - 5, now - 1), reason: 'five-years' };
  // 近三年淘汰落后炼钢炼铁产能…: the last N years up to the year before the document speaks.
  const recent = now !== undefined ? lastMatch(RECENT_YEARS, text) : undefined;
  if (recent && now !== undefined && !streakBefore(text, recent)) {
    const n = yearsIn(recent[1] ?? recent[2]);
    return { period: n > 1 ? Period.span(now - n, now - 1) : Period.year(now - 1), reason: 'recent-years' };
  }
  if (now !== undefined && named(text, p.lastYear)) return { period: Period.year(now - 1), reason: 'last-year' };
  // 今年以来 in a report on a year already over: the year it speaks in.
  if (spoken) return { period: spoken, reason: 'this-year' };
  if (year !== undefined && containsAny(text, p.thisYear)) {
    // 一、2018年工作回顾 … 年内开工项目57个: within the year the section looks back on, unless 今年 says now.
    const reviewed =
      role?.kind === 'year' &&
      role.year < year &&
      !containsAny(
        text,
        p.thisYear.filter((w) => w.includes(NOW)),
      );
    if (reviewed) return { period: role, reason: 'section' };
    // 今年以来，全镇完成规上工业产值58.6亿元 in a half-year summary: the half so far, not the whole year.
    const half = Period.parse(sentence.period);
    if (half?.kind === 'half' && half.year === year && SINCE_START.some((w) => text.includes(w)) && !containsAny(text, p.wholeYear ?? []))
      return { period: half, reason: 'document-period' };
    return { period: asOfDocument(seg, sentence, false), reason: 'this-year' };
  }
  // 2021年，…。数字产业化规模达到8.35万亿元: a later sentence of a paragraph opening on a past year.
  const opened = paragraphYear(seg, sentence, spanWords(lexicon));
  if (opened) return { period: opened, reason: 'paragraph-year' };
  // 1—10月，…。全市固定资产投资同比增长8.9%: a later sentence of a paragraph opening on a part of the year.
  const partOpened = base !== undefined && wholeAt < 0 ? paragraphPart(seg, sentence, base, now ?? base) : undefined;
  if (partOpened) return { period: partOpened, reason: 'year-part' };
  // 2022年，我们主要做了以下工作：⏎（一）…⏎（二）…: the items of a list its lead dates by a past year report that year.
  const reported = now !== undefined ? listLeadYear(seg, sentence) : undefined;
  if (reported !== undefined && now !== undefined && reported < now) return { period: Period.year(reported), reason: 'list-lead' };
  if (role) return { period: role, reason: 'section' };
  // 国家已设立400亿元…引导基金 among the year's commitments: what they start from, as it stood
  // before the document spoke.
  if (sentence.role?.kind === 'TARGET' && now !== undefined) return { period: Period.year(now - 1), reason: 'before-commitments' };
  // 拥有智能传感器企业70余家，2020年实现主营业务收入109.1亿元: an undated figure of a sentence that dates
  // its results by a past year later on stands as of that year.
  const later = yearsWritten(seg.folded.slice(at.end, sentence.end)).find((m) => year !== undefined && Number(m[1]) < year);
  if (later) return { period: Period.year(Number(later[1])), reason: 'year-after' };
  return fallback(seg, sentence, false, lexicon);
}

/**
 * The year paired with the value when its clause lists years before 分别 and figures after it
 * (2024年、2025年分别突破2.2万亿元、2.4万亿元): the n-th figure is the n-th year's.
 */
function pairedYear(clause: string, valueAt: number): number | undefined {
  if (!clause.includes('分别')) return undefined;
  const m = lastMatch(PAIRED_YEARS, clause.slice(0, valueAt));
  if (!m) return undefined;
  const years = [...m[1].matchAll(/(20\d{2})/g)].map((y) => Number(y[1]));
  const n = (clause.slice(m.index + m[0].length, valueAt).match(/[、]/g) ?? []).length;
  return years[n];
}

/** The years written in text that say when a value holds: a base of comparison (比2020年) or a start (自2021年以来, 2023年以来) does not. */
function yearsWritten(text: string): RegExpExecArray[] {
  return [...text.matchAll(YEAR_AT)].filter(
    (m) =>
      !BASE.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
      // 从2021年的24%: that year's level, where a change starts.
      (!SINCE_BEFORE.test(text.slice(Math.max(0, m.index - 1), m.index)) || text[m.index + m[0].length] === '的') &&
      !SINCE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
      // 由2010年的1264元增加到2011元: the start's year, not the level the change reached.
      !(CHANGE_FROM.test(text.slice(Math.max(0, m.index - 1), m.index)) && CHANGED_TO.test(text.slice(m.index + m[0].length))) &&
      !(MULTIPLE_OF.test(text.slice(Math.max(0, m.index - 1), m.index)) && MULTIPLE.test(text.slice(m.index + m[0].length))),
  ) as RegExpExecArray[];
}

/** 2012年至2021年, 2012—2021年, 从2012年到2021年: a span of years written in full. */
const WRITTEN_SPAN = /(20\d{2})\s*年?\s*[-–—~～至到]\s*(20\d{2})\s*年/g;

/** The span whose last year is the last year written (at), outside a cited title. */
function writtenSpan(text: string, at: number): Period | undefined {
  const m = lastMatch(WRITTEN_SPAN, text);
  if (!m || at < m.index || at >= m.index + m[0].length || Number(m[2]) <= Number(m[1])) return undefined;
  const open = text.lastIndexOf('《', m.index);
  if (open >= 0 && text.indexOf('》', open) > m.index) return undefined;
  if (BASE.test(text.slice(Math.max(0, m.index - 3), m.index))) return undefined;
  return Period.span(Number(m[1]), Number(m[2]));
}

/** The year heading the last sentence or ；-item of text (its start counts only where the sentence starts). */
function leadYear(text: string, opensSentence: boolean): number | undefined {
  const m = lastMatch(LEAD_YEAR, text);
  if (!m || (m.index === 0 && !/^[；;。\n]/.test(m[0]) && !opensSentence)) return undefined;
  return Number(m[1]);
}

/** The last year its clause writes as when a value holds, if any. */
function writtenYear(clause: string): number | undefined {
  const m = yearsWritten(clause).pop();
  return m ? Number(m[1]) : undefined;
}

/**
 * The years a plan covers: its title's span, else from its year to the first horizon it sets
 * (a 2024 plan whose goals are 到2027年 runs 2024–2027).
 */
function planSpan(seg: SegmentedDocument): Period | undefined {
  const { span, year, horizon } = seg.time;
  if (span) return span;
  if (year !== undefined && horizon === undefined) return effortSpan(seg);
  return year !== undefined && horizon !== undefined && horizon > year ? Period.span(year, horizon) : undefined;
}

/**
 * A section's own period (a report's 下一步 is next year, 下半年 is H2), else a plan's years
 * (targets: a goal with no year of its own is due over the plan, not at the first 到20XX年 the
 * document writes), else that first horizon, else the document's year, else the period segment
 * gave the document.
 */
function fallback(seg: SegmentedDocument, sentence: Sentence, target: boolean, lexicon: Lexicon): PeriodJudgement {
  const own = Period.parse(sentence.period);
  if (own && sentence.period !== seg.period) return { period: own, reason: 'section-period' };
  // A half-year summary's results (…局20XX年上半年工作总结) are the half's, not as of the day it is dated.
  if (!target && own?.kind === 'half') return { period: own, reason: 'document-period' };
  // 2023年1—10月份全国固定资产投资增长2.9%: a release's results are those months', not as of the day it is dated.
  const released = seg.time.year === undefined ? undefined : { year: seg.time.year, month: seg.time.month };
  const titled = target ? undefined : titledPart(seg.title, released);
  if (titled) return { period: titled, reason: 'document-period' };
  const span = target ? planSpan(seg) : undefined;
  if (span) return { period: span, reason: 'plan-span' };
  if (target && seg.time.horizon !== undefined) return { period: Period.year(seg.time.horizon), reason: 'document-horizon' };
  // An undated plan (“十四五”…规划 with no date) whose base (发展基础) looks back on the years before it opens: as of the year before.
  if (!target && seg.time.year !== undefined && opensUndated(seg) && baseBefore(seg, sentence, lexicon))
    return { period: Period.year(seg.time.year - 1), reason: 'plan-base' };
  if (seg.time.year !== undefined) return { period: asOfDocument(seg, sentence, target), reason: 'document-year' };
  return { period: own, reason: 'section-period' };
}

/**
 * Whether a plan's base looks back on the years before it opens: its section names the five-year period
 * that ended then (“十三五”时期, “十三五”以来) or writes that year (2020年).
 */
function baseBefore(seg: SegmentedDocument, sentence: Sentence, lexicon: Lexicon): boolean {
  const before = seg.time.year! - 1;
  const section = seg.sections[sentence.section];
  const text = section ? seg.folded.slice(section.start, section.end) : seg.folded.slice(0, sentence.end);
  if (text.includes(`${before}年`)) return true;
  return Object.entries(lexicon.plans.fiveYearPeriods).some(([name, years]) => {
    const span = Period.parse(years);
    return span !== undefined && Period.lastYear(span) === before && text.includes(name);
  });
}

/** A plan whose only date is the first year of its span: no dateline, no date delivered with it. */
function opensUndated(seg: SegmentedDocument): boolean {
  const { span, year, spokenIn } = seg.time;
  return spokenIn === undefined && span !== undefined && year === Period.firstYear(span);
}

/**
 * The document's own date: a result outside any section that reports (a bureau's news of what it
 * has done) stands as of its month when known; one under a 发展基础 heading, as of its year.
 */
function asOfDocument(seg: SegmentedDocument, sentence: Sentence, target: boolean): Period {
  const { year, month } = seg.time;
  return !target && !sentence.role && month !== undefined ? Period.month(year!, month) : Period.year(year!);
}

/** The clause holding the value, up to the value's end. */
function clauseOf(folded: string, sentenceStart: number, at: { start: number; end: number }): string {
  let i = at.start;
  while (i > sentenceStart && !/[,，;；:：]/.test(folded[i - 1])) i--;
  return folded.slice(i, at.end);
}

/**
 * A horizon set by an earlier sentence of the same section (到2026年，… then the list of goals),
 * or by the opening text of an enclosing section (before its first subsection); before any
 * heading, by an earlier sentence of the same paragraph.
 */
function sectionHorizon(seg: SegmentedDocument, sentence: Sentence, lexicon: Lexicon): number | undefined {
  // Asked for each value of a sentence, and each walk reads its sections' text: kept per sentence.
  const kept = horizonOfSentence.get(sentence);
  if (kept?.lexicon === lexicon && kept.seg === seg) return kept.found;
  const found = readSectionHorizon(seg, sentence, lexicon);
  horizonOfSentence.set(sentence, { seg, lexicon, found });
  return found;
}

const horizonOfSentence = new WeakMap<Sentence, { seg: SegmentedDocument; lexicon: Lexicon; found: number | undefined }>();

function readSectionHorizon(seg: SegmentedDocument, sentence: Sentence, lexicon: Lexicon): number | undefined {
  let index = sentence.section;
  let upTo = sentence.start;
  // In a ——item, a horizon of its own text, else of the text before the list: an earlier item's
  // 到2020年 dates that item, not the next (——…到2020年…。——…实现城镇新增就业5000万人以上). Inside the
  // item, a horizon of its opening sentence dates the whole item; one written later dates its own sentence
  // (with its ；-items) and what 届时 then says, not the sentences after it (…到2020年，常住人口城镇化率达到60%。
  // …加强重大基础设施建设，高铁营业里程达到3万公里).
  const para = seg.paragraphs[sentence.paragraph];
  if (para && para.section === index && LIST_ITEM.test(seg.folded.slice(para.start, para.start + 4))) {
    const own = itemHorizon(seg.folded, para.start, upTo, lexicon);
    if (own !== undefined || index < 0) return own;
    let first = sentence.paragraph;
    while (first > 0) {
      const prev = seg.paragraphs[first - 1];
      if (prev.section !== index || !LIST_ITEM.test(seg.folded.slice(prev.start, prev.start + 4))) break;
      first--;
    }
    upTo = seg.paragraphs[first].start;
  }
  // Before the first heading, the sentences of the value's own paragraph.
  if (index < 0) return horizonIn(seg.folded.slice(para?.start ?? upTo, upTo), lexicon);
  while (index >= 0) {
    const section = seg.sections[index];
    const found = horizonIn(seg.folded.slice(section.start, upTo), lexicon);
    if (found !== undefined) return found;
    const parent = section.parent;
    if (parent < 0) return undefined;
    upTo = seg.sections.find((s) => s.parent === parent)?.start ?? section.start;
    index = parent;
  }
  return undefined;
}

/** 届时: "by then", the horizon of the sentence before. */
const BY_THEN = /^\s*届时/;

/** The horizon dating a point of a ——item: its opening sentence's, else that of the 。-sentence the point is in (or, after 届时, the one before). */
function itemHorizon(folded: string, itemStart: number, upTo: number, lexicon: Lexicon): number | undefined {
  const opened = folded.indexOf('。', itemStart);
  if (opened < 0 || opened + 1 >= upTo) return horizonIn(folded.slice(itemStart, upTo), lexicon);
  const lead = horizonIn(folded.slice(itemStart, opened + 1), lexicon);
  if (lead !== undefined) return lead;
  let from = folded.lastIndexOf('。', upTo - 1) + 1;
  if (BY_THEN.test(folded.slice(from, from + 4))) from = Math.max(itemStart, folded.lastIndexOf('。', from - 2) + 1);
  return horizonIn(folded.slice(from, upTo), lexicon);
}
