import { Period } from '../../../model';
import type { Lexicon } from '../../lexicon';
import type { SegmentedDocument, Span } from '../../segment';
import type { FactSink, Loose, NodeFact } from '../facts/facts';
import { indicatorName } from './names/indicator-name';
import { subjectOfClauseBefore } from './names/indicator-subject';
import { findQuantities, type Quantity } from '../quantity';
import type { ReadUnit } from '../tasks/tasks';
import { isNotAValue } from './filters/value-filter';
import { presentFoundation, presentLevel, presentStock } from './periods/present-levels';
import { judgePeriod } from './periods/value-period';

// Indicators (指标) and their values: every number in a task or result names what it measures.
// A task SETS_TARGET on it (value, comparator, year); a result is MEASURED on it (value,
// qualifier, as of when).

/** A name that is the goal itself (预期目标, 目标设定, 经济增长预期): its figure restates a target, measuring nothing new. */
const RESTATED = /目标|预期$/;
/** A date by which something is due (2025年底前, 到2023年), which names no quantity. */
const DEADLINE = /^(?:到|至)?\s*20\d{2}\s*年(?:底|末)?(?:前|以前|之前)?$/;

export function readIndicators(seg: SegmentedDocument, units: ReadUnit[], sink: FactSink, lexicon: Lexicon, tables: Span[] = []): void {
  const { folded, document } = seg;
  // A figure with no name of its own continues the last one named in its sentence:
  // 地区生产总值增长20%，达到282亿元 · 从60.2%提高到65.2% · 分别增长9.4%、9.1%.
  let carried: { sentence: number; end: number; text: string; unit?: string } | undefined;
  // Targets already set, so a later sentence that only restates one (经济增长预期目标为5%左右) adds none.
  const set = new Set<string>();
  for (const unit of units) {
    for (const clause of unit.clauses) {
      let floor = clause.start;
      let listed: Listed | undefined;
      const quantities = findQuantities(document.text, clause.start, clause.end, folded);
      const tabled = tables.length > 0 && tables.some((t) => clause.start < t.end && t.start < clause.end);
      for (const [i, q] of quantities.entries()) {
        // A table's cells are read by its columns (table-values), not as prose.
        if (tabled && tables.some((t) => q.start >= t.start && q.start < t.end)) continue;
        const ctx = { clause, floor, sentenceStart: unit.sentence.start, next: quantities[i + 1] };
        const read = indicatorName(folded, q, ctx, lexicon);
        // 比上年增长7.7% names a change, not what changed: the sentence's last name is carried.
        const own =
          read && !read.skip && carried?.sentence === unit.sentence.start && namesOnlyAChange(read.text, lexicon) ? undefined : read;
        let name =
          own ??
          (carried?.sentence === unit.sentence.start
            ? { text: carriedName(folded, carried, q, Math.max(clause.start, floor), lexicon) }
            : (wordsBefore(folded, Math.max(clause.start, floor), q.start) ??
              subjectOfClauseBefore(folded, unit.sentence.start, clause.start, q.start, lexicon)));
        // A deadline read as the name (2025年底前超过45万个) names nothing: the sentence before may.
        if (name && !name.skip && DEADLINE.test(name.text))
          name = continuedAcrossSemicolon(folded, carried, unit.sentence.start, q) ?? name;
        // …；2025年，达到420亿元: a clause of a level's verb alone continues the name of the sentence before, as a deadline does.
        const lead = !name ? folded.slice(clause.start, q.start).trim() : undefined;
        if (lead !== undefined && (lead === '' || lexicon.valueKinds.periods.spanEnd.includes(lead)))
          name = continuedAcrossSemicolon(folded, carried, unit.sentence.start, q);
        // 用户规模分别达5.4亿人、4.2亿人、3.6亿人: a figure listed right after a named one, naming nothing, shares its name.
        if (!read && !name) name = listedAfter(folded, listed, q);
        if (own && !own.skip) carried = { sentence: unit.sentence.start, end: unit.sentence.end, text: own.text, unit: q.unit };
        listed = name && !name.skip ? { end: q.end, text: name.text, unit: q.unit } : undefined;
        // The next number's name starts after this one's counted noun (20个专题场景800项指标).
        floor = Math.max(q.end, name?.after ?? 0);
        if (!name || name.skip) continue;
        const before = folded.slice(clause.start, q.start);
        const sentence = folded.slice(unit.sentence.start, unit.sentence.end);
        const glued =
          q.start > clause.start && /[\u4e00-\u9fff”]/.test(folded[q.start - 1]) && !lexicon.verbs.task.some((v) => before.endsWith(v));
        const decline = declines(before, folded.slice(q.end, clause.end), lexicon);
        // A change is a value as a level is (能耗下降8.1% → -8.1; 提高0.8个百分点; 效率提升45%).
        if (
          isNotAValue(
            {
              name: name.text,
              before,
              reported: unit.fact.label === 'Result',
              overSpan: unit.sentence.role?.period?.kind === 'span',
              unit: q.unit,
              glued,
              sentence,
              raw: q.raw,
              value: q.value,
              after: folded.slice(q.end, Math.min(clause.end, q.end + 12)),
              lead: folded.slice(unit.sentence.start, q.start),
            },
            lexicon,
          )
        )
          continue;
        const span: Span = clause;
        const cumulative = q.qualifier === '累计' || folded.slice(clause.start, q.start).includes('累计') || undefined;
        const change = lexicon.indicators.changeEndings.some((w) => name.text.endsWith(w)) || undefined;
        const key = `${q.value}|${q.raw}`;
        // 从75%提高到100% in a commitment: the first figure is where it starts, today's level; so is
        // a count of what is done already (已开工的57个项目), and what it works through or builds on.
        const after = folded.slice(q.end, clause.end);
        const level =
          unit.fact.label === 'Task'
            ? (presentLevel(seg, before, after) ?? presentStock(seg, before) ?? presentFoundation(seg, before, after, lexicon))
            : undefined;
        const j = level ? { reason: level.reason, cue: undefined } : unit.judgement;
        const kind = unit.fact.label === 'Task' && !level ? 'TARGET' : 'ACTUAL';
        const when = level ?? judgePeriod(seg, unit.sentence, q, kind, lexicon);
        const period = when.period && Period.format(when.period);
        // A per-year target (每年新增…) applies from its span's first year; others are due at the end.
        const year = when.period
          ? when.reason === 'per-year'
            ? Period.firstYear(when.period)
            : Period.lastYear(when.period)
          : unit.sentence.year;
        const same = `${period}|${q.value}|${q.unit}|${q.comparator}`;
        if (kind === 'TARGET' && RESTATED.test(name.text) && set.has(same)) continue;
        if (kind === 'TARGET') set.add(same);
        const indicator = sink.node('Indicator', name.text, span.start, span.end, { unit: q.unit, change }, {});
        // One object filled in order (the value, what kind of value, why it was judged so), not
        // bags spread into a new one for every value.
        const props = valueProps(q, cumulative, decline ? -1 : 1);
        if (kind === 'TARGET') props.comparator = q.comparator;
        else {
          props.qualifier = q.qualifier;
          props.asOf = period;
        }
        props.year = year;
        props.period = period;
        props.kindReason = j.reason;
        props.kindCueStart = j.cue?.start;
        props.kindCueEnd = j.cue?.end;
        props.kindCueText = j.cue && document.text.slice(j.cue.start, j.cue.end);
        props.periodReason = when.reason;
        const source = level ? levelResult(unit, sink, document.text, year, period) : unit.fact;
        sink.rel(kind === 'TARGET' ? 'SETS_TARGET' : 'MEASURED', source, indicator, span.start, span.end, props, key);
      }
    }
  }
}

/** The figure before in the same clause, and the name it was read with. */
interface Listed {
  end: number;
  text: string;
  unit?: string;
}

/** Only a list mark between two figures in one unit: the second is the next item of the same measure. */
const LIST_MARK = /^\s*、\s*$/;
function listedAfter(folded: string, listed: Listed | undefined, q: Quantity): { text: string } | undefined {
  if (!listed || listed.unit === undefined || listed.unit !== q.unit) return undefined;
  return LIST_MARK.test(folded.slice(listed.end, q.start)) ? { text: listed.text } : undefined;
}

/**
 * 机架数达到35万个；2025年底前超过45万个: a figure that names nothing, in a sentence joined by a
 * semicolon to the one before, continues that sentence's last name when it counts in the same unit.
 */
function continuedAcrossSemicolon(
  folded: string,
  carried: { sentence: number; end: number; text: string; unit?: string } | undefined,
  sentenceStart: number,
  q: Quantity,
): { text: string; skip?: boolean; after?: number } | undefined {
  if (!carried || carried.sentence === sentenceStart || carried.unit === undefined || carried.unit !== q.unit) return undefined;
  if (carried.end > sentenceStart) return undefined;
  const between = folded.slice(Math.max(carried.sentence, carried.end - 1), sentenceStart).trim();
  return /^[；;]$/.test(between) ? { text: carried.text } : undefined;
}

// One result per commitment for the levels it starts from.
const levelResults = new WeakMap<ReadUnit, NodeFact>();
function levelResult(unit: ReadUnit, sink: FactSink, text: string, year: number | undefined, period: string | undefined): NodeFact {
  let fact = levelResults.get(unit);
  if (!fact) {
    const name = text.slice(unit.start, unit.end).trim().slice(0, 80);
    const props = { year, period, domain: unit.fact.properties.domain, document: unit.fact.properties.document, mode: 'report' };
    fact = sink.node('Result', name, unit.start, unit.end, props, { anchored: true });
    levelResults.set(unit, fact);
  }
  return fact;
}

function valueProps(q: Quantity, cumulative: true | undefined, sign: 1 | -1): Loose {
  return { value: sign * q.value, unit: q.unit, raw: q.raw, max: q.max === undefined ? undefined : sign * q.max, cumulative };
}

/**
 * A figure carrying the last name in its sentence. When it is in another unit and follows a
 * change word (国内生产总值达到114万亿元，增长8.1%), it measures the change, not the quantity:
 * 国内生产总值 + 增长, so the rate joins the growth targets set on that name in other years.
 */
const COMPARED_WITH = /^(?:按可比(?:价|口径)计算)?(?:同比|比上年同期|比上年|比去年)/;

// Built once per lexicon: asked for each figure that carries a name.
const changeCache = new WeakMap<Lexicon, string[]>();
function changeWords(lexicon: Lexicon): string[] {
  let words = changeCache.get(lexicon);
  if (!words) changeCache.set(lexicon, (words = [...lexicon.valueKinds.declines.words, ...lexicon.valueKinds.periods.spanSum]));
  return words;
}

function namesOnlyAChange(text: string, lexicon: Lexicon): boolean {
  return changeWords(lexicon).includes(text.replace(COMPARED_WITH, ''));
}

function carriedName(folded: string, carried: { text: string; unit?: string }, q: Quantity, from: number, lexicon: Lexicon): string {
  if (carried.unit === undefined || q.unit === carried.unit) return carried.text;
  const tail = folded
    .slice(from, q.start)
    .replace(/\s+/g, '')
    .split(/[，,、；;：:]/)
    .pop()!
    .replace(COMPARED_WITH, '');
  const changes = changeWords(lexicon);
  if (/^[\u4e00-\u9fff]{2,6}$/.test(tail) && changes.some((w) => tail.endsWith(w))) return carried.text + tail;
  // 地区生产总值增长7.5%，达到326.4亿元: the amount is of the quantity, not of its growth.
  const change = changes.find((w) => carried.text.endsWith(w) && carried.text.length > w.length + 1);
  return change ? carried.text.slice(0, -change.length) : carried.text;
}

/** The last words before a figure the naming rules could not name (完成投资1.7亿元 → 完成投资). */
function wordsBefore(folded: string, from: number, to: number): { text: string } | undefined {
  const text = folded.slice(from, to).replace(/\s+/g, '').slice(-12);
  // 在A、B等N个领域: a count of the items just listed, not a measure.
  return /[\u4e00-\u9fff]{2}/.test(text) && !text.endsWith('等') ? { text } : undefined;
}

// The figures listed before this one in the same enumeration (下降8.1%、14.1%, 减少3%左右和5%左右, 净减少10.6万、3.8万、…).
const LISTED = /(?:[0-9.]+\s*[万亿千]*\s*(?:%|个百分点)?\s*(?:左右|以上|以内|以下)?\s*[、和])+$/;
// 比去年预算低0.4个百分点: a figure below what it is compared with.
const BELOW = /比[\u4e00-\u9fff]{1,8}[低少]$/;
/** What a decline verb cuts, between it and the figure: a noun phrase (中央政府层面设立的涉企收费项目) with no verb or end word in it. */
const OBJECT = /^[\u4e00-\u9fff“”]{1,16}$/;
const NOT_OBJECT = /[到至为达是比增提实完节省带惠突超]/;
/** An earlier amount of the list one decline verb governs, and the next item's noun (…3500亿元左右、涉企收费). */
const LISTED_ITEM = /[0-9.]+\s*[万亿千]*[\u4e00-\u9fff]{0,2}?(?:左右|以上)?、([\u4e00-\u9fff“”]{1,8})$/;
/** A rate the verb after it applies (按不低于5%的幅度压减): 的幅度 or 的比例, then the decline. */
const RATE_OF = /^\s*的(?:幅度|比例)(?:分别)?/;

/**
 * Whether the figure is a decline: it follows a decline word directly (能耗下降8.1%, 分别压减67%和92%,
 * 分别减少3%左右和5%左右) or across what the verb cuts (再减少农村贫困人口1000万人以上, 降低利息负担约4000亿元),
 * in a list that verb governs (减少企业税负3500亿元左右、涉企收费约2000亿元), or the verb follows the rate
 * it applies (按不低于5%的幅度压减一般性支出).
 */
function declines(before: string, after: string, lexicon: Lexicon): boolean {
  const d = lexicon.valueKinds.declines;
  const tail = withoutFillers(before.replace(/\s+$/, '').replace(LISTED, ''), d.fillers);
  if (d.words.some((w) => tail.endsWith(w)) || BELOW.test(tail) || cutsObject(tail, d.words)) return true;
  const item = LISTED_ITEM.exec(tail);
  if (item && !NOT_OBJECT.test(item[1]) && cutsObject(withoutFillers(tail.slice(0, item.index), d.fillers), d.words)) return true;
  const rate = RATE_OF.exec(after);
  return rate !== null && d.words.some((w) => after.startsWith(w, rate[0].length));
}

function withoutFillers(text: string, fillers: readonly string[]): string {
  let tail = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const f of fillers)
      if (tail.endsWith(f)) {
        tail = tail.slice(0, -f.length);
        changed = true;
      }
  }
  return tail;
}

/** 减少农村贫困人口 · 降低利息负担: a decline word, then only the noun it cuts. */
function cutsObject(tail: string, words: readonly string[]): boolean {
  return words.some((w) => {
    const at = tail.lastIndexOf(w);
    if (at < 0) return false;
    const object = tail.slice(at + w.length);
    return OBJECT.test(object) && !NOT_OBJECT.test(object);
  });
}
