import { Period } from '../../../../model';
import type { Lexicon } from '../../../lexicon';
import { chineseNumber, containsAny, type DocumentTime } from '../../../segment';

// Results dated by how far back from the document they reach, in forms a report on the state of a field
// writes besides 过去五年 / 近三年: since a party congress (党的十八大以来: from the year after it), ten
// years back (十年来, 近十年, 过去十年, 这十年), N years counted with 间 or 过去的 (五年间), and the year before last
// (前年), and since a year written (2013年以来). Spans back from now end the year before the document speaks, as
// 过去五年 does. Also 今年 in a report on a year already over (关于2021年…的报告, delivered in 2022): the year it
// is delivered in.

/**
 * 十年来, 十年间, 近十年, 过去十年, 过去的十年, 这十年, 新时代十年, 近10年: not 二十年来, 几十年来, nor 十年前 / 十年内 /
 * 十年禁渔.
 */
const TEN_YEARS =
  /(?<![二三四五六七八九几数十\d])十\s*年\s*(?:来|间)|(?:近|过去的?|最近|这|新时代)\s*(?:十|10)\s*年(?![前内底末\d])|(?<!\d)10\s*年\s*(?:来|间)/g;
/** 五年间, 过去的五年, 这五年: N years counted back (近N年, N年来 are read in value-period). */
const YEARS_BETWEEN = /(?<![十\d])([1-9一二两三四五六七八九])\s*年间|(?:过去的|这)\s*([2-9两三四五六七八九])\s*年(?![前内底末\d级])/g;
/** 2013年以来, 自2020年以来, 2018年至今: since a year written, from its start; not a base (比2013年以来). */
const SINCE_YEAR = /(?<![比较与]\s*[自从]?)(20\d{2})\s*年\s*(?:以来|至今)/g;
/** 前年: the year before last; not 提前年底, 之前年度, 三年前年均. */
const YEAR_BEFORE_LAST = /(?<![提之目以年])前年(?![度份均])/g;
/** Where a span is counted back the usual way (过去五年, 近3年, 三年来): the nearest such words win. */
const OTHER_LOOK_BACK = /(?:近|过去|最近|连续)\s*[1-9一二两三四五六七八九]\s*年|(?<![十\d])[1-9一二两三四五六七八九]\s*年来/g;

// Built once per lexicon: 党的十八大以来, 十九大召开以来.
const congressCache = new WeakMap<Lexicon, RegExp | null>();
function congressPattern(lexicon: Lexicon): RegExp | null {
  let re = congressCache.get(lexicon);
  if (re === undefined) {
    const names = Object.keys(lexicon.valueKinds.periods.congresses ?? {});
    re = names.length ? new RegExp(`(${names.join('|')})\\s*(?:召开)?\\s*以来`, 'g') : null;
    congressCache.set(lexicon, re);
  }
  return re;
}

function lastAt(re: RegExp, text: string): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  for (const m of text.matchAll(re)) found = m as RegExpExecArray;
  return found;
}

/** The years from `from` to the year before `now`, when there are any. */
function upToNow(from: number, now: number): Period | undefined {
  if (from > now - 1) return undefined;
  return from === now - 1 ? Period.year(from) : Period.span(from, now - 1);
}

/**
 * The span a result's sentence reaches back over (text: its sentence up to the value), when the nearest look-back
 * written is one of these forms; `now` is the year the document speaks in, `dated` whether its text says so.
 */
export function yearsBack(text: string, now: number, lexicon: Lexicon, dated = true): { period: Period; reason: string } | undefined {
  const found: { at: number; period: Period; reason: string }[] = [];
  // Each form is looked for only where a word of it is written: asked for every result.
  const re = text.includes('以来') ? congressPattern(lexicon) : null;
  const congress = re ? lastAt(re, text) : undefined;
  const held = congress ? lexicon.valueKinds.periods.congresses?.[congress[1]] : undefined;
  const since = held !== undefined ? upToNow(held + 1, now) : undefined;
  if (congress && since) found.push({ at: congress.index, period: since, reason: 'since-congress' });
  // 2013年以来 in a report delivered in 2018: the years from it to the one before the report, as 五年来 and
  // 党的十八大以来 are; a later word of its own (…去年纳税达到) dates the figure instead.
  // Only where the text dates when it speaks: an undated feature's 2021年以来…已累计推出… runs to its own day.
  const year = dated && (text.includes('以来') || text.includes('至今')) ? lastAt(SINCE_YEAR, text) : undefined;
  const fromYear = year ? upToNow(Number(year[1]), now) : undefined;
  if (year && fromYear && !laterWord(text, year.index + year[0].length, lexicon))
    found.push({ at: year.index, period: fromYear, reason: 'since-year' });
  const ten = text.includes('十年') || text.includes('10年') ? lastAt(TEN_YEARS, text) : undefined;
  if (ten) found.push({ at: ten.index, period: Period.span(now - 10, now - 1), reason: 'ten-years' });
  const between = text.includes('年间') || text.includes('过去的') || text.includes('这') ? lastAt(YEARS_BETWEEN, text) : undefined;
  const count = between ? (between[1] ?? between[2]) : '';
  const n = count ? (chineseNumber(count) ?? Number(count)) : 0;
  const recent = n > 0 ? upToNow(now - n, now) : undefined;
  if (between && recent) found.push({ at: between.index, period: recent, reason: 'recent-years' });
  const before = text.includes('前年') ? lastAt(YEAR_BEFORE_LAST, text) : undefined;
  if (before && !/[比较与]\s*$/.test(text.slice(Math.max(0, before.index - 2), before.index)))
    found.push({ at: before.index, period: Period.year(now - 2), reason: 'year-before-last' });
  if (!found.length) return undefined;
  const nearest = found.reduce((a, b) => (b.at > a.at ? b : a));
  // 过去五年 / 近三年 written after it: the span value-period reads is the nearer one.
  const other = lastAt(OTHER_LOOK_BACK, text);
  const five = Math.max(-1, ...lexicon.valueKinds.periods.fiveYears.map((w) => text.lastIndexOf(w)));
  if ((other && other.index > nearest.at) || five > nearest.at) return undefined;
  return { period: nearest.period, reason: nearest.reason };
}

/** A word naming a year or part of one (去年, 今年, 上半年) written after `from`: it dates what follows it. */
function laterWord(text: string, from: number, lexicon: Lexicon): boolean {
  const p = lexicon.valueKinds.periods;
  const rest = text.slice(from);
  return containsAny(rest, p.lastYear) || containsAny(rest, p.thisYear) || containsAny(rest, p.firstHalf);
}

/**
 * 今年 in a report on a year already over (国务院关于2021年度…的报告, delivered in 2022): the year it is delivered
 * in, not the year its title reports; undefined where the two are one.
 */
export function spokenThisYear(time: DocumentTime, text: string, lexicon: Lexicon): Period | undefined {
  const { year, spokenIn } = time;
  if (year === undefined || spokenIn === undefined || spokenIn <= year) return undefined;
  // 今年, 今年以来, 年初以来 say now; 年内 and 本年度 may name the year reported.
  const now = lexicon.valueKinds.periods.thisYear.filter((w) => w.includes('今') || w.includes('以来'));
  return now.some((w) => text.includes(w)) ? Period.year(spokenIn) : undefined;
}
