import {
  CITY_FIRST,
  CITY_SECOND,
  CITY_THIRD,
  INDICATORS,
  PLATFORM_PATTERNS,
  PROVINCES,
  type Domain,
  type IndicatorWord,
} from './vocabulary';
import { int, pick, rngFor, sample, shuffle } from './prng';

// One invented city: its name, province, platforms and the hidden "true" trajectory of each
// indicator. Every document about the city reads from the same profile, so a plan's target and
// the next report's value describe one quantity, which is what the linker has to find.

export interface Platform {
  name: string;
  domain: Domain;
}
export interface City {
  index: number;
  name: string; // 临川
  short: string; // 临: the first syllable, used in 发文字号 (临政办字)
  province: string;
  platforms: Platform[];
  /** Base-year value and yearly factor per indicator name. */
  series: Map<string, { base: number; growth: number }>;
}

export const BASE_YEAR = 2019;

const PAIRS = CITY_FIRST.flatMap((a) => CITY_SECOND.map((b) => a + b));

/** Distinct for every index: pairs first (in a seed-shuffled order), then three-syllable names. */
export function cityName(seed: string, index: number): string {
  const order = shuffle(rngFor(seed, 'city-order'), PAIRS);
  if (index < order.length) return order[index] as string;
  const rest = index - order.length;
  const pair = order[rest % order.length] as string;
  const third = CITY_THIRD[Math.floor(rest / order.length) % CITY_THIRD.length] as string;
  const lap = Math.floor(rest / (order.length * CITY_THIRD.length));
  return `${pair}${third}${lap > 0 ? lap + 1 : ''}`;
}

export function makeCity(seed: string, index: number): City {
  const rng = rngFor(seed, 'city', index);
  const name = cityName(seed, index);
  const province = pick(rng, PROVINCES);
  const platforms = sample(rng, PLATFORM_PATTERNS, int(rng, 8, PLATFORM_PATTERNS.length)).map(({ pattern, domain }) => ({
    name: pattern.replace('{c}', name).replace('{p}', province.slice(0, 1)),
    domain,
  }));
  const series = new Map<string, { base: number; growth: number }>();
  for (const ind of INDICATORS) {
    // Log-uniform magnitude: small and large cities both appear.
    const base = Math.exp(Math.log(ind.min) + rng() * (Math.log(ind.max) - Math.log(ind.min)));
    const growth = ind.percent ? ind.growth * (0.6 + rng() * 0.8) : 1 + (ind.growth - 1) * (0.6 + rng() * 0.8);
    series.set(ind.name, { base, growth });
  }
  return { index, name, short: name.slice(0, 1), province, platforms, series };
}

/** The indicator's true value in a year: compound growth, or additive points for a percentage. */
export function valueIn(city: City, ind: IndicatorWord, year: number): number {
  const s = city.series.get(ind.name);
  if (!s) throw new Error(`no series for ${ind.name}`);
  const years = year - BASE_YEAR;
  if (ind.percent) return Math.min(99.5, s.base + s.growth * years);
  return s.base * Math.pow(s.growth, years);
}
