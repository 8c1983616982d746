import {
  buildGraph,
  ENTITY_KINDS,
  formatEntityKinds,
  scoreCorpusEntities,
  type CorpusRun,
  type EntityKind,
  type Measure,
} from '../../src/ingest';
import { CORPUS_DIR, CORPUS_GOLD_DIR, TUNE } from './corpus/corpus-fixture';
import { meets } from './gold-checks';

// Plans, agencies and projects of 61 real corpus documents against their hand-read gold
// (test/gold/corpus; tune = the 51 the extraction was developed on, holdout = 10 never tuned on).
// The bar is 0.90 recall and 0.90 precision per kind on both parts; where that is not
// reached yet, the levels reached are held as a floor so they cannot silently fall, and the
// numbers are printed on every run.

const BAR = 0.9;

// Reached on 2026-12-06 with 51 tune documents (the first 20, then 8, 11, 10 in session 8 and 001, 004 in session 9,
// each read before the extractor ran on it), measured and rounded down to 0.01: a regression below these fails, even
// where they are above the bar.
const FLOOR: Record<string, Record<EntityKind, { recall: number; precision: number }>> = {
  // Plan 0.814 (790/970) / 0.949 (821/865), Agency 0.919 (823/896) / 0.949 (842/887), EngineeringProject 0.941
  // (334/355) / 0.963 (342/355). Session 9's work reports lowered Plan recall (laws and programmes they name without a
  // head: 宪法, 基本法, 新型城镇化, 平安中国, recorded in the gold as 002–006 record them) and Agency precision (a level
  // read from 省市县政府, an international body, an alliance a firm builds).
  tune: {
    Plan: { recall: 0.81, precision: 0.94 },
    Agency: { recall: 0.91, precision: 0.94 },
    EngineeringProject: { recall: 0.94, precision: 0.96 },
  },
  // Plan 0.659 (114/173) / 0.881 (119/135), Agency 0.823 (121/147) / 0.914 (127/139), EngineeringProject 0.926
  // (63/68) / 0.897 (61/68).
  holdout: {
    Plan: { recall: 0.65, precision: 0.88 },
    Agency: { recall: 0.82, precision: 0.91 },
    EngineeringProject: { recall: 0.92, precision: 0.89 },
  },
};

let run: CorpusRun;
beforeAll(async () => {
  run = await scoreCorpusEntities(CORPUS_DIR, CORPUS_GOLD_DIR, (docs) => buildGraph(docs));
  console.log(`entities against test/gold/corpus (bar ${BAR}):\n${formatEntityKinds(run.report, false)}`);
}, 120_000);

describe('the real-document entity gold', () => {
  it('has the tuning documents and 10 held-out documents, each with entities', () => {
    expect(run.gold.filter((g) => g.split === 'tune')).toHaveLength(TUNE.length);
    expect(run.gold.filter((g) => g.split === 'holdout')).toHaveLength(10);
    expect(run.gold.filter((g) => g.entities.length === 0).map((g) => g.document)).toEqual([]);
  });
});

const floorOf = (m: Measure, floor: number) => meets(m, floor);

for (const split of ['tune', 'holdout']) {
  describe(`entities on the ${split} documents`, () => {
    for (const kind of ENTITY_KINDS) {
      it(`finds ${kind} (recall at its floor, bar ${BAR})`, () =>
        floorOf(run.report.splits[split][kind].recall, FLOOR[split][kind].recall));
      it(`reads ${kind} with precision at its floor (bar ${BAR})`, () =>
        floorOf(run.report.splits[split][kind].precision, FLOOR[split][kind].precision));
    }
  });
}
