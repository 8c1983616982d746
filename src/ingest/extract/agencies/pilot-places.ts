import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// A place a plan makes its pilot stands for its government, as a chosen city does (acting-cities.ts):
// 以济宁市任城区等为“智慧城区”试点 — the place after the cue, a city with 市 or a district or county of one
// (济宁市任城区), a list closed by 等, then the role word and the pilot it runs. A place that is no
// government's (以枣庄市安乔东城国际小区等为“智慧社区”试点, a residential estate) is not read: a district's
// own name is two or three characters.

type Add = (start: number, end: number) => void;

// Built once per lexicon, not per document.
const pilotPlacesOf = new WeakMap<Lexicon, RegExp | null>();

function pilotPlaces(lexicon: Lexicon): RegExp | null {
  return prepared(pilotPlacesOf, lexicon, () => {
    const { cues, roleWords, pilots } = lexicon.agencies.pilotPlaces;
    const cities = lexicon.places.cities;
    if (!cues.length || !roleWords.length || !pilots.length || !cities.length) return null;
    const any = (words: readonly string[]) => longestFirst(words).join('|');
    const place = `(?:${any(cities)})市(?:[\\u4e00-\\u9fa5]{2,3}?[区县])?`;
    return new RegExp(`(?:${any(cues)})(${place}(?:、${place})*)等?(?:${any(roleWords)})[^，。；,;\\n]{0,12}?(?:${any(pilots)})`, 'g');
  });
}

/** Reads the places a plan makes its pilots and hands each span to `add`. */
export function readPilotPlaces(folded: string, lexicon: Lexicon, add: Add): void {
  const re = pilotPlaces(lexicon);
  if (!re) return;
  for (const m of folded.matchAll(re)) {
    let at = m.index + m[0].indexOf(m[1]);
    for (const item of m[1].split('、')) {
      add(at, at + item.length);
      at += item.length + 1;
    }
  }
}
