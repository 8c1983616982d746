// A seeded synthetic corpus of the genre: plans, interpretations, reports, summaries and press
// releases for invented cities and years. Public surface of bench/generate.
export { generateDocument, generateCorpus, placeOf, KINDS, YEARS_PER_CITY } from './corpus';
export type { SyntheticDocument, SyntheticKind } from './corpus';
export { writeCorpus, encodeDocument, variantOf } from './write';
export type { WriteOptions, WrittenCorpus, Variant } from './write';
export { makeCity, cityName, valueIn } from './city';
export type { City } from './city';
export { mulberry32, hashSeed, rngFor } from './prng';
export { chineseNumeral, withMultiplier } from './numbers';
