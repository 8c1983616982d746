import { Period } from '../../../../model';
import type { Lexicon } from '../../../lexicon';
import type { SegmentedDocument } from '../../../segment';
import { CHANGE_TO } from './change-to';
import type { PeriodJudgement } from './period-text';

// Figures a commitment names as they stand when it is written: the level it raises or lowers from (…从75%提高到100%),
// a stock already done (已开工的57个项目), what it works through or builds on (以…为抓手, 在…的基础上); and whether a
// figure starts a change (由46.9%提高到…).

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
export function changeStarts(before: string, after: string): boolean {
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
