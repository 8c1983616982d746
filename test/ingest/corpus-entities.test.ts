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

// Plans, agencies and projects of 68 real corpus documents against their hand-read gold
// (test/gold/corpus; tune = the 58 the extraction was developed on, holdout = 10 never tuned on).
// The bar is 0.90 recall and 0.90 precision per kind on both parts; where that is not
// reached yet, the levels reached are held as a floor so they cannot silently fall, and the
// numbers are printed on every run.

const BAR = 0.9;

// Reached on 2026-12-06 with 60 tune documents (the first 20, then 8, 11, 10 in session 8 and 001, 004, 005, 040, 067,
// then 069, 062, 032, 022 in session 9, then 027, 030 in session 10, each read before the extractor ran on it), measured and
// rounded down to 0.01: a regression below these fails, even where they are above the bar. Session 10 (027, 030 added):
// Agency 0.932 (1002/1075) / 0.956 (1022/1068) with counted cities (济南和青岛两市要…), 行业联盟/行业商会/村（居）委会 and a 新区 in a
// role note; EngineeringProject 0.962 (379/394) / 0.972 (386/397) with sibling 工程 headings.
const FLOOR: Record<string, Record<EntityKind, { recall: number; precision: number }>> = {
  // Plan 0.845 (917/1085) / 0.968 (956/988), Agency 0.931 (970/1042) / 0.957 (989/1033), EngineeringProject 0.961
  // (370/385) / 0.974 (377/387). Session 9: laws named without 《》 (宪法), standing programmes and policies (“约法三章”,
  // 河长制), quoted campaign years, one plan from a list closed by 和, and what is no plan; groups sent to
  // inspect (中央环保督察组), lists before 等部门 longer than one walk, two levels written together (市县政府) read as
  // no one body, cities a cue makes act (支持济南、青岛等市…); a quoted count of 大工程 (“十大工程”) names its set of
  // projects, a list summed up by its count (等5项工程) is one name, a note in brackets inside a name is read past.
  // Session 10: 074 and 078 added (read before the extractor ran on them): Plan 0.840 (932/1110) / 0.967 (968/1001),
  // Agency 0.926 (1036/1119) / 0.958 (1056/1102), EngineeringProject 0.961 (371/386) / 0.972 (378/389); with a body
  // bound by 不得 read as acting, Agency 0.927 (1037/1119) / 0.959 (1057/1103); with public works as a kind (政府投资公共工程)
  // read as no project, EngineeringProject precision 0.974 (378/388).
  tune: {
    Plan: { recall: 0.83, precision: 0.96 },
    Agency: { recall: 0.92, precision: 0.95 },
    EngineeringProject: { recall: 0.96, precision: 0.97 },
  },
  // Plan 0.684 (121/177) / 0.881 (126/143), Agency 0.823 (121/147) / 0.914 (127/139), EngineeringProject 0.941
  // (64/68) / 0.899 (62/69). Plan counts include four held-out items added in session 9 by the class the tune gold
  // records (宪法, 基本法, 新型城镇化 in 011; 宪法 in 015: Corrections); on the gold before them, 0.676 (117/173).
  holdout: {
    Plan: { recall: 0.68, precision: 0.88 },
    Agency: { recall: 0.82, precision: 0.91 },
    EngineeringProject: { recall: 0.94, precision: 0.89 },
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
