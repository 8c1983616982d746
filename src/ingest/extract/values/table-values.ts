import type { Lexicon } from '../../lexicon';
import type { SegmentedDocument, Span } from '../../segment';
import type { FactSink, Loose, NodeFact } from '../facts/facts';
import { findIndicatorTables, type TableRow, type TableValue } from './indicator-tables';
import type { OwnPlans } from '../plans/own-plans';
import { presentsPlan } from '../projects/projects';
import { findQuantities } from '../quantity';

// The values of a plan's indicator tables: each row's indicator, a SETS_TARGET from the row's goals and a MEASURED
// from its base levels, each dated by its column. Returns where the tables stand, so prose reading passes over them.

const UNIT_CELL_BLANK = /^[-—–/／]+$/;

export function readTableValues(
  seg: SegmentedDocument,
  own: OwnPlans,
  sink: FactSink,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
): Span[] {
  const words = lexicon.indicators.tables;
  if (!words) return [];
  const tables = findIndicatorTables(seg.folded, words, seg.time.spokenIn ?? seg.time.year);
  const text = seg.document.text;
  for (const table of tables) {
    if (!relevant(table.start)) continue;
    for (const row of table.rows) readRow(seg, own, sink, row, text);
  }
  return tables.map(({ start, end }) => ({ start, end }));
}

function readRow(seg: SegmentedDocument, own: OwnPlans, sink: FactSink, row: TableRow, text: string): void {
  const name = row.name.text.replace(/[(（][^()（）]{1,8}[)）]$/, '');
  let task: NodeFact | undefined;
  let result: NodeFact | undefined;
  let indicator: NodeFact | undefined;
  for (const v of row.values) {
    const { value, unit } = normalised(v, row.unit);
    const kind = v.column.kind ?? 'TARGET';
    const period = v.column.period;
    const year = period ? Number(period.slice(-4)) : undefined;
    indicator ??= sink.node('Indicator', name, row.name.start, row.name.end, { unit }, {});
    let source: NodeFact;
    if (kind === 'TARGET') {
      source = task ??= rowFact(seg, own, sink, 'Task', row, text, year, period);
    } else source = result ??= rowFact(seg, own, sink, 'Result', row, text, year, period);
    const props: Loose = { value, unit, raw: text.slice(v.cell.start, v.cell.end) };
    if (kind === 'TARGET') props.comparator = v.comparator;
    else props.asOf = period;
    props.year = year;
    props.period = period;
    props.kindReason = 'table-column';
    props.periodReason = 'table-column';
    sink.rel(kind === 'TARGET' ? 'SETS_TARGET' : 'MEASURED', source, indicator, v.cell.start, v.cell.end, props, `${value}|${period}`);
  }
}

/** The figure in its unit's base (2100 with 亿元 → 210000000000 元); a unit the reader does not know is kept as written. */
function normalised(v: TableValue, unit: string | undefined): { value: number; unit?: string } {
  const written = unit && !UNIT_CELL_BLANK.test(unit) ? unit : undefined;
  if (!written) return { value: Number(v.number) };
  const q = findQuantities(`${v.number}${written}`)[0];
  return q && q.start === 0 ? { value: q.value, unit: q.unit } : { value: Number(v.number), unit: written };
}

function rowFact(
  seg: SegmentedDocument,
  own: OwnPlans,
  sink: FactSink,
  label: 'Task' | 'Result',
  row: TableRow,
  text: string,
  year: number | undefined,
  period: string | undefined,
): NodeFact {
  const { plan } = own.forYear(year);
  const props = { year, period, document: seg.document.id, mode: label === 'Task' ? 'plan' : 'report' };
  const fact = sink.node(label, text.slice(row.start, row.end).trim().slice(0, 60), row.start, row.end, props, {
    anchored: true,
    refs: plan ? { plan } : {},
  });
  if (label === 'Task' && plan && presentsPlan(seg)) sink.rel('HAS_TASK', plan, fact, row.start, row.end);
  return fact;
}
