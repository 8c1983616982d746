import { createHash } from 'node:crypto';
import { actionPlan } from './action-plan';
import { makeCity, BASE_YEAR, type City } from './city';
import { implementationReport } from './report';
import { interpretation } from './interpretation';
import { newsRelease } from './news';
import { planOutline } from './outline';
import { chance, rngFor, type Rng } from './prng';
import { FULL, HALF, type Style } from './sentences';
import { workSummary } from './summary';

// The corpus: document i is a pure function of (seed, i), so the first 100 documents of a
// 10,000-document corpus are the 100-document corpus, and any slice can be regenerated alone.

export const KINDS = ['action_plan', 'implementation_report', 'interpretation', 'work_summary', 'news'] as const;
export type SyntheticKind = (typeof KINDS)[number];
export const YEARS_PER_CITY = 12;
const DOCS_PER_CITY = KINDS.length * YEARS_PER_CITY;

export interface SyntheticDocument {
  index: number;
  /** File name without extension: 00017_<16 hex of the text's sha256>. */
  id: string;
  kind: SyntheticKind;
  city: string;
  year: number;
  text: string;
}

type Render = (rng: Rng, city: City, year: number, o: ReturnType<typeof planOutline>, s: Style) => string;
const RENDER: Record<SyntheticKind, Render> = {
  action_plan: actionPlan,
  implementation_report: implementationReport,
  interpretation,
  work_summary: workSummary,
  news: newsRelease,
};

/** Where document i sits: kind varies fastest, then year, then city. */
export function placeOf(index: number): { kind: SyntheticKind; year: number; cityIndex: number } {
  return {
    kind: KINDS[index % KINDS.length] as SyntheticKind,
    year: BASE_YEAR + (Math.floor(index / KINDS.length) % YEARS_PER_CITY),
    cityIndex: Math.floor(index / DOCS_PER_CITY),
  };
}

export function generateDocument(seed: string, index: number): SyntheticDocument {
  const { kind, year, cityIndex } = placeOf(index);
  const city = makeCity(seed, cityIndex);
  const rng = rngFor(seed, 'doc', index);
  // A city writes all its documents in one punctuation style, as one web site would.
  const style = chance(rngFor(seed, 'style', cityIndex), 0.7) ? HALF : FULL;
  const outline = planOutline(seed, city, year, style);
  const text = RENDER[kind](rng, city, year, outline, style);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { index, id: `${String(index).padStart(5, '0')}_${hash}`, kind, city: city.name, year, text };
}

export function* generateCorpus(seed: string, count: number, from = 0): Generator<SyntheticDocument> {
  for (let i = from; i < from + count; i++) yield generateDocument(seed, i);
}
