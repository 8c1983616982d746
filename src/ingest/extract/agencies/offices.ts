import { phraseStart } from '../text/phrase';

// 办公厅（室）: the general office of a government or of its departments, written with the 办公室 its lower
// levels have instead (地方各级人民政府办公厅（室）是本地区政务新媒体工作的主管单位; 试点地区政府办公厅（室）对…负总责).
// The form names a body wherever it stands: the name runs back from the office to its clause's start,
// a 的 or a verb, and its owner is a government or its departments.

type Add = (start: number, end: number) => void;

// Folded text is half-width: （室） reads (室).
const OFFICE = /办公厅\(室\)/g;
const OWNER = /(?:政府|部门)$/;
const NAME_MAX = 16;

/** Reads the offices written 办公厅（室） and hands each span, the bracket included, to `add`. */
export function readOffices(folded: string, cut: readonly string[], add: Add): void {
  for (const m of folded.matchAll(OFFICE)) {
    const start = phraseStart(folded, m.index, NAME_MAX, cut);
    const owner = folded.slice(start, m.index);
    if (m.index - start >= NAME_MAX || owner.includes('、') || !OWNER.test(owner) || owner.length < 3) continue;
    add(start, m.index + m[0].length);
  }
}
