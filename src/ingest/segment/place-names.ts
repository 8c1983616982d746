import type { Lexicon } from '../lexicon';
import { HAN_CHAR, prepared, wordAt, wordEndingAt } from './text';

// A place a body is named after (郑州市人民政府, 呼伦贝尔市委, 崂山区政府): read by structure, a short run of
// characters right before a level word, so a city or district the lexicon does not list keeps its name.
// A run that ends a longer word (全市, 城市, 本地区, 自治区, 直辖市) or holds a level itself (各区县) names no place.

// 哈克镇政府, 奋斗镇党委: a town or township is a level as a city or district is.
const LEVELS = /^[市区县旗镇乡]/;
// A place's name holds no level word and no word of count or scope (各, 全, 本 …).
// 并请区政协委员…: 并 and 请 join a clause and ask, no place's characters.
const NOT_IN_PLACE = /[省市区县旗各全本我该每有相其等和及与、这是把由将的在了对向为被并请]/;
// 2016年海淀区政府工作报告: a year written before a place ends there; the place's name starts after 年.
const YEAR_BEFORE = /[\d〇零一二三四五六七八九]年$/;
const SHORTEST = 2;
// 新巴尔虎左旗: a banner or county may take five characters before its level.
const LONGEST = 5;
// 浦东新区政府: a district named as a new area keeps 新 before its level; 高新区 does not (a kind of zone).
const NEW_AREA = '新';
// 和平区: the one joining word a place's name may open with, where the place above it is written before it.
const JOINING_FIRST = '和';

/** Whether a run of characters before a level word can be a place's name. */
function isPlace(run: string, lexicon: Lexicon, afterPlace = false): boolean {
  const own = afterPlace && run[0] === JOINING_FIRST ? run.slice(1) : run;
  if (run.length < SHORTEST || run.length > LONGEST || NOT_IN_PLACE.test(own)) return false;
  if (notEndings(lexicon).some((w) => run.endsWith(w))) return false;
  if (lexicon.places.cityKinds.some((k) => run.endsWith(k)) || lexicon.places.provinces.includes(run)) return false;
  // 按照区委, 坚决贯彻区委: a verb or an adverb before the level word, no place.
  return !actWords(lexicon).some((w) => run.includes(w));
}

/** 高新区, 经开新区: a run whose 新 closes a kind of zone (高新) names no new area. */
const newAreaKind = (run: string, lexicon: Lexicon) => notEndings(lexicon).some((w) => w.length > 1 && run.endsWith(w));

// Words a place's name never ends in (the end of a longer word, a kind of zone): built once per lexicon.
const notEndingsOf = new WeakMap<Lexicon, string[]>();
const notEndings = (lexicon: Lexicon): string[] =>
  prepared(notEndingsOf, lexicon, () => [...lexicon.agencies.notAfter, ...lexicon.places.notPlaces]);

// Verbs, adverbs and the words a place follows: what a run before a level word holding one is, is no place.
const actWordsOf = new WeakMap<Lexicon, string[]>();
const actWords = (lexicon: Lexicon): string[] =>
  prepared(actWordsOf, lexicon, () => {
    const v = lexicon.verbs;
    return [...new Set([...v.task, ...v.means, ...v.adverbs, ...v.leadIns, ...lexicon.places.placeOpeners])].filter((w) => w.length > 1);
  });

/** The place a body's name opens with (郑州 in 郑州市人民政府), known to the lexicon or read by structure. */
export function namedPlace(name: string, lexicon: Lexicon): string | undefined {
  const known = wordAt(name, 0, lexicon.places.cities, (c) => LEVELS.test(name.slice(c.length)));
  if (known) return known;
  for (let n = SHORTEST; n <= LONGEST; n++) {
    if (LEVELS.test(name.slice(n)) && isPlace(name.slice(0, n), lexicon)) return name.slice(0, n);
    const area = name.slice(0, n + 1);
    if (name.startsWith('区', n + 1) && area.endsWith(NEW_AREA) && isPlace(name.slice(0, n), lexicon) && !newAreaKind(area, lexicon))
      return area;
  }
  return undefined;
}

/**
 * The innermost place of a body's name written with the places above it (呼伦贝尔市海拉尔区人民政府 → 海拉尔, at 5): the
 * body is that place's, and its name from there (海拉尔区人民政府) is the one a document also writes alone.
 */
export function innermostPlace(name: string, lexicon: Lexicon): { place: string; at: number } | undefined {
  let found: { place: string; at: number } | undefined;
  for (let at = 0, place = namedPlace(name, lexicon); place; place = namedPlace(name.slice(at), lexicon)) {
    found = { place, at };
    // The level word after the place, then perhaps the next place down.
    at += place.length + 1;
  }
  return found;
}

/**
 * The length of the place written right before a level word at `at` (呼伦贝尔 before 市委), or 0: a run
 * listed city, or a run that stands after punctuation or a word a place's name follows (代表, 配合, 和 …).
 */
export function placeBefore(folded: string, at: number, lexicon: Lexicon): number {
  if (!LEVELS.test(folded[at] ?? '')) return 0;
  // A listed city is its own boundary (会同青岛市大数据局).
  const known = wordEndingAt(folded, at, lexicon.places.cities);
  if (known) return known.length;
  // 浦东新区: the place is the run before 新, read as any other, and 新 is part of its name.
  const area = folded[at] === '区' && folded[at - 1] === NEW_AREA ? 1 : 0;
  for (let n = LONGEST; n >= SHORTEST; n--) {
    const from = at - area - n;
    if (from < 0) continue;
    const run = folded.slice(from, at - area);
    // 天津市和平区, 福建省厦门市思明区: a place written right after the city or province it lies in starts there,
    // though its name opens with a joining word's character (和平).
    const inPlace = withinPlace(folded, from, lexicon);
    if (![...run].every((ch) => HAN_CHAR.test(ch)) || !isPlace(run, lexicon, inPlace)) continue;
    if (area && newAreaKind(run + NEW_AREA, lexicon)) continue;
    const before = folded[from - 1] ?? '';
    if (YEAR_BEFORE.test(run.slice(0, 2)) || (run[0] === '年' && /\d/.test(before))) continue;
    if (
      !HAN_CHAR.test(before) ||
      inPlace ||
      YEAR_BEFORE.test(folded.slice(Math.max(0, from - 2), from)) ||
      lexicon.places.placeOpeners.some((w) => folded.startsWith(w, from - w.length))
    )
      return n + area;
  }
  return 0;
}

/**
 * Whether a city the lexicon lists, with its level, or a province's full name ends right before `at` (天津市|和平区,
 * 福建省|厦门市): a place written after the one it lies in, as a 通报 names every local government.
 */
export function withinPlace(folded: string, at: number, lexicon: Lexicon): boolean {
  if (wordEndingAt(folded, at, provincialNames(lexicon)) !== undefined) return true;
  return folded[at - 1] === '市' && wordEndingAt(folded, at - 1, lexicon.places.cities) !== undefined;
}

// Provinces' full names as one list, built once per lexicon (its look-ups are indexed per array).
const provincialNamesOf = new WeakMap<Lexicon, string[]>();
const provincialNames = (lexicon: Lexicon): string[] =>
  prepared(provincialNamesOf, lexicon, () => Object.values(lexicon.places.provincialNames));

/** Where the places a place is written after begin (福建省厦门市|思明区 → at 0), or `at` where none is written. */
export function placesAbove(folded: string, at: number, lexicon: Lexicon): number {
  let start = at;
  for (let step = 0; step < 2 && withinPlace(folded, start, lexicon); step++) {
    const full = wordEndingAt(folded, start, provincialNames(lexicon));
    const city = full ? undefined : wordEndingAt(folded, start - 1, lexicon.places.cities);
    start -= full ? full.length : (city ?? '').length + 1;
  }
  return start;
}
