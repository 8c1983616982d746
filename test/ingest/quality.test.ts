import { formatQuality, loadGold, scoreGraph, type QualityReport } from '../../src/ingest/score';
import { describeGoldSet, itMeetsTheBars } from './gold-checks';
import { GOLD_DIR, loadPipeline, SEEDS_DIR, seedGraph } from './link/seed-pipeline';

// The bars the graph built from the five seeds must clear against the hand-checked gold set.

const gold = loadGold(GOLD_DIR);

describe('the gold set', () => {
  it('covers the five seeds', () => {
    expect(gold.map((g) => g.document.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });
});
describeGoldSet('the seed gold set', gold, SEEDS_DIR);

const pipeline = loadPipeline();
describe('quality of the seed graph', () => {
  let report: QualityReport;
  beforeAll(async () => {
    report = scoreGraph(await seedGraph(pipeline), gold);
    // The numbers go to the log on every run, pass or fail.
    console.log(`quality against test/gold:\n${formatQuality(report)}`);
  });

  itMeetsTheBars(() => report);
});
