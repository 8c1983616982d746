import { Period } from '../../model';
import type { Lexicon } from '../lexicon';
import type { SegmentedDocument, Span } from '../segment';
import type { FactSink, Loose, NodeFact } from './facts';
import { indicatorName } from './indicator-name';
import { subjectOfClauseBefore } from './indicator-subject';
import { findQuantities, type Quantity } from './quantity';
import type { ReadUnit } from './tasks';
import { isNotAValue } from './value-filter';
import { judgePeriod, presentLevel, presentStock } from './value-period';

// Indicators (指标) and their values: every number in a task or result names what it measures.
// A task SETS_TARGET on it (value, comparator, year); a result is MEASURED on it (value,
// qualifier, as of when).

/** A name that is the goal itself (预期目标, 目标设定, 经济增长预期): its figure restates a target, measuring nothing new. */
const RESTATED = /目标|预期$/;
/** A date by which something is due (2025年底前, 到2023年), which names no quantity. */
const DEADLINE = /^(?:到|至)?\s*20\d{2}\s*年(?:底|末)?(?:前|以前|之前)?$/;

export function readIndicators(seg: SegmentedDocument, units: ReadUnit[], sink: FactSink, lexicon: Lexicon): void {
  const { folded, document } = seg;
  // A figure with no name of its own continues the last one named in its sentence:
  // 地区生产总值增长20%，达到282亿元 · 从60.2%提高到65.2% · 分别增长9.4%、9.1%.
  let carried: { sentence: number; end: number; text: string; unit?: string } | undefined;
  // Targets already set, so a later sentence that only restates one (经济增长预期目标为5%左右) adds none.
  const set = new Set<string>();
  for (const unit of units) {
    for (const clause of unit.clauses) {
      let floor = clause.start;
      const quantities = findQuantities(document.text, clause.start, clause.end, folded);
      for (const [i, q] of quantities.entries()) {
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
        if (own && !own.skip) carried = { sentence: unit.sentence.start, end: unit.sentence.end, text: own.text, unit: q.unit };
        // The next number's name starts after this one's counted noun (20个专题场景800项指标).
        floor = Math.max(q.end, name?.after ?? 0);
        if (!name || name.skip) continue;
        const before = folded.slice(clause.start, q.start);
        const sentence = folded.slice(unit.sentence.start, unit.sentence.end);
        const glued =
          q.start > clause.start && /[\u4e00-\u9fff”]/.test(folded[q.start - 1]) && !lexicon.verbs.task.some((v) => before.endsWith(v));
        const decline = declines(before, lexicon, q.raw);
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
        // a count of what is done already (已开工的57个项目).
        const after = folded.slice(q.end, clause.end);
        const level = unit.fact.label === 'Task' ? (presentLevel(seg, before, after) ?? presentStock(seg, before)) : undefined;
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

// The figures listed before this one in the same enumeration (下降8.1%、14.1%, 减少3%左右和5%左右).
const LISTED = /(?:[0-9.]+\s*(?:%|个百分点)?\s*(?:左右|以上|以内|以下)?\s*[、和])+$/;
/** Whether the figure follows a decline word directly (能耗下降8.1%, 分别压减67%和92%, 分别减少3%左右和5%左右). */
function declines(before: string, lexicon: Lexicon, raw: string): boolean {
  const d = lexicon.valueKinds.declines;
  let tail = before.replace(/\s+$/, '').replace(LISTED, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const f of d.fillers)
      if (tail.endsWith(f)) {
        tail = tail.slice(0, -f.length);
        changed = true;
      }
  }
  return (
    d.words.some((w) => tail.endsWith(w)) ||
    BELOW.test(tail) ||
    (WRITTEN_PLAIN.test(raw) && cutsAnObject(before.replace(/\s+$/, ''), lexicon))
  );
}

// 比去年预算低0.4个百分点: a figure below what it is compared with.
const BELOW = /比[\u4e00-\u9fff]{1,8}[低少]$/;
// What may stand between a cut and its figure: the thing cut, a noun phrase (钢铁产能, 军队员额).
const OBJECT = /^[\u4e00-\u9fff“”]{2,16}$/;
// The figure written as it stands, no 约/超过/近 before it: an amount written so after a cut and its
// object (累计减少群众提交材料约230万份, 降低费用负担超过4000亿元) is the relief given, read as written.
const WRITTEN_PLAIN = /^[0-9一二两三四五六七八九十百千万亿]/;
// A level (压减到…), an increase or another act inside the words is no object of the cut, nor is
// the cut's own measure (缩减比例达76%).
const NOT_OBJECT = /[到至为]|增长|增加|提高|上升|扩大|(?:比例|幅度|率)$/;

/**
 * 压减政府性基金项目30%, 今年再减少农村贫困人口1000万以上, 完成裁减军队员额30万任务: a cut
 * whose object stands right before the figure, in the same stretch of the clause; not a total
 * summed (累计减少…).
 */
function cutsAnObject(tail: string, lexicon: Lexicon): boolean {
  const piece = tail.split(/[，,；;：:。、]/).pop() ?? '';
  if (piece.includes('累计')) return false;
  const verbs = lexicon.verbs;
  for (const w of lexicon.valueKinds.declines.words) {
    const at = piece.lastIndexOf(w);
    if (at < 0) continue;
    const object = piece.slice(at + w.length);
    if (!OBJECT.test(object) || NOT_OBJECT.test(object)) continue;
    if ([...verbs.task, ...verbs.result].some((v) => object.includes(v))) continue;
    return true;
  }
  return false;
}
