import type { Lexicon } from '../../lexicon';
import { alternation, longestFirst, prepared } from '../../segment';

// A city a cue makes act stands for its government: 支持济南、青岛等市打造…, 鼓励济南市、青岛市建设…,
// 支持济南市瞄准…, 支持烟台聚焦…. Named alone after the cue, a city acts only when an act follows it (支持青岛市创新主体:
// the city owns what is supported). Each is named with 市 (济南、青岛等市 → 济南市, 青岛市). A city the
// place list does not know acts the same way when it is written with 市 and an act follows (积极配合呼伦贝尔市打造…).
// Cities a count closes (济南和青岛两市要采取…) are a set of governments: with a cue, or opening a clause before an act,
// as are cities closed by 等市 or each written with 市 there (杭州、宁波、温州等市要发挥…, 郑州市、洛阳市要发挥…).

// A city named with 市 whose name the place list need not hold: two to four characters, not a
// determiner (各市, 全市, 本市), a kind of city (超大城市, 有条件的市) nor a listing (企业上市), the last two checked after.
const OTHER_CITY = /^(?![各全本该每我省])[\u4e00-\u9fa5]{2,4}?市(?![场民区县级域内外值容政委长])/;

type AddCity = (start: number, end: number, name: string) => void;

/** A count of cities closing their list (两市, 三市). */
const COUNT = '[两二三四五六七八九]';
/** Where a clause opens: after punctuation or a line break, past spaces. */
const CLAUSE = /(?:^|[\n，。；：,;:！？])[ \u3000]*/g;

/** Reads the cities a cue makes act and hands each span, with the city's name, to `add`. */
export function readActingCities(folded: string, lexicon: Lexicon, add: AddCity): void {
  const words = actingWords(lexicon);
  if (!words) return;
  const { list, act, cueList, places, clauseActs, firsts } = words;
  const addAll = (from: number, listed: string) => {
    let at = from;
    for (const item of listed.split(/[、和]/)) {
      add(at, at + item.length, item.endsWith('市') ? item : `${item}市`);
      at += item.length + 1;
    }
  };
  for (const cue of cueList) {
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
      const from = i + cue.length;
      const m = list.exec(folded.slice(from, from + 60));
      if (!m) {
        const other = OTHER_CITY.exec(folded.slice(from, from + 6));
        if (other && !/[城上]市$|的/.test(other[0]) && act.test(folded.slice(from + other[0].length)))
          add(from, from + other[0].length, other[0]);
        continue;
      }
      const items = m[1].split(/[、和]/);
      // 在济南、淄博市等开展…: a place cue's list acts only closed by 等 (等市, or 等 after its last 市) and an act.
      if (places.has(cue)) {
        const after = folded.slice(from + m[0].length);
        const closedAfter = m[2] === undefined && m[1].endsWith('市') && after.startsWith('等');
        if (!(m[2] !== undefined || closedAfter) || !act.test(closedAfter ? after.slice(1) : after)) continue;
      }
      const closed = m[2] !== undefined || places.has(cue);
      // Without 等…市, an act follows the list; a city written bare (支持烟台聚焦…) acts only where that act
      // is no qualifier of a thing (支持济南建设的66个…平台 names what the city builds).
      const acted = closed ? null : act.exec(folded.slice(from + m[1].length));
      const bare = !items.every((x) => x.endsWith('市'));
      if (!closed && (!acted || (bare && folded[from + m[1].length + acted[0].length] === '的'))) continue;
      addAll(from, m[1]);
    }
  }
  // 济南和青岛两市要采取…, 杭州、宁波、温州等市要发挥…, 郑州市、洛阳市要发挥…: a set of cities opening a clause, before an
  // act word, closed by its count or by 等市, or each written with 市.
  for (const c of folded.matchAll(CLAUSE)) {
    const from = c.index + c[0].length;
    if (!firsts.has(folded[from])) continue;
    const m = list.exec(folded.slice(from, from + 60));
    const items = m?.[1].split(/[、和]/) ?? [];
    const set = m?.[2] === undefined ? items.length > 1 && items.every((x) => x.endsWith('市')) : CLOSER.test(m[2]);
    if (m && set && clauseActs.test(folded.slice(from + m[0].length))) addAll(from, m[1]);
  }
  readPlacesActing(folded, lexicon, add);
}

/** A count of cities, or 等, closing a set of cities with 市 (两市, 等市). */
const CLOSER = new RegExp(`^(?:${COUNT}|等)市$`);

interface ActingWords {
  /**
   * The cities after a cue, 、-joined (the last by 和), each with or without 市, and what closes them
   * (等市, 等有基础的市, 两市).
   */
  list: RegExp;
  act: RegExp;
  /** The cues, the place cues among them, longest first. */
  cueList: string[];
  places: Set<string>;
  clauseActs: RegExp;
  /** The listed cities' first characters: a clause opening on none names no city. */
  firsts: Set<string>;
}

// Built once per lexicon (the city list makes the pattern hundreds of words long), not per document.
const actingWordsOf = new WeakMap<Lexicon, ActingWords | null>();
function actingWords(lexicon: Lexicon): ActingWords | null {
  return prepared(actingWordsOf, lexicon, () => {
    const { cues, acts, placeCues } = lexicon.agencies.actingCities;
    const cities = longestFirst(lexicon.places.cities);
    if (!cues.length || !cities.length) return null;
    const names = cities.join('|');
    return {
      list: new RegExp(`^((?:(?:${names})市?[、和])*(?:${names})市?)(等(?:[\\u4e00-\\u9fa5]{1,4}?的)?市|${COUNT}市)?`),
      act: new RegExp(`^(?:${longestFirst(acts).join('|')})`),
      cueList: longestFirst([...cues, ...placeCues]),
      places: new Set(placeCues),
      clauseActs: new RegExp(`^(?:${longestFirst(lexicon.agencies.acting.acts).join('|')})`),
      firsts: new Set(cities.map((c) => c[0])),
    };
  });
}

// A place named in full opening its clause, and the acts after it, once per lexicon.
const placeSubjects = new WeakMap<Lexicon, RegExp | null>();
// A title line (山东省推动智能传感器产业发展行动计划（2021—2023年）): the place heads a plan's name, no clause.
const TITLE_ENDS = '(?:计划|方案|规划|意见|办法|通知|纲要|措施)(?:[（(][^）)\\n]*[）)])?[ \\u3000]*(?:\\n|$)';
const TITLE_LINE = new RegExp(`^[^，。；,;\\n]*${TITLE_ENDS}`);
// A title the layout wrapped (六安市加快推进…工作⏎⏎暨…总体实施方案): a line with no clause's mark whose next line ends it.
const WRAPPED_TITLE = new RegExp(`^[^，。；,;\\n]*\\n[ \\u3000\\n]*[^，。；,;\\n]*${TITLE_ENDS}`);

/**
 * 浙江省全力打造数字变革高地, 青岛市积极探索审批时长的再压缩: a province or city named in full (浙江省, 北京市,
 * 青岛市) opening its clause before an act, after at most two words of manner, acts as its government.
 */
function readPlacesActing(folded: string, lexicon: Lexicon, add: AddCity): void {
  const re = prepared(placeSubjects, lexicon, () => {
    const p = lexicon.places;
    const places = [...new Set([...Object.values(p.provincialNames), ...p.cities.map((c) => `${c}市`)])];
    const acts = lexicon.verbs.task.filter((v) => v.length > 1);
    if (!places.length || !acts.length) return null;
    return new RegExp(`${CLAUSE.source}(${alternation(places)})(?=[\u4e00-\u9fa5]{0,2}?(?:${longestFirst(acts).join('|')}))`, 'g');
  });
  if (!re) return;
  for (const m of folded.matchAll(re)) {
    const end = m.index + m[0].length;
    const rest = folded.slice(end, end + 200);
    if (!TITLE_LINE.test(rest) && !WRAPPED_TITLE.test(rest)) add(end - m[1].length, end, m[1]);
  }
}
