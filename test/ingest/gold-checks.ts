import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDocument, Measure } from '../../src/ingest/score';

// Checks every gold set gets (seeds and unseen documents alike), and the way bars are asserted.

/** The gold quotes its documents exactly and names an Indicator for every value. */
export function describeGoldSet(name: string, gold: GoldDocument[], documentsDir: string): void {
  describe(name, () => {
    it('quotes every fact exactly from the document it names', () => {
      const text = (id: string) => readFileSync(join(documentsDir, `${id}.txt`), 'utf8');
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
}

/** On failure the diff shows the ratio and what was missed, not just two numbers. */
export function meets(m: Measure, bar: number): void {
  expect(m.ratio >= bar ? 'meets the bar' : { ratio: m.ratio, bar, misses: m.misses }).toBe('meets the bar');
}
