import { z } from 'zod';

// The shape of seeds/lexicon/*.json. Vocabulary lives there as data so that code reads the
// documents instead of knowing them; zod checks the files once, when they are loaded.

const words = z.array(z.string());
const aliasTable = z.record(z.string(), words);

export const documentKindsSchema = z.object({
  titleOrder: words,
  title: z.record(z.string(), words),
  headings: z.record(z.string(), words),
  bylines: words,
  metadataLabels: words,
  boilerplate: words,
});

export const sectionsSchema = z.object({
  plan: words,
  report: words,
  problems: words,
  nextHalf: words,
  nextYear: words,
  firstHalf: words,
  projectHeadingVerbs: words,
});

export const plansSchema = z.object({
  suffixes: z.record(z.string(), z.string()),
  notPlans: words,
  levels: z.object({ national: words, provincial: words, municipal: words }),
  programmeWord: z.string(),
  fiveYearPeriods: z.record(z.string(), z.string()),
  implementCues: words,
  issueCues: words,
  docNumberLabels: words,
  dateLabels: words,
  taskCountNouns: words,
  projectCountNouns: words,
  // Plans named in running text without 《》 (extract/named-plans.ts).
  // The document's own plan named by itself (制定本行动方案) and title lines that are plans though
  // their ending is not a plan suffix (政府工作报告).
  named: z
    .object({
      heads: z.record(z.string(), z.string()),
      cues: words,
      ends: words,
      generic: words,
      leadingJoiners: words,
      before: words,
      notInside: words,
      selfCues: words,
      selfWords: words,
      titleHeads: z.record(z.string(), z.string()),
    })
    .default({
      heads: {},
      cues: [],
      ends: [],
      generic: [],
      leadingJoiners: [],
      before: [],
      notInside: [],
      selfCues: [],
      selfWords: [],
      titleHeads: {},
    }),
  // Named 工程 anywhere in running text (extract/projects.ts).
  projectNames: z
    .object({ notFollowedBy: words, nameWords: words, boundaries: words, generic: words })
    .default({ notFollowedBy: [], nameWords: [], boundaries: [], generic: [] }),
});

export const placesSchema = z.object({ cities: words, provinces: words });

export const domainsSchema = z.object({
  aliases: z.record(z.string(), z.string()),
  keywords: z.record(z.string(), words),
  programmeVocabulary: words,
});

export const verbsSchema = z.object({
  task: words,
  result: words,
  adverbs: words,
  leadIns: words,
  reportSubjects: words,
});

// Finer rules for naming what a number measures (extract/indicator-*.ts, value-*.ts); optional.
const indicatorReading = z
  .object({
    predicateAdverbs: words,
    measureNouns: words,
    peopleUnits: words,
    perPeriod: words,
    recipientPrepositions: words,
    memberCues: words,
    memberNouns: words,
    memberName: z.string(),
    unitNouns: z.record(z.string(), z.string()),
    memberVerbs: words,
    qualifiedHeads: words,
    leadingOrdinals: words,
    trailingGeneric: words,
    determiners: words,
    nounEnds: words,
    periodWords: words,
    locatives: words,
    predicateLeads: words,
    changeUnits: words,
    changeVerbs: words,
    phaseUnits: words,
    // A policy's offer to each applicant (给予最高500万元奖励) or eligibility threshold (首次突破100亿元)
    // is not an indicator's value; nor a small count written in words (两个, 八项规定, 五次全会).
    offerCues: words,
    offerUnits: words,
    thresholdCues: words,
    smallWordCount: z.number(),
  })
  .partial();

export const indicatorsSchema = z.object({
  canonical: aliasTable,
  stripPrefixes: words,
  stripSuffixes: words,
  keyStripSuffixes: words,
  boundaries: words,
  rankingMarkers: words,
  rankingUnits: words,
  genericNouns: words,
  maxNameLength: z.number(),
  wordsInNames: words,
  adjectivalLeads: words,
  awardVerbs: words,
  reading: indicatorReading.default({}),
  // Unit abbreviations → the words they stand for (1ms = 1毫秒), for comparing wording in link.
  unitWrittenAs: z.record(z.string(), z.string()).default({}),
});

export const platformsSchema = z.object({
  suffixes: words,
  placeSuffixes: words,
  cueWords: words,
  notNames: words,
  boundaries: words,
  known: aliasTable,
  // Quoted brands (“鲁通码”, “一部手机游…”), award titles, verb + platform word, named subjects.
  quotedSuffixes: words.default([]),
  quotedOpeners: words.default([]),
  honourWords: words.default([]),
  usedWith: z.object({ verbs: words, words }).default({ verbs: [], words: [] }),
  namedAs: z.object({ copulas: words, adverbs: words }).default({ copulas: [], adverbs: [] }),
  // Identity across documents (resolve/identity.ts): scope words before a name; pairs kept apart.
  scopePrefixes: words.default([]),
  keepApart: z.array(words).default([]),
});

export const agenciesSchema = z.object({
  suffixes: words,
  prefixes: words,
  notAfter: words,
  notNames: words,
  known: aliasTable,
  notEndings: words.default([]),
  phraseEndings: words.default(['领导小组', '委员会']),
  bodies: words.default([]),
  central: aliasTable.default({}),
  listCue: z.string(),
  roles: z.object({ drafts: words, leads: words, cooperates: words, interprets: words, issues: words, joins: words.default([]) }),
});

// Evidence for a value's kind (result or commitment) and the words that place it in time.
export const valueKindsSchema = z.object({
  clause: z.object({ actual: words, target: words, notCues: words }),
  roles: z.object({ actual: words, target: words, maxLead: z.number(), leads: z.object({ actual: words, target: words }) }),
  declines: z.object({ words, fillers: words }),
  periods: z.object({
    lastYear: words,
    thisYear: words,
    firstHalf: words,
    fiveYears: words,
    tenYears: words,
    yearEnd: words,
    withinYears: z.string(),
    perYear: words,
    spanStart: words,
    spanEnd: words,
    spanSum: words,
    // A level inside a span (覆盖10.5亿人): as of its last year, though its verb is an act.
    spanLevel: words.optional(),
    // A count over a span (新增, 累计): the span's, even when 超过 or 突破 ends its clause.
    spanCount: words.optional(),
    // Five years named in a value's own clause (规模五年增长近10倍): the five years to the document's.
    clauseFiveYears: words.optional(),
    // A target due each year of a plan (每年完成万项技改): the plan's years, before any horizon.
    eachYear: words.optional(),
  }),
});

export const lexiconSchema = z.object({
  documentKinds: documentKindsSchema,
  sections: sectionsSchema,
  plans: plansSchema,
  places: placesSchema,
  domains: domainsSchema,
  verbs: verbsSchema,
  indicators: indicatorsSchema,
  platforms: platformsSchema,
  agencies: agenciesSchema,
  valueKinds: valueKindsSchema,
});

export type Lexicon = z.infer<typeof lexiconSchema>;
