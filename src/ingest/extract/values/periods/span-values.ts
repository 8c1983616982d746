import { Period } from '../../../../model';
import type { Lexicon } from '../../../lexicon';
import { containsAny } from '../../../segment';
import { CHANGE_TO } from './change-to';
import { hasCount, yearsIn, type PeriodJudgement } from './period-text';

// A result inside a span (过去五年, 2012年至2021年): the level before it began, a level reached as of its last year, or
// a change, a sum or what was done over the whole span.

const CHANGED_TO = new RegExp(CHANGE_TO);
/** The figures listed before this one (50%、): 从50%、75% lists two levels after one 从. */
const LISTED_BEFORE = /(?:[0-9.]+\s*(?:%|％|个百分点)?\s*[、和])+$/;
/** 是“十一五”时期的 / …期间的 right before a multiple: the base is another period's total. */
const PERIOD_MULTIPLE = /(?:时期|期间)的?$/;
/** A clause that ends on a verb or a preposition before its figure (控制在50%) says its own act. */
const ENDS_ON_VERB = /[在到至为达超]$/;
/** A figure of a flow: money spent or earned (元, 美元), visits (人次). */
const FLOW = /(?:元|人次)\s*$/;
/** 总里程, 总面积: the total of what the clause before counted. */
const TOTAL = '总';
/** 十年前的 / 五年前的 right before a figure: the base it is compared with, some years back. */
const YEARS_AGO = /(?:年前|20\d{2}\s*年)的$/;
/** 比制度建立之初: a base that is the start of something, undated. */
const SINCE_ORIGIN = /[比较][^，,；;。]{1,12}之初/;
/** 由2015年的, 下降到2020年的: the year of a level a change starts from or reaches. */
const CHANGE_LEVEL_YEAR = /[由从到至]\s*(20\d{2})\s*年的$/;
/** 十年前的, 5年前的: a count of years back (not 2010年前). */
const COUNTED_YEARS_AGO = /(?<![\d十])([1-9一二两三四五六七八九十])\s*年前的$/;
/** 对全区, 组团内, 全市: a clause that before its figure names only what is treated or where (no verb). */
const SCOPE_ONLY = /^(?:对[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,4}内|全[区市县省国])$/;

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
 * 年均, 设立, 改造) is the span's; any other figure is a level, as of its last year. `figure` is the value as written
 * (186亿元), its unit included.
 */
export function withinSpan(span: Period, before: string, clause: string, after: string, lexicon: Lexicon, figure = ''): PeriodJudgement {
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
  // 由2015年的58微克/立方米下降到2020年的35微克/立方米: a level its change dates by a year of its own is that year's.
  const levelOf = CHANGE_LEVEL_YEAR.exec(tail);
  if (levelOf) return { period: Period.year(Number(levelOf[1])), reason: 'year' };
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
  // 五年累计接待游客38.5亿人次, 旅游总收入累计达到3.3万亿元, 中央财政累计安排…资金达到2400亿元: a running total of a
  // flow (money spent or earned, visits) is what the span added up to, not a level it stood at.
  if (reached && FLOW.test(figure) && (p.cumulative ?? []).some((w) => clause.includes(w))) return { period: span, reason: 'span' };
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
