import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDocument, Measure, QualityReport } from '../../src/ingest/score';

// Checks every gold set gets (seeds and unseen documents alike), and the way bars are asserted.

/** The gold quotes its documents exactly and names an Indicator for every value. */
export function describeGoldSet(name: string, gold: GoldDocument[], documentsDir: string): void {
  describe(name, () => {
    it('quotes every fact exactly from the document it names', () => {
      const text = (id: string) => readFileSync(join(documentsDir, `${id}.txt`), 'utf8');
      const misquoted = gold.flatMap((g) => [
        ...[...g.entities, ...g.values, ...g.clauses]
          .filter((f) => !text(g.document).includes(f.text))
          .map((f) => `${g.document}: ${f.text}`),
        ...g.links
          .flatMap((l) => [l.from, l.to])
          .filter((w) => !text(w.document).includes(w.text))
          .map((w) => `${w.document}: ${w.text}`),
      ]);
      expect(misquoted).toEqual([]);
    });

    it('names an Indicator entity for every value', () => {
      const orphans = gold.flatMap((g) =>
        g.values.filter((v) => !g.entities.some((e) => e.label === 'Indicator' && e.name === v.indicator)).map((v) => v.indicator),
      );
      expect(orphans).toEqual([]);
    });
  });
}

/** On failure the diff shows the ratio and what was missed, not just two numbers. */
export function meets(m: Measure, bar: number): void {
  expect(m.ratio >= bar ? 'meets the bar' : { ratio: m.ratio, bar, misses: m.misses }).toBe('meets the bar');
}

/** The quality bars (issue #3), the same for every scored document set. */
export function itMeetsTheBars(report: () => QualityReport): void {
  it('finds ≥ 95% of the core entities', () => meets(report().entities.recall, 0.95));
  it('finds ≥ 95% of the values', () => meets(report().values.recall, 0.95));
  it('reads values with ≥ 95% precision', () => meets(report().values.precision, 0.95));
  it('finds ≥ 85% of the strong lineage links', () => meets(report().lineage.recall, 0.85));
  it('quotes every span exactly', () => {
    expect(report().spans.invalid).toEqual([]);
    expect(report().spans.ratio).toBe(1);
  });
}
