import { Period, type ValueKind } from '../../../../model';
import type { Lexicon } from '../../../lexicon';
import { asOfBefore, chineseNumber, containsAny, datedView, type SegmentedDocument, type Sentence } from '../../../segment';
import { listLeadYear } from './list-lead-year';
import { paragraphLeadYear, paragraphYear } from './paragraph-year';
import { parallelChange } from './parallel-change';
import { lookBackFrom, WITHIN_YEARS } from '../../tasks/value-kind';
import { CHANGE_TO } from './change-to';
import { datedBefore, dueAhead, dueBy, effortSpan, headingSpan, targetStartOrSpan } from './due-years';
import { monthsTo, yearPart } from './year-parts';
import { spokenThisYear, yearsBack } from './years-back';

// When a value holds (a result: as of 截至2022年10月, 上半年, 去年, 过去五年) or is due (a
// target: 到2025年, 2025年底前, “十四五”末, 今年), resolved against the document's own date;
// else the period its section or lead names, a horizon set earlier in its section, the plan's
// own years, and last the document's year.

export interface PeriodJudgement {
  period?: Period;
  reason: string;
}

const AS_OF = /截\s*[至止](?:到)?\s*(?:(20\d{2})\s*年|(今年))?\s*(?:(\d{1,2})\s*月)?(底|末)?/g;
// 2025年前 is a horizon; 2022年前三季度, 2023年前10个月 are the first parts of that year.
const HORIZON = /(?:到|至|在)\s*(20\d{2})\s*年|(20\d{2})\s*年(?:底|末)?前(?![一二两三四五六七八九十\d]+\s*个?\s*(?:季度|月))/g;
const YEAR_AT = /(20\d{2})\s*年/g;
const BASE = /[比较]$|与$|相比$/;
const SINCE_BEFORE = /[自从]$/;
const SINCE_AFTER = /^\s*(以来|起|开始|至今)/;
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
/** The figures listed before this one (50%、): 从50%、75% lists two levels after one 从. */
const LISTED_BEFORE = /(?:[0-9.]+\s*(?:%|％|个百分点)?\s*[、和])+$/;
/** 是“十一五”时期的 / …期间的 right before a multiple: the base is another period's total. */
const PERIOD_MULTIPLE = /(?:时期|期间)的?$/;
/** A clause that ends on a verb or a preposition before its figure (控制在50%) says its own act. */
const ENDS_ON_VERB = /[在到至为达超]$/;
/** 总里程, 总面积: the total of what the clause before counted. */
const TOTAL = '总';
/** 十年前的 / 五年前的 right before a figure: the base it is compared with, some years back. */
const YEARS_AGO = /(?:年前|20\d{2}\s*年)的$/;
/** 比制度建立之初: a base that is the start of something, undated. */
const SINCE_ORIGIN = /[比较][^，,；;。]{1,12}之初/;
/** 十年前的, 5年前的: a count of years back (not 2010年前). */
const COUNTED_YEARS_AGO = /(?<![\d十])([1-9一二两三四五六七八九十])\s*年前的$/;
/** 对全区, 组团内, 全市: a clause that before its figure names only what is treated or where (no verb). */
const SCOPE_ONLY = /^(?:对[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,4}内|全[区市县省国])$/;
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
/** 2022年，全市…达到5000人以上: a year standing alone at the head of its sentence or ；-item dates what follows. */
const LEAD_YEAR = /(?:^|[；;。\n])\s*(20\d{2})\s*年\s*[，,]/g;
/** A ——item of a list (——保持经济中高速增长…): its words belong to it, not to the items after it. */
const LIST_ITEM = /^\s*[—－]{1,2}/;

/**
 * …达到4.55万亿元、连续4年居全国城市首位，地方一般公共预算收入4012.3亿元: a streak (连续N年) says how long its
 * own clause has held; the clauses after it are the year's.
 */
function streakBefore(text: string, recent: RegExpExecArray): boolean {
  return recent[0].startsWith(STREAK) && /[，,；;]/.test(text.slice(recent.index + recent[0].length));
}
const STREAK = '连续';

function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  for (const m of text.matchAll(re)) found = m as RegExpExecArray;
  return found;
}

function fiveYearEnd(text: string, lexicon: Lexicon): number | undefined {
  for (const [name, years] of Object.entries(lexicon.plans.fiveYearPeriods)) {
    const at = text.lastIndexOf(name);
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

const yearsIn = (n: string): number => chineseNumber(n) ?? Number(n);

/** Count words found in text, except as the end of a year (5年 in 2015年). */
function hasCount(text: string, words: readonly string[]): boolean {
  return words.some((w) => {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) if (!/\d/.test(text[i - 1] ?? '')) return true;
    return false;
  });
}

/** Words found in text, except where they name a base of comparison (比去年, 较上年). */
function named(text: string, words: readonly string[]): boolean {
  return words.some((w) => {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) if (!BASE.test(text.slice(Math.max(0, i - 3), i))) return true;
    return false;
  });
}

// Built once per lexicon: asked for each figure inside a span.
const actsCache = new WeakMap<Lexicon, string[]>();
/** What was done over a span: the verbs of tasks and results, and the acts that make a sum of a figure. */
function spanActs(lexicon: Lexicon): string[] {
  let acts = actsCache.get(lexicon);
  if (!acts) {
    acts = [...lexicon.verbs.task, ...lexicon.verbs.result, ...(lexicon.valueKinds.periods.spanActs ?? [])];
    actsCache.set(lexicon, acts);
  }
  return acts;
}

// 增加到2万5千公里、占世界三分之二: a share of a whole, right after 占 and what it is of, is a level.
// Not 占比提高 (the share, then its change).
const SHARE_OF = /占(?!比)[^提增降减达超为到至，,；;]{1,10}$/;

/**
 * Inside a span (过去五年): a figure after 从/由 is the level before it began; a level reached
 * (增加到, 达到, 突破) is as of its last year; a change, a sum or what was done (增长, 下降,
 * 年均, 设立, 改造) is the span's; any other figure is a level, as of its last year.
 */
function withinSpan(span: Period, before: string, clause: string, after: string, lexicon: Lexicon): PeriodJudgement {
  const p = lexicon.valueKinds.periods;
  const acts = spanActs(lexicon);
  // The words of its sentence before this clause: whether they open a sum over the span (五年, 累计, 年均),
  // and whether the clause right before says what was done over it (a level reached, 达到, is no act).
  const earlier = before.slice(0, before.length - clause.length);
  const spanOpened = [...(p.clauseFiveYears ?? []), ...(p.cumulative ?? []), ...p.perYear].some((w) => hasCount(earlier, [w]));
  const previous =
    earlier
      .replace(/[,，;；\s]+$/, '')
      .split(/[,，;；:：]/)
      .pop() ?? '';
  const previousDone =
    !p.spanEnd.some((w) => w.length > 1 && previous.includes(w)) &&
    [...p.spanSum, ...acts, ...p.perYear, ...(p.clauseFiveYears ?? [])].some((w) => previous.includes(w));
  // 多年累计改造棚户区住房4200多万套，上亿人出棚进楼: a total over years the text does not count is the level
  // at the span's end, not its sum; so is a clause opening on its figure right after one.
  const many = p.manyYears ?? [];
  const opensOnFigure = clause.replace(/[\s了近约逾上]|不到|不足/g, '') === '';
  if (many.length && (containsAny(clause, many) || (opensOnFigure && containsAny(previous, many))))
    return { period: Period.year(Period.lastYear(span)), reason: 'many-years' };
  // 增加到近1万公里: an approximation between the verb and the number; 压缩到目前的平均4个工作日: now, an average.
  // 从不到70万亿元: a bound before the number, as 近 is.
  const tail = before.replace(/(?:[\s了近约逾]|不到|不足|平均|分别|目前的?)+$/, '');
  // 大病保险制度基本建立、已有1700多万人次受益: what is had already is the level at the span's end.
  if ((p.stockBefore ?? []).some((w) => tail.endsWith(w))) return { period: Period.year(Period.lastYear(span)), reason: 'stock' };
  // 分别从50%、75%: every figure of a list after 从 is a level before the span began.
  const unlisted = tail.replace(LISTED_BEFORE, '').replace(/(?:[\s了近约逾]|不到|不足|平均|分别)+$/, '');
  if (p.spanStart.some((w) => unlisted.endsWith(w))) return { period: Period.year(Period.firstYear(span) - 1), reason: 'span-start' };
  // 是“十一五”时期的2.7倍: a multiple of an earlier period's total is this span's total.
  if (PERIOD_MULTIPLE.test(tail)) return { period: span, reason: 'span' };
  // 是十年前的3倍: a multiple of the level some counted years back is the change over those years;
  // 是2010年的1.3倍: of a year's level, it is today's level.
  const ago = COUNTED_YEARS_AGO.exec(tail);
  if (ago) return { period: Period.span(Period.lastYear(span) - yearsIn(ago[1]) + 1, Period.lastYear(span)), reason: 'years-ago' };
  if (YEARS_AGO.test(tail)) return { period: Period.year(Period.lastYear(span)), reason: 'span-end' };
  // 清单管理措施比制度建立之初压减64%: a change since something began is measured to now, the span's end.
  if (SINCE_ORIGIN.test(clause)) return { period: Period.year(Period.lastYear(span)), reason: 'since-origin' };
  // 十年1.4亿农村人口在城镇落户: the count of years right before the figure says it is the span's.
  if ([...p.tenYears, ...(p.clauseFiveYears ?? [])].some((w) => tail.endsWith(w))) return { period: span, reason: 'span' };
  // 近5年年均增速超过30%, 城镇新增就业超过6000万人: an average or a count over the span, unless
  // the clause says what it rose to (增加到, 提高至).
  const counted = [...p.perYear, ...(p.spanCount ?? [])].some((w) => clause.includes(w));
  if (counted && !/[到至]$/.test(tail)) return { period: span, reason: 'span' };
  // 对世界经济增长贡献率超过30%: a share of the growth over the span is the span's, unless its clause writes a change
  // to a level (消费贡献率由54.9%提高到58.8%).
  if ((p.spanFlows ?? []).some((w) => clause.includes(w)) && !CHANGED_TO.test(clause)) return { period: span, reason: 'span' };
  const reached = p.spanEnd.find((w) => tail.endsWith(w));
  // 城镇棚户区住房改造超过2100万套: what was done over the span passed the figure; 企业数量超过…: a level.
  // 国内外航线累计达到60条: a running total that reached a figure is the level at the span's end.
  const runningTotal = reached && (p.cumulative ?? []).some((w) => tail.slice(0, -reached.length).endsWith(w));
  if (reached && !runningTotal && p.spanSum.some((w) => tail.slice(0, -reached.length).endsWith(w)))
    return { period: span, reason: 'span' };
  // …城市主干道路80条，总里程达到61.4公里: the total of the works just counted is, like them, the span's.
  if (reached && clause.trimStart().startsWith(TOTAL) && previousDone) return { period: span, reason: 'span' };
  if (reached) return { period: Period.year(Period.lastYear(span)), reason: 'span-end' };
  if ((p.spanLevel ?? []).some((w) => clause.includes(w)) || SHARE_OF.test(tail))
    return { period: Period.year(Period.lastYear(span)), reason: 'span-level' };
  if (p.spanSum.some((w) => clause.includes(w)) || acts.some((w) => clause.includes(w))) return { period: span, reason: 'span' };
  // 5575万农村贫困人口实现脱贫, 上亿人出棚进楼: a clause that opens on its figure says what was done after it;
  // so does one that opens on what was spent (投资3.06亿元实施了…).
  const bare = clause.replace(/[\s了近约逾上]|不到|不足/g, '');
  // 对全区14个景区景点的环境实施了…, 组团内9条主次干道实现通车: so does one that opens on what it treats or where.
  const opens = bare === '' || (p.spanSpend ?? []).includes(bare) || SCOPE_ONLY.test(bare);
  if (opens && [...p.spanSum, ...acts, ...(p.spanBecome ?? [])].some((w) => after.includes(w))) return { period: span, reason: 'span' };
  // 五年累计发放城乡低保金9823万元…，城乡特困群体大病医疗救助金476万元: a clause with no verb of its own, in a
  // sentence an earlier clause of which says it sums the span (五年, 累计, 年均), goes on with that sum.
  if (spanOpened && !ENDS_ON_VERB.test(tail)) return { period: span, reason: 'span' };
  return { period: Period.year(Period.lastYear(span)), reason: 'span-level' };
}

// Built once per lexicon: a five-year period named as when results were had (“十三五”期间, “十三五”时期,
// “十三五”以来); not as a base (高于“十三五”时期实际, 是“十一五”时期的2.7倍).
const termCache = new WeakMap<Lexicon, RegExp>();
function termPattern(lexicon: Lexicon): RegExp {
  let re = termCache.get(lexicon);
  if (!re) {
    const names = Object.keys(lexicon.plans.fiveYearPeriods).join('|');
    re = new RegExp(`(?<![比较于是与][“"‘]?)[“"‘]?(${names})[”"’]?(期间|时期|以来)(?![的，,]?[0-9.]+倍|的)`, 'g');
    termCache.set(lexicon, re);
  }
  return re;
}

/**
 * The years of a five-year period its text names for a result, once it is over; since it (以来), from its first year to
 * the year before the document speaks, as since a year written (2013年以来) is.
 */
function namedTerm(text: string, now: number, lexicon: Lexicon): Period | undefined {
  const m = lastMatch(termPattern(lexicon), text);
  const span = m && Period.parse(lexicon.plans.fiveYearPeriods[m[1]]);
  if (!m || !span) return undefined;
  if (m[2] === '以来') return now - 1 > Period.firstYear(span) ? Period.span(Period.firstYear(span), now - 1) : undefined;
  return Period.lastYear(span) < now ? span : undefined;
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
  // 技术交易额翻了一番: a doubling is a change over the span.
  if (raw.startsWith('翻')) return { period: result.period, reason: 'span' };
  // A share (90%以上的政务服务实现网上可办) is a level whatever follows it; a count may be what was done.
  const share = /[%％倍]/.test(raw);
  const rest = share ? '' : seg.folded.slice(at.end, at.end + LOOK_AFTER);
  const after = rest.slice(0, rest.search(/[,，;；。:：]|$/));
  const within = withinSpan(result.period, before, before.slice(clauseStart), after, lexicon);
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
    // A phase's heading (第一阶段（2024—2025年）) gives its yearly targets its years, else the plan's.
    const phase = headingSpan(seg, sentence);
    const span = phase ?? planSpan(seg);
    const h = horizonIn(text, lexicon, true);
    const lastHorizon = h === undefined ? -1 : Math.max(lastMatch(HORIZON, text)?.index ?? -1, dueBy(text, true)?.at ?? -1);
    const started = targetStartOrSpan(text, year, span, lastHorizon);
    if (started) return { period: started, reason: 'written-span' };
    if (span && eachYearAfterHorizon(text.replace(PER_HEAD_YEAR, ''), lexicon)) return { period: yearsUntil(span, h), reason: 'per-year' };
    // 到2023年，…年均增速保持在N%左右: an average over the years up to the horizon.
    if (span && h !== undefined && containsAny(clause.replace(PER_HEAD_YEAR, ''), p.perYear))
      return { period: yearsUntil(span, h), reason: 'per-year' };
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
    if (span && containsAny(clause.replace(PER_HEAD_YEAR, ''), p.perYear)) return { period: span, reason: 'per-year' };
    // 2027年，全市算力规模达到…；培育人工智能企业100家: a ；-item or sentence after one its paragraph heads with a year.
    const carried = paragraphLeadYear(seg, sentence);
    if (carried !== undefined) return { period: Period.year(carried), reason: 'lead-year' };
    // 2023年，数字经济发展取得新进展：⏎——…⏎——…: every item of a list its lead dates by a year not yet past.
    const listed = listLeadYear(seg, sentence);
    if (listed !== undefined && year !== undefined && listed >= year) return { period: Period.year(listed), reason: 'list-lead' };
    if (phase) return { period: phase, reason: 'section' };
    if (role) return { period: role, reason: 'section' };
    // 广义货币M2增长11.3%，低于13%左右的预期目标, in the review of a past year: the target that year had.
    const reviewed = sentence.role?.kind === 'ACTUAL' ? sentence.role.period : undefined;
    if (reviewed?.kind === 'year' && year !== undefined && reviewed.year < year) return { period: reviewed, reason: 'reviewed-target' };
    const earlier = sectionHorizon(seg, sentence, lexicon);
    if (earlier !== undefined) return { period: Period.year(earlier), reason: 'section-horizon' };
    return fallback(seg, sentence, true);
  }
  const asOf = lastMatch(AS_OF, text);
  // Spans back from now end the year before the document speaks (its date, else its year).
  const now = seg.time.spokenIn ?? year;
  // 截至2022年底，…机架总规模已超过650万，近5年年均增速超过30%: the value's own clause names its span.
  const ownSpan = now !== undefined && hasCount(clause, p.clauseFiveYears ?? []) && (!asOf || asOf.index < text.length - clause.length);
  if (ownSpan) return { period: Period.span(now - 5, now - 1), reason: 'five-years' };
  if (asOf && (asOf[1] || asOf[2] || asOf[3])) {
    // 截至今年6月底 in a report on a year already over: the year it speaks in.
    const y = asOf[1] ? Number(asOf[1]) : asOf[2] ? (seg.time.spokenIn ?? year) : year;
    // 截至2021年12月底 / 12月31日: as of the year's end, the year.
    if (y !== undefined) return { period: asOf[3] ? monthsTo(y, Number(asOf[3])) : Period.year(y), reason: 'as-of' };
  }
  const paired = pairedYear(clause, clause.length - (at.end - at.start));
  if (paired !== undefined) return { period: Period.year(paired), reason: 'year' };
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
  const part = base !== undefined ? yearPart(text, base, now ?? base) : undefined;
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
    return reviewed ? { period: role, reason: 'section' } : { period: asOfDocument(seg, sentence, false), reason: 'this-year' };
  }
  // 2021年，…。数字产业化规模达到8.35万亿元: a later sentence of a paragraph opening on a past year.
  const opened = paragraphYear(seg, sentence);
  if (opened) return { period: opened, reason: 'paragraph-year' };
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
  return fallback(seg, sentence, false);
}

/**
 * 从人均8.7万元提高到12万元以上, 由2020年的…提高到, 从去年的2.1%提高到, 从每月70元提高到: the level a
 * change starts from; 将…现行16%的税率降至13%: the level in force now, which the commitment changes; a
 * rate the year before grew at, turned into another (工业企业利润由上年下降2.3%转为增长8.5%).
 */
const LEVEL_FROM =
  /(?:[从由]\s*(?:(20\d{2})\s*年(?:底|末)?的?|(?:去年|上年)(?:底|末)?的?)?\s*(?:人均|每人每年|每人每月|每人|每月|每年|平均|目前的?|现在的?|增长|下降)?|(现行))\s*$/;
/** The change after it, with the noun of what changes between (现行16%的税率降至13%), or a turn (转为增长). */
const LEVEL_TO = new RegExp(`^\\s*(?:的[\\u4e00-\\u9fff]{1,4}?)?(?:${CHANGE_TO}|转为)`);

/** Whether a figure starts a change (由46.9%提高到…) without a year of its own (由2020年的…). */
function changeStarts(before: string, after: string): boolean {
  const m = LEVEL_FROM.exec(before);
  return !!m && !m[1] && !m[2] && LEVEL_TO.test(after);
}

/**
 * A figure a commitment raises or lowers from (…从75%提高到100%) is the level now: a result, as of
 * the year its clause writes (由2020年的…), else the year before the document speaks.
 */
export function presentLevel(seg: SegmentedDocument, before: string, after: string): PeriodJudgement | undefined {
  const m = LEVEL_FROM.exec(before);
  if (!m || !LEVEL_TO.test(after)) return undefined;
  if (m[1]) return { period: Period.year(Number(m[1])), reason: 'change-start' };
  const now = seg.time.spokenIn ?? seg.time.year;
  return now === undefined ? undefined : { period: Period.year(now - 1), reason: 'change-start' };
}

/** 已开工的57个项目: a count of what is already done, the done words right before it. */
const DONE_BEFORE = /已经?[\u4e00-\u9fff]{1,4}的\s*$/;

/**
 * A figure a commitment counts as done already (重大水利工程已开工的57个项目要加快建设) is the stock
 * it starts from: a result, as of the year before the document speaks.
 */
export function presentStock(seg: SegmentedDocument, before: string): PeriodJudgement | undefined {
  if (!DONE_BEFORE.test(before)) return undefined;
  const now = seg.time.spokenIn ?? seg.time.year;
  return now === undefined ? undefined : { period: Period.year(now - 1), reason: 'stock' };
}

/** 以…为抓手: 以 opening the figure's phrase (not 以上, 以来, 以及, 以下, 以内, 以后, 以前). */
const MEANS_OPEN = /以(?![上来及下内后前])[^以为，,；;。]*$/;
/** 在继续巩固…达到12000元的基础上: the level a commitment builds on, already reached. */
const FOUNDATION_OPEN = /在[^在，,；;。]*$/;
const FOUNDATION_CLOSE = /^[^，,；;。]*?的基础上/;

/**
 * A figure a commitment names as what it works through (以8个国家算力枢纽、10个国家数据中心集群为抓手)
 * or builds on (在…生均财政拨款水平达到12000元的基础上) is what exists when it is written: a result, as of
 * the document's year.
 */
export function presentFoundation(seg: SegmentedDocument, before: string, after: string, lexicon: Lexicon): PeriodJudgement | undefined {
  const year = seg.time.year;
  if (year === undefined) return undefined;
  if (FOUNDATION_OPEN.test(before) && FOUNDATION_CLOSE.test(after)) return { period: Period.year(year), reason: 'foundation' };
  const means = lexicon.valueKinds.periods.means ?? [];
  if (!MEANS_OPEN.test(before)) return undefined;
  const phrase = /^[^以，,；;。]*?为([\u4e00-\u9fff]{2})/.exec(after);
  return phrase && means.includes(phrase[1]) ? { period: Period.year(year), reason: 'means' } : undefined;
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
function fallback(seg: SegmentedDocument, sentence: Sentence, target: boolean): PeriodJudgement {
  const own = Period.parse(sentence.period);
  if (own && sentence.period !== seg.period) return { period: own, reason: 'section-period' };
  // A half-year summary's results (…局20XX年上半年工作总结) are the half's, not as of the day it is dated.
  if (!target && own?.kind === 'half') return { period: own, reason: 'document-period' };
  const span = target ? planSpan(seg) : undefined;
  if (span) return { period: span, reason: 'plan-span' };
  if (target && seg.time.horizon !== undefined) return { period: Period.year(seg.time.horizon), reason: 'document-horizon' };
  if (seg.time.year !== undefined) return { period: asOfDocument(seg, sentence, target), reason: 'document-year' };
  return { period: own, reason: 'section-period' };
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
