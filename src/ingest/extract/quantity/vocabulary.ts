import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Comparator, Qualifier } from '../../../model';

// The words of numbers and measures come from seeds/lexicon/{units,comparators}.json, read and
// checked once: code knows how numbers are written, the lexicon knows which words there are.

const words = z.array(z.string());
const table = z.record(z.string(), z.number());
const pairs = z.array(z.tuple([z.string(), z.string()]));
const comparator = z.enum(['>=', '<=', '=', 'about']);
const qualifier = z.enum(['超', '约', '余', '累计', '同比', '新增']);

const unitsSchema = z.object({
  numerals: table,
  smallUnits: table,
  bigUnits: table,
  multipliers: table,
  negativeSigns: words,
  notSigns: words.default([]),
  rangeSeparators: words,
  percentSigns: words,
  percentPrefixes: words,
  shareWords: table.default({}),
  multipleWords: table.default({}),
  zeroRates: words.default([]),
  zeroRateNames: words.default([]),
  units: words,
  unitBase: z.record(z.string(), z.string()),
  percentUnits: words,
  notUnits: words,
  bareLeads: words.optional(),
  indexLeads: words.default([]),
  lengthLeads: z.record(z.string(), words).default({}),
  vagueLeads: words.optional(),
  baseLeads: words.default([]),
  intensityBases: words.default([]),
  rateLeads: words.default([]),
  adjectiveSuffixes: words,
  scaleSuffixes: words.optional(),
  bareHeads: z.record(z.string(), words).default({}),
  ordinalMarks: words,
  formulaMarks: words,
  nameBrackets: pairs,
  quotes: pairs,
});
const byComparator = z.partialRecord(comparator, words);
const comparatorsSchema = z.object({
  before: byComparator,
  between: byComparator,
  after: byComparator,
  aspiration: z.object({ words, reach: words }),
  qualifiers: z.object({ order: z.array(qualifier), words: z.partialRecord(qualifier, words), clause: z.array(qualifier) }),
  clauseEnds: z.array(z.string().length(1)),
  sentenceEnds: z.array(z.string().length(1)),
});

/** A word next to a number and what it says about it. */
export interface Cue {
  word: string;
  comparator?: Comparator;
  qualifier?: Qualifier;
}

export type UnitsLexicon = z.infer<typeof unitsSchema>;

export interface Vocabulary extends Omit<
  UnitsLexicon,
  'units' | 'numerals' | 'smallUnits' | 'bigUnits' | 'multipliers' | 'shareWords' | 'multipleWords'
> {
  shareWords: [string, number][];
  multipleWords: [string, number][];
  numerals: Map<string, number>;
  smallUnits: Map<string, number>;
  bigUnits: Map<string, number>;
  multipliers: Map<string, number>;
  units: string[]; // longest first, so 架次 wins over 架
  before: Cue[];
  /** The words before a number that bound it (至少, 不少于, 不超过 …), longest first. */
  bounds: string[];
  between: Cue[];
  after: Cue[]; // longest first
  clauseCues: Cue[]; // qualifiers that reach across the clause (累计…, 新增…, 同比…)
  qualifierOrder: Qualifier[];
  aspiration: string[];
  reach: Set<string>;
  clauseEnds: Uint8Array;
  sentenceEnds: Uint8Array; // by UTF-16 code, so scans allocate nothing
  startCodes: Uint8Array; // 1 at the UTF-16 codes a number can begin with
}

const longestFirst = <T extends { word: string } | string>(xs: T[]): T[] =>
  [...xs].sort((a, b) => (typeof b === 'string' ? b : b.word).length - (typeof a === 'string' ? a : a.word).length);

function cues(by: Partial<Record<Comparator, string[]>>, qualifierOf: Map<string, Qualifier>, extra: string[] = []): Cue[] {
  const out = new Map<string, Cue>();
  for (const [c, ws] of Object.entries(by) as [Comparator, string[]][]) {
    for (const word of ws) out.set(word, { word, comparator: c, qualifier: qualifierOf.get(word) });
  }
  for (const word of extra) if (!out.has(word)) out.set(word, { word, qualifier: qualifierOf.get(word) });
  return longestFirst([...out.values()]);
}

function codeTable(chars: string[]): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

function build(units: UnitsLexicon, cmp: z.infer<typeof comparatorsSchema>): Vocabulary {
  const qualifierOf = new Map<string, Qualifier>();
  for (const q of cmp.qualifiers.order) for (const w of cmp.qualifiers.words[q] ?? []) qualifierOf.set(w, q);
  const clauseWords = cmp.qualifiers.clause.flatMap((q) => cmp.qualifiers.words[q] ?? []);
  return {
    ...units,
    numerals: new Map(Object.entries(units.numerals)),
    smallUnits: new Map(Object.entries(units.smallUnits)),
    bigUnits: new Map(Object.entries(units.bigUnits)),
    multipliers: new Map(Object.entries(units.multipliers)),
    shareWords: Object.entries(units.shareWords),
    multipleWords: longestFirst(Object.keys(units.multipleWords)).map((w) => [w, units.multipleWords[w]] as [string, number]),
    units: longestFirst(units.units),
    before: cues(cmp.before, qualifierOf, clauseWords),
    bounds: cues(cmp.before, qualifierOf)
      .filter((c) => c.comparator === '>=' || c.comparator === '<=')
      .map((c) => c.word),
    between: cues(cmp.between, qualifierOf),
    after: cues(cmp.after, qualifierOf),
    clauseCues: longestFirst(clauseWords.map((word) => ({ word, qualifier: qualifierOf.get(word) }))),
    qualifierOrder: cmp.qualifiers.order,
    aspiration: cmp.aspiration.words,
    reach: new Set(cmp.aspiration.reach),
    clauseEnds: codeTable(cmp.clauseEnds),
    sentenceEnds: codeTable(cmp.sentenceEnds),
    startCodes: codeTable([
      ...'0123456789',
      ...Object.keys(units.numerals),
      ...Object.keys(units.smallUnits),
      ...Object.keys(units.bigUnits),
      ...[...units.negativeSigns, ...units.percentPrefixes, ...Object.keys(units.shareWords), ...Object.keys(units.multipleWords)].map(
        (w) => w[0],
      ),
    ]),
  };
}

/** seeds/lexicon, found upwards from here so the same code works from src/ and from dist/src/. */
function lexiconDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'seeds', 'lexicon');
    if (existsSync(join(candidate, 'units.json'))) return candidate;
  }
  throw new Error('seeds/lexicon/units.json not found above ' + __dirname);
}

const read = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

let cached: Vocabulary | undefined;

/** The quantity vocabulary, loaded and checked on first use. */
export function quantityVocabulary(): Vocabulary {
  if (!cached) {
    const dir = lexiconDir();
    cached = build(unitsSchema.parse(read(dir, 'units.json')), comparatorsSchema.parse(read(dir, 'comparators.json')));
  }
  return cached;
}
