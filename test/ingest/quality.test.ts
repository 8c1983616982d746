import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatQuality, loadGold, scoreGraph, type Measure, type QualityReport } from '../../src/ingest/score';
import { GOLD_DIR, loadPipeline, SEEDS_DIR, seedGraph } from './link/seed-pipeline';

// The bars the graph built from the five seeds must clear against the hand-checked gold set.

const gold = loadGold(GOLD_DIR);

describe('the gold set', () => {
  it('covers the five seeds', () => {
    expect(gold.map((g) => g.document.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it('quotes every fact exactly from the document it names', () => {
    const text = (id: string) => readFileSync(join(SEEDS_DIR, `${id}.txt`), 'utf8');
    const misquoted = gold.flatMap((g) => [
      ...[...g.entities, ...g.values, ...g.clauses].filter((f) => !text(g.document).includes(f.text)).map((f) => `${g.document}: ${f.text}`),
      ...g.links.flatMap((l) => [l.from, l.to]).filter((w) => !text(w.document).includes(w.text)).map((w) => `${w.document}: ${w.text}`),
    ]);
    expect(misquoted).toEqual([]);
  });

  it('names an Indicator entity for every value', () => {
    const orphans = gold.flatMap((g) =>
      g.values.filter((v) => !g.entities.some((e) => e.label === 'Indicator' && e.name === v.indicator)).map((v) => v.indicator));
    expect(orphans).toEqual([]);
  });
});

/** On failure the diff shows the ratio and what was missed, not just two numbers. */
function meets(m: Measure, bar: number): void {
  expect(m.ratio >= bar ? 'meets the bar' : { ratio: m.ratio, bar, misses: m.misses }).toBe('meets the bar');
}

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
