import type { Vocabulary } from './vocabulary';

// The measure word after a number (量词/计量单位), longest first: 架次 before 架, 个百分点 before 个.

export interface UnitMatch {
  base: string;
  end: number;
  percent: boolean;
}

const LATIN = /[A-Za-z]/;

interface Entry {
  unit: string;
  latin: boolean;
  blockers: string[];
}
const tables = new WeakMap<Vocabulary, Map<string, Entry[]>>();

/** Units by their first character (lower-cased for Latin ones), longest first. */
function table(v: Vocabulary): Map<string, Entry[]> {
  let t = tables.get(v);
  if (t) return t;
  t = new Map();
  for (const unit of v.units) {
    const latin = LATIN.test(unit[0]);
    const key = latin ? unit[0].toLowerCase() : unit[0];
    const entry = { unit, latin, blockers: v.notUnits.filter((w) => w.startsWith(unit) && w !== unit) };
    t.set(key, [...(t.get(key) ?? []), entry]);
  }
  tables.set(v, t);
  return t;
}

function matchesAt(s: string, at: number, e: Entry): boolean {
  if (s.startsWith(e.unit, at)) return true;
  // PFlops / PFLOPS: long Latin units are matched without case; short ones (MW vs mW) are not.
  return e.latin && e.unit.length >= 4 && s.slice(at, at + e.unit.length).toLowerCase() === e.unit.toLowerCase();
}

/** The unit starting at `at` (it may follow one space: PDF text spaces figures, 285 项), or null. */
export function unitAt(s: string, at: number, v: Vocabulary): UnitMatch | null {
  for (const sign of v.percentSigns) {
    if (s.startsWith(sign, at)) return { base: '%', end: at + sign.length, percent: true };
  }
  const p = (s[at] === ' ' || s[at] === '\n') && s[at + 1] !== undefined && !/\s/.test(s[at + 1]) ? at + 1 : at;
  if (p !== at) {
    for (const sign of v.percentSigns) if (s.startsWith(sign, p)) return { base: '%', end: p + sign.length, percent: true };
  }
  const c = s[p];
  if (c === undefined) return null;
  for (const e of table(v).get(LATIN.test(c) ? c.toLowerCase() : c) ?? []) {
    if (!matchesAt(s, p, e)) continue;
    const end = p + e.unit.length;
    if (e.latin && LATIN.test(s[end] ?? '')) continue; // PB must end where the word ends
    if (e.blockers.some((w) => s.startsWith(w, p))) continue; // 元宇宙, 人员
    const base = v.unitBase[e.unit] ?? e.unit;
    return { base, end, percent: v.percentUnits.includes(base) };
  }
  return null;
}
