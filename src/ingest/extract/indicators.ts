import type { Lexicon } from '../lexicon';
import type { SegmentedDocument, Span } from '../segment';
import type { FactSink } from './facts';
import { indicatorName } from './indicator-name';
import { findQuantities, type Quantity } from './quantity';
import type { ReadUnit } from './tasks';
import { isNotAValue } from './value-filter';

// Indicators (指标) and their values: every number in a task or result names what it measures.
// A task SETS_TARGET on it (value, comparator, year); a result is MEASURED on it (value,
// qualifier, as of when).

const AS_OF = /截至(?:(今年|20\d{2}年))?(\d{1,2})月/;
// 到2026年 / 至2027年底: a target's horizon, when the sentence names one before the number.
const HORIZON = /(?:到|至)(20\d{2})年(?:底|末)?/g;

function horizon(folded: string, sentenceStart: number, at: number): number | undefined {
  let year: number | undefined;
  for (const m of folded.slice(sentenceStart, at).matchAll(HORIZON)) year = Number(m[1]);
  return year;
}

function asOf(seg: SegmentedDocument, unit: ReadUnit): string | undefined {
  const s = unit.sentence;
  const m = AS_OF.exec(seg.folded.slice(s.start, unit.end));
  if (!m) return s.period;
  const year = m[1] && m[1] !== '今年' ? Number(m[1].slice(0, 4)) : s.year;
  return year ? `${year}-${m[2].padStart(2, '0')}` : s.period;
}

export function readIndicators(seg: SegmentedDocument, units: ReadUnit[], sink: FactSink, lexicon: Lexicon): void {
  const { folded, document } = seg;
  for (const unit of units) {
    for (const clause of unit.clauses) {
      let floor = clause.start;
      const quantities = findQuantities(document.text, clause.start, clause.end);
      for (const [i, q] of quantities.entries()) {
        const ctx = { clause, floor, sentenceStart: unit.sentence.start, next: quantities[i + 1] };
        const name = indicatorName(folded, q, ctx, lexicon);
        // The next number's name starts after this one's counted noun (20个专题场景800项指标).
        floor = Math.max(q.end, name?.after ?? 0);
        if (!name || name.skip) continue;
        const before = folded.slice(clause.start, q.start);
        const sentence = folded.slice(unit.sentence.start, unit.sentence.end);
        const glued = q.start > clause.start && /[\u4e00-\u9fff”]/.test(folded[q.start - 1]) && !lexicon.verbs.task.some((v) => before.endsWith(v));
        if (isNotAValue({ name: name.text, before, reported: unit.fact.label === 'Result', unit: q.unit, glued, sentence }, lexicon)) continue;
        const span: Span = clause;
        const cumulative = q.qualifier === '累计' || folded.slice(clause.start, q.start).includes('累计') || undefined;
        const indicator = sink.node('Indicator', name.text, span.start, span.end, { unit: q.unit }, {});
        const props = valueProps(q, cumulative);
        const key = `${q.value}|${q.raw}`;
        if (unit.fact.label === 'Task') {
          sink.rel('SETS_TARGET', unit.fact, indicator, span.start, span.end, {
            ...props, comparator: q.comparator, ...targetWhen(folded, unit, q.start),
          }, key);
        } else {
          const when = asOf(seg, unit);
          sink.rel('MEASURED', unit.fact, indicator, span.start, span.end, {
            ...props, qualifier: q.qualifier, asOf: when, year: when ? Number(when.slice(0, 4)) : unit.sentence.year,
          }, key);
        }
      }
    }
  }
}

function targetWhen(folded: string, unit: ReadUnit, at: number): { year?: number; period?: string } {
  const year = horizon(folded, unit.sentence.start, at);
  return year !== undefined && year !== unit.sentence.year ? { year, period: String(year) } : { year: unit.sentence.year, period: unit.sentence.period };
}

function valueProps(q: Quantity, cumulative: true | undefined) {
  return { value: q.value, unit: q.unit, raw: q.raw, max: q.max, cumulative };
}
