import { join } from 'node:path';
import {
  buildGraph,
  ENTITY_KINDS,
  formatEntityKinds,
  scoreCorpusEntities,
  type CorpusRun,
  type EntityKind,
  type Measure,
} from '../../src/ingest';
import { TUNE } from './corpus/corpus-fixture';
import { meets } from './gold-checks';

// Plans, agencies and projects of 30 real corpus documents against their hand-read gold
// (test/gold/corpus; tune = the 20 the extraction was developed on, holdout = 10 never tuned on).
// The bar is 0.90 recall and 0.90 precision per kind on both parts; where that is not
// reached yet, the levels reached are held as a floor so they cannot silently fall, and the
// numbers are printed on every run.

const DOCS = join(__dirname, '../fixtures/corpus');
const GOLD = join(__dirname, '../gold/corpus');
const BAR = 0.9;

// Reached on 2026-12-06 (tune / holdout); raise these as extraction improves.
const FLOOR: Record<string, Record<EntityKind, { recall: number; precision: number }>> = {
  // reached with 008, 017, 036, 050, 058 and 060 added (27 documents): Plan 0.885 / 0.962, Agency 0.962 /
  // 0.940, EngineeringProject 0.938 / 0.951. The new documents' hand-read plans (policies, 制度, named
  // campaigns in the work reports 008 and 017) and 017's projects pulled recall below the 20-document level.
  tune: {
    Plan: { recall: 0.88, precision: 0.96 },
    Agency: { recall: 0.96, precision: 0.93 },
    EngineeringProject: { recall: 0.93, precision: 0.95 },
  },
  // reached: Plan 0.636 / 0.877, Agency 0.810 / 0.912, EngineeringProject 0.926 / 0.884
  holdout: {
    Plan: { recall: 0.63, precision: 0.87 },
    Agency: { recall: 0.8, precision: 0.9 },
    EngineeringProject: { recall: 0.92, precision: 0.88 },
  },
};

let run: CorpusRun;
beforeAll(async () => {
  run = await scoreCorpusEntities(DOCS, GOLD, (docs) => buildGraph(docs));
  console.log(`entities against test/gold/corpus (bar ${BAR}):\n${formatEntityKinds(run.report, false)}`);
}, 120_000);

describe('the real-document entity gold', () => {
  it('has the tuning documents and 10 held-out documents, each with entities', () => {
    expect(run.gold.filter((g) => g.split === 'tune')).toHaveLength(TUNE.length);
    expect(run.gold.filter((g) => g.split === 'holdout')).toHaveLength(10);
    expect(run.gold.filter((g) => g.entities.length === 0).map((g) => g.document)).toEqual([]);
  });
});

const floorOf = (m: Measure, floor: number) => meets(m, Math.min(BAR, floor));

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
