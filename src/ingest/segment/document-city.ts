import type { Lexicon } from '../lexicon';
import { containsAny, eachPlace, firstIn } from './text';

// The city a document speaks for (所属城市). The lexicon knows some cities, but another city's
// plan must come out right without adding it there, so the document is read for the forms an
// official text names its own city by: the issuing government (X市人民政府办公厅关于印发…) and
// the programme brand with its year (数字X2025年行动方案).

const HAN = '\\p{Script=Han}';
/** X市人民政府 at the start of a line or after punctuation, so 关于青岛… cannot start the name. */
const ISSUER = new RegExp(`(?:^|[\\s,.;:!?()、，。；：（）“”《》])(${HAN}{2,3}?)市人民政府`, 'mu');
/** 数字X2025年: a city's (or province's) programme brand followed by its year. */
const BRAND = new RegExp(`数字(${HAN}{2,3}?)(?=\\s*20\\d{2})`, 'u');
const LEAD_CHARS = 400;

/** A name that could be a city: not a province, not a national word, not 全市/我市/本市 … */
function plausible(name: string, lexicon: Lexicon): boolean {
  if (lexicon.places.provinces.some((p) => name.startsWith(p))) return false;
  if (lexicon.places.cityKinds.includes(name)) return false;
  if (containsAny(name, lexicon.plans.levels.national)) return false;
  return !lexicon.agencies.notAfter.some((w) => name.startsWith(w));
}

// A city named once or twice in passing (上海自由贸易试验区, 临沂商城) is not the one a text speaks for.
const NAMED_OFTEN = 3;

/** The lexicon city the text names most often, when it names one at least `often` times. */
function mostNamed(folded: string, lexicon: Lexicon, often: number): string | undefined {
  // Each city's count of places apart, in one pass; the first listed of the most named wins.
  const { cities } = lexicon.places;
  const counts = new Int32Array(cities.length);
  eachPlace(folded, cities, (_, at, k) => counts[k]++, true);
  let best: string | undefined;
  let most = often - 1;
  for (let k = 0; k < cities.length; k++) {
    if (counts[k] > most) {
      best = cities[k];
      most = counts[k];
    }
  }
  return best;
}

/**
 * The document's own city: a known city in its title; else the issuing government; else a
 * brand whose name the text also calls a city (X市); else the known city it names most; else
 * the brand alone. A nickname brand (数字泉城) must not beat the city the text names.
 */
export function readCity(folded: string, title: string, lexicon: Lexicon): string | undefined {
  const known = firstIn(title, lexicon.places.cities);
  if (known) return known;
  const lead = folded.slice(0, LEAD_CHARS);
  const issuer = ISSUER.exec(lead)?.[1];
  if (issuer && plausible(issuer, lexicon)) return issuer;
  const brand = [BRAND.exec(title)?.[1], BRAND.exec(lead)?.[1]].find((b) => b !== undefined && plausible(b, lexicon));
  if (brand && folded.includes(`${brand}市`)) return brand;
  // A national document (国务院…) names cities as places of its measures, not as its own.
  if (containsAny(title, lexicon.plans.levels.national)) return brand;
  // A brand's nickname (数字泉城) must not beat a city the text names even once.
  return mostNamed(folded, lexicon, brand ? 1 : NAMED_OFTEN) ?? brand;
}
