import type { Lexicon } from '../lexicon';
import { longestFirst } from '../segment';

// A city a cue makes act stands for its government: 支持济南、青岛等市打造…, 鼓励济南市、青岛市建设…,
// 支持济南市瞄准…. Named alone after the cue, a city acts only when an act follows it (支持青岛市创新主体:
// the city owns what is supported). Each is named with 市 (济南、青岛等市 → 济南市, 青岛市). Cities a
// count closes (济南和青岛两市要采取…) are a set of governments: with a cue, or opening a clause before an act.

type AddCity = (start: number, end: number, name: string) => void;

/** A count of cities closing their list (两市, 三市). */
const COUNT = '[两二三四五六七八九]';
/** Where a clause opens: after punctuation or a line break, past spaces. */
const CLAUSE = /(?:^|[\n，。；：,;:！？])[ \u3000]*/g;

/** Reads the cities a cue makes act and hands each span, with the city's name, to `add`. */
export function readActingCities(folded: string, lexicon: Lexicon, add: AddCity): void {
  const { cues, acts } = lexicon.agencies.actingCities;
  const cities = longestFirst(lexicon.places.cities);
  if (!cues.length || !cities.length) return;
  const names = cities.join('|');
  // The cities after a cue, 、-joined (the last by 和), each with or without 市, and what closes them
  // (等市, 等有基础的市, 两市).
  const list = new RegExp(`^((?:(?:${names})市?[、和])*(?:${names})市?)(等(?:[\\u4e00-\\u9fa5]{1,4}?的)?市|${COUNT}市)?`);
  const act = new RegExp(`^(?:${longestFirst(acts).join('|')})`);
  const addAll = (from: number, listed: string) => {
    let at = from;
    for (const item of listed.split(/[、和]/)) {
      add(at, at + item.length, item.endsWith('市') ? item : `${item}市`);
      at += item.length + 1;
    }
  };
  for (const cue of longestFirst(cues)) {
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
      const from = i + cue.length;
      const m = list.exec(folded.slice(from, from + 60));
      if (!m) continue;
      const items = m[1].split(/[、和]/);
      const closed = m[2] !== undefined;
      // Without 等…市, every city is written with 市 and an act follows the list.
      if (!closed && (!items.every((x) => x.endsWith('市')) || !act.test(folded.slice(from + m[1].length)))) continue;
      addAll(from, m[1]);
    }
  }
  // 济南和青岛两市要采取…: a counted set of cities opening a clause, before an act word.
  const clauseActs = new RegExp(`^(?:${longestFirst(lexicon.agencies.acting.acts).join('|')})`);
  const firsts = new Set(cities.map((c) => c[0]));
  const counted = new RegExp(`^${COUNT}市$`);
  for (const c of folded.matchAll(CLAUSE)) {
    const from = c.index + c[0].length;
    if (!firsts.has(folded[from])) continue;
    const m = list.exec(folded.slice(from, from + 60));
    if (m && m[2] !== undefined && counted.test(m[2]) && clauseActs.test(folded.slice(from + m[0].length))) addAll(from, m[1]);
  }
}
