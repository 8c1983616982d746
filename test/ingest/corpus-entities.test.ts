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

// Plans, agencies and projects of 30 real corpus documents against their hand-read gold
// (test/gold/corpus; tune = the 20 the extraction was developed on, holdout = 10 never tuned on).
// The bar is 0.90 recall and 0.90 precision per kind on both parts; where that is not
// reached yet, the levels reached are held as a floor so they cannot silently fall, and the
// numbers are printed on every run.

const BAR = 0.9;

// Reached on 2026-12-06 with 39 tune documents (008, 007, 017, 018, 036, 050, 058, 060, then 031, 064, 019, 073,
// 077, 066, 075, 061, 047, 003, 048 added to the first 20), measured and rounded down to 0.01: a regression below these
// fails, even where they are above the bar.
const FLOOR: Record<string, Record<EntityKind, { recall: number; precision: number }>> = {
  // reached: Plan 0.837 (595/711) / 0.944 (613/649), Agency 0.931 (649/697) / 0.955, EngineeringProject 0.923 /
  // 0.931. With 28 documents it was 0.881 / 0.943, 0.941 / 0.939, 0.929 / 0.935: the documents added in session 7,
  // read before the extractor ran on them (named campaigns, policies, 责任制, member units), lowered Plan and Agency
  // recall. Agency recall rose with member units listed before 等单位组成, meetings listed before one act word, a
  // joint meeting named after a central body, 主管单位 and 政府部门 acting. Plan precision rose when names whose core
  // is only 评价/考核/投资/服务 (考核评价办法, 年度投资计划) were read as kinds of plan, not plans; recall when a 等
  // closing an example inside a name (东北地区等老工业基地振兴战略) no longer ended it.
  // Session 8 added 016 (Hailar's 2016 report, read before the extractor ran on it): its honest misses (named
  // campaigns and 活动, meetings, lists of works longer than a name is read) lowered recall to Agency 0.928 (661/712),
  // EngineeringProject 0.919 (249/271); a rank qualifying a noun (城市重点区域…), a 工程 that is an item of a list summed
  // up after it, and a list of places closed by 和 raised EngineeringProject precision to 0.945 (256/271); quoted study
  // campaigns and clean-ups (“三严三实”专题教育, “五马六乱”专项治理), year-long campaigns (…年活动) and an item ended by its
  // own head or a name-ending word before 和 kept Plan at 0.834 (615/737) / 0.944 (636/674).
  tune: {
    Plan: { recall: 0.83, precision: 0.94 },
    Agency: { recall: 0.92, precision: 0.95 },
    EngineeringProject: { recall: 0.91, precision: 0.94 },
  },
  // reached: Plan 0.659 / 0.874, Agency 0.816 (120/147) / 0.913, EngineeringProject 0.926 / 0.884
  holdout: {
    Plan: { recall: 0.65, precision: 0.87 },
    Agency: { recall: 0.81, precision: 0.91 },
    EngineeringProject: { recall: 0.92, precision: 0.88 },
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
