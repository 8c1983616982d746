import type { Role } from '../../../model';
import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// A task table whose header names role columns (序号 重点任务 牵头单位 配合单位): every cell of those columns, in the
// rows under the header that have as many cells, lists bodies by where they stand, whatever their ending
// (省大数据管理中心, 人民银行南京分行, 各设区市人民政府), as a role note's items are.

type Add = (start: number, end: number) => void;

/** Cells of a row: a tab, a run of spaces or a rule between them. */
const CELL_BREAK = /\t|[ \u3000]+|[|│]/;
/** An item of a cell's list: a name, perhaps with a short note in brackets (市经信局（市新经济委）). */
const ITEM = /^[\u4e00-\u9fa5()（）]{2,24}$/;
const ITEM_BREAK = /[、，,；;]/;

const headerOf = new WeakMap<Lexicon, RegExp>();
const header = (lexicon: Lexicon): RegExp =>
  prepared(headerOf, lexicon, () => {
    const { leads, cooperates } = lexicon.agencies.roles.noteLabels;
    return new RegExp(`^(?:${longestFirst([...leads, ...cooperates, '责任']).join('|')})(?:单位|部门)$`);
  });

/** Reads the bodies in a task table's role columns and hands each span to `add`. */
export function readTableColumns(folded: string, lexicon: Lexicon, add: Add): void {
  for (const c of columnCells(folded, lexicon)) {
    let at = c.start;
    for (const item of folded.slice(c.start, c.end).split(ITEM_BREAK)) {
      if (ITEM.test(item)) add(at, at + item.length);
      at += item.length + 1;
    }
  }
}

/** A cell of a role column, with the role its header gives: 牵头单位 leads, 配合单位 cooperates, 责任单位 carries out. */
export interface ColumnCell {
  start: number;
  end: number;
  role: Role;
}

/** The cells of a task table's role columns, each with the role its column's header gives. */
export function columnCells(folded: string, lexicon: Lexicon): ColumnCell[] {
  const role = header(lexicon);
  const { leads, cooperates } = lexicon.agencies.roles.noteLabels;
  const roleOf = (h: string): Role =>
    leads.some((w) => h.includes(w)) ? 'leads' : cooperates.some((w) => h.includes(w)) ? 'cooperates' : 'carries_out';
  const lines: { at: number; cells: { at: number; text: string }[] }[] = [];
  for (let at = 0; at <= folded.length;) {
    const end = folded.indexOf('\n', at) < 0 ? folded.length : folded.indexOf('\n', at);
    lines.push({ at, cells: cellsOf(folded.slice(at, end), at) });
    at = end + 1;
  }
  const out: ColumnCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = lines[i].cells.flatMap((c, k) => (role.test(c.text) ? [k] : []));
    if (!columns.length || lines[i].cells.length < 2) continue;
    const width = lines[i].cells.length;
    for (let j = i + 1; j < lines.length && lines[j].cells.length === width; j++)
      for (const k of columns) {
        const cell = lines[j].cells[k];
        out.push({ start: cell.at, end: cell.at + cell.text.length, role: roleOf(lines[i].cells[k].text) });
      }
  }
  return out;
}

function cellsOf(line: string, from: number): { at: number; text: string }[] {
  const cells: { at: number; text: string }[] = [];
  let at = 0;
  for (const part of line.split(new RegExp(CELL_BREAK.source, 'g'))) {
    const i = line.indexOf(part, at);
    if (part) cells.push({ at: from + i, text: part });
    at = i + part.length;
  }
  return cells;
}
