import { formatQuality, loadGold, scoreGraph, type QualityReport } from '../../src/ingest/score';
import { describeGoldSet, meets } from './gold-checks';
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
(pipeline ? describe : describe.skip)('quality of the seed graph', () => {
  let report: QualityReport;
  beforeAll(async () => {
    report = scoreGraph(await seedGraph(pipeline!), gold);
    // The numbers go to the log on every run, pass or fail.
    console.log(`quality against test/gold:\n${formatQuality(report)}`);
  });

  it('finds ≥ 95% of the core entities', () => meets(report.entities.recall, 0.95));
  it('finds ≥ 95% of the values', () => meets(report.values.recall, 0.95));
  it('reads values with ≥ 95% precision', () => meets(report.values.precision, 0.95));
  it('finds ≥ 85% of the strong lineage links', () => meets(report.lineage.recall, 0.85));

  it('quotes every span exactly', () => {
    expect(report.spans.invalid).toEqual([]);
    expect(report.spans.ratio).toBe(1);
  });
});
