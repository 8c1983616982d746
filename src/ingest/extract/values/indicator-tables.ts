import type { Lexicon } from '../../lexicon';
import type { Span } from '../../segment';

// A plan's indicator table (指标 | 单位 | 2020年（基期） | 2025年（目标） | 属性, or a column per year) reaches the
// text as rows of cells: one line per row with the cells apart by tabs or spaces (Word, PDF, a page copied as
// text), or one cell per line (a web page's <td>s). Read as prose its cells are headings and a unit cell alone
// (亿元) reads as a figure; read as a table each row is an indicator and a value per column, dated by the
// column's year: a base column (基期, 现状, or a year before the document) is the level reached, a goal column
// (目标, 预期, or a year not yet past) is due that year. The 属性 column (预期性, 约束性) sorts the indicator.

export type TableWords = NonNullable<Lexicon['indicators']['tables']>;

export interface TableCell extends Span {
  text: string;
}

type Role = 'name' | 'unit' | 'attribute' | 'period' | 'other';

export interface TableColumn {
  role: Role;
  kind?: 'ACTUAL' | 'TARGET';
  /** The column's year (2025) or years (2021-2025). */
  period?: string;
}

export interface TableValue {
  cell: TableCell;
  /** The figure as written, without its bound words (≥, 以上). */
  number: string;
  comparator?: '>=' | '<=' | 'about';
  column: TableColumn;
}

export interface TableRow extends Span {
  name: TableCell;
  /** The unit of the row's figures: its unit cell, else the one its name closes with in brackets (软件业务收入（亿元）). */
  unit?: string;
  values: TableValue[];
}

export interface IndicatorTable extends Span {
  columns: TableColumn[];
  rows: TableRow[];
}

const CELL = /[^\t \n]+/g;
const YEAR = /20\d{2}/g;
/** What a period head may write besides its years and a base or goal word. */
const PERIOD_FILLER = /[()（）\s年底末度:：\-—–~至到]/g;
const FIGURE = /^[[(（]?(≥|>|≤|<|约)?\s*(\d+(?:\.\d+)?)\s*(%|以上|以下|以内|左右)?[\])）]?$/;
const EMPTY = /^(?:[-—–/／]+|无|暂无)$/;
const CJK = /[\u4e00-\u9fff]/;
const UNIT_IN_NAME = /[(（]([^()（）]{1,8})[)）]$/;
const MAX_NAME = 40;
const MAX_HEAD = 16;
/** Rows of a table at most, and short cells standing between rows (a group's heading) passed over. */
const MAX_ROWS = 200;

/** The lines of the text, as spans. */
function linesOf(folded: string): Span[] {
  const out: Span[] = [];
  for (let start = 0; start <= folded.length;) {
    let end = folded.indexOf('\n', start);
    if (end < 0) end = folded.length;
    out.push({ start, end });
    start = end + 1;
  }
  return out;
}

function cellsOf(folded: string, line: Span): TableCell[] {
  const cells: TableCell[] = [];
  CELL.lastIndex = line.start;
  for (let m = CELL.exec(folded); m && m.index < line.end; m = CELL.exec(folded)) {
    const end = Math.min(m.index + m[0].length, line.end);
    cells.push({ start: m.index, end, text: folded.slice(m.index, end) });
  }
  return cells;
}

/** Whether every cell of the line is a column head; a line of prose fails on its first cell. */
function headLine(folded: string, line: Span, w: TableWords, documentYear: number | undefined): TableCell[] | undefined {
  const first = folded.slice(line.start, Math.min(line.end, line.start + MAX_HEAD + 1)).trimStart();
  if (!first || first.split(/[\t ]/)[0].length > MAX_HEAD) return undefined;
  const cells = cellsOf(folded, line);
  return cells.length && cells.every((c) => headColumn(c.text, w, documentYear)) ? cells : undefined;
}

/** The column a head names, or undefined when the cell is no table head. */
function headColumn(text: string, w: TableWords, documentYear: number | undefined): TableColumn | undefined {
  if (text.length > MAX_HEAD) return undefined;
  if (w.nameHeads.includes(text)) return { role: 'name' };
  if (w.unitHeads.includes(text)) return { role: 'unit' };
  if (w.attributeHeads.includes(text)) return { role: 'attribute' };
  if (w.otherHeads.includes(text)) return { role: 'other' };
  const years = text.match(YEAR);
  if (!years || years.length > 2) return undefined;
  const rest = text.replace(YEAR, '').replace(PERIOD_FILLER, '');
  const base = w.baseWords.includes(rest);
  if (!base && rest !== '' && !w.targetWords.includes(rest)) return undefined;
  const period = years.length === 2 ? `${years[0]}-${years[1]}` : years[0];
  if (base) return { role: 'period', kind: 'ACTUAL', period };
  if (rest !== '' || years.length === 2) return { role: 'period', kind: 'TARGET', period };
  // A bare year: before the document's, the level reached; else due then (settled below when the document is undated).
  const year = Number(years[0]);
  return { role: 'period', kind: documentYear !== undefined && year < documentYear ? 'ACTUAL' : 'TARGET', period };
}

/** Undated document with no base column named: the earliest of two or more bare year columns is the base. */
function settleUndated(columns: TableColumn[], heads: string[], documentYear: number | undefined): void {
  if (documentYear !== undefined || columns.some((c) => c.kind === 'ACTUAL')) return;
  const bare = columns.filter((c, i) => c.role === 'period' && /^20\d{2}年?$/.test(heads[i]));
  if (bare.length < 2) return;
  const first = bare.reduce((a, b) => (Number(b.period) < Number(a.period) ? b : a));
  first.kind = 'ACTUAL';
}

/** The last name head names the row; heads before it (一级指标) group rows. */
function header(cells: TableCell[], w: TableWords, documentYear: number | undefined): TableColumn[] | undefined {
  if (cells.length < 3) return undefined;
  const columns: TableColumn[] = [];
  for (const c of cells) {
    const col = headColumn(c.text, w, documentYear);
    if (!col) return undefined;
    columns.push(col);
  }
  const name = columns.map((c) => c.role).lastIndexOf('name');
  if (name < 0 || !columns.slice(name + 1).some((c) => c.role === 'period')) return undefined;
  columns.forEach((c, i) => {
    if (c.role === 'name' && i !== name) c.role = 'other';
  });
  settleUndated(
    columns,
    cells.map((c) => c.text),
    documentYear,
  );
  return columns;
}

function isFigure(text: string): boolean {
  return FIGURE.test(text) || EMPTY.test(text);
}

/** A name cell: words, not a figure, a unit or an attribute. */
function isName(text: string, w: TableWords): boolean {
  return text.length <= MAX_NAME && CJK.test(text) && !text.includes('。') && !w.attributes.includes(text) && !isFigure(text);
}

function fits(cell: TableCell | undefined, col: TableColumn, w: TableWords): boolean {
  if (!cell) return false;
  switch (col.role) {
    case 'period':
      return isFigure(cell.text);
    case 'attribute':
      return w.attributes.includes(cell.text);
    case 'unit':
      return cell.text.length <= 8 && !FIGURE.test(cell.text) && !w.attributes.includes(cell.text);
    default:
      return cell.text.length <= MAX_NAME;
  }
}

/** The row starting at cell `at`, with as many of the group cells before its name as it writes (a merged cell writes once). */
function rowAt(cells: TableCell[], at: number, columns: TableColumn[], w: TableWords): { row: TableRow; next: number } | undefined {
  const name = columns.findIndex((c) => c.role === 'name');
  const after = columns.slice(name + 1);
  for (let lead = name; lead >= 0; lead--) {
    const nameCell = cells[at + lead];
    if (!nameCell || !isName(nameCell.text, w)) continue;
    if (!after.every((col, i) => fits(cells[at + lead + 1 + i], col, w))) continue;
    const values: TableValue[] = [];
    let unit: string | undefined;
    after.forEach((col, i) => {
      const cell = cells[at + lead + 1 + i];
      if (col.role === 'unit' && !EMPTY.test(cell.text)) unit = cell.text;
      const m = col.role === 'period' ? FIGURE.exec(cell.text) : null;
      if (m) values.push({ cell, number: m[2], comparator: comparatorOf(m[1], m[3]), column: col });
    });
    if (!values.length) continue;
    unit ??= UNIT_IN_NAME.exec(nameCell.text)?.[1];
    const last = cells[at + lead + after.length];
    return { row: { start: cells[at].start, end: last.end, name: nameCell, unit, values }, next: at + lead + after.length + 1 };
  }
  return undefined;
}

function comparatorOf(before: string | undefined, after: string | undefined): TableValue['comparator'] {
  if (before === '≥' || before === '>' || after === '以上') return '>=';
  if (before === '≤' || before === '<' || after === '以下' || after === '以内') return '<=';
  if (before === '约' || after === '左右') return 'about';
  return undefined;
}

/**
 * Every indicator table of the text: a head of three or more column heads, one of them the indicator's name and
 * one a period, on one line or one a line, then the rows as long as they fit the heads.
 */
export function findIndicatorTables(folded: string, w: TableWords, documentYear: number | undefined): IndicatorTable[] {
  if (!w.nameHeads.some((h) => folded.includes(h))) return [];
  const lines = linesOf(folded);
  const tables: IndicatorTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    // The head: the cells of consecutive lines that are all heads (a web page's cells come one a line).
    const heads: TableCell[] = [];
    let j = i;
    for (
      let h = headLine(folded, lines[j], w, documentYear);
      h;
      h = j < lines.length ? headLine(folded, lines[j], w, documentYear) : undefined
    ) {
      heads.push(...h);
      j++;
    }
    const columns = heads.length ? header(heads, w, documentYear) : undefined;
    if (!columns) {
      i = Math.max(i, j - 1);
      continue;
    }
    // The cells after the head, read a line at a time as the rows need them.
    const cells: TableCell[] = [];
    let next = j;
    const more = (want: number) => {
      while (cells.length < want && next < lines.length) cells.push(...cellsOf(folded, lines[next++]));
      return cells.length >= want;
    };
    const width = columns.length;
    const rows: TableRow[] = [];
    let at = 0;
    let passed = 0;
    while (rows.length < MAX_ROWS) {
      // A last row may write fewer cells than the head (its group cell merged with the row above).
      if (!more(at + width) && at >= cells.length) break;
      const read = rowAt(cells, at, columns, w);
      if (read) {
        rows.push(read.row);
        at = read.next;
        passed = 0;
      } else if (passed === 0 && rows.length && cells[at].text.length <= MAX_HEAD && !cells[at].text.includes('。')) {
        // A group's heading between rows (二、产业发展) spans the row.
        at++;
        passed++;
      } else break;
    }
    if (!rows.length) {
      i = j - 1;
      continue;
    }
    const end = rows[rows.length - 1].end;
    tables.push({ start: heads[0].start, end, columns, rows });
    while (i + 1 < lines.length && lines[i + 1].start < end) i++;
  }
  return tables;
}
