import type { Lexicon } from '../../lexicon';
import { longestFirst } from '../../segment';

// Provinces a plan chooses as its pilot regions stand for their governments, as the cities a cue
// makes act do (acting-cities.ts): 确定北京、吉林、…、贵州10个省（区、市）和西藏自治区拉萨市作为试点地区. The list
// is closed by its count or by 等 (10个省（区、市）, 等省份) and followed by the word that gives the regions
// their role (作为); a city may follow the count, with the province it lies in (和西藏自治区拉萨市). Each
// province is named in full (北京 → 北京市, 广西 → 广西壮族自治区), the city as written after its province.

type AddRegion = (start: number, end: number, name: string) => void;

/** 10个省(区、市), 等省份, 等3个省: what closes a list of provinces (on the folded text, （ → (). */
const CLOSED = /^(?:等)?(?:\d{1,2}个)?省(?:\(区、市\)|\(区市\)|份|区市)?/;
/** 和西藏自治区拉萨市: a city after the provinces, with or without its province before it. */
const CITY = /^[和及]((?:[\u4e00-\u9fa5]{2,3}(?:省|自治区))?)([\u4e00-\u9fa5]{2,4}?市)/;

interface ProvinceWords {
  /** A list of provinces, each by its short or full name, joined by 、 or 和. */
  list: RegExp;
  /** Short and full name → full name. */
  short: Map<string, string>;
}

// Built once per lexicon, not per document.
const provinceWordsOf = new WeakMap<Lexicon, ProvinceWords | null>();
function provinceWords(lexicon: Lexicon): ProvinceWords | null {
  if (provinceWordsOf.has(lexicon)) return provinceWordsOf.get(lexicon) ?? null;
  const full = lexicon.places.provincialNames;
  const names = longestFirst([...new Set([...Object.keys(full), ...Object.values(full)])]);
  const alt = names.join('|');
  const words = names.length
    ? {
        list: new RegExp(`^((?:(?:${alt})[、和])*(?:${alt}))`),
        short: new Map(Object.entries(full).flatMap(([s, f]) => [[s, f] as const, [f, f] as const])),
      }
    : null;
  provinceWordsOf.set(lexicon, words);
  return words;
}

/** Reads the provinces (and a city) a plan chooses for a role, handing each span with its full name to `add`. */
export function readChosenRegions(folded: string, lexicon: Lexicon, add: AddRegion): void {
  const { cues, roleWords } = lexicon.agencies.chosenRegions;
  if (!cues.length || !roleWords.length) return;
  const words = provinceWords(lexicon);
  if (!words) return;
  const { list, short } = words;
  for (const cue of cues) {
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
      const from = i + cue.length;
      const m = list.exec(folded.slice(from, from + 200));
      if (!m) continue;
      let end = from + m[1].length;
      const closed = CLOSED.exec(folded.slice(end, end + 12));
      if (!closed || closed[0] === '') continue;
      end += closed[0].length;
      const city = CITY.exec(folded.slice(end, end + 16));
      const after = end + (city?.[0].length ?? 0);
      if (!roleWords.some((w) => folded.startsWith(w, after))) continue;
      let at = from;
      for (const item of m[1].split(/[、和]/)) {
        add(at, at + item.length, short.get(item) ?? item);
        at += item.length + 1;
      }
      if (city) {
        const start = end + 1 + city[1].length;
        add(start, start + city[2].length, city[2]);
      }
    }
  }
}
