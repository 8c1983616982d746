import { buildGraph, readDocuments } from '../../../src/ingest';
import { formatCorpusValues, loadCorpusGold, scoreCorpusValues, type CorpusValueReport } from '../../../src/ingest/score';
import type { Graph } from '../../../src/model';
import { CORPUS_DIR, CORPUS_GOLD_DIR, HOLDOUT, TUNE } from './corpus-fixture';

// The values of 30 real corpus documents against their hand-read gold: found at the quoted place
// with the gold's number, then judged the right kind (result or commitment) and period. Tuned
// on 20 documents; the other 10 are held out. The bars are recall with the right kind
// ≥ 0.90, kind accuracy ≥ 0.95, period accuracy ≥ 0.90, precision ≥ 0.90. Each split also holds
// the level it has reached (measured, rounded down to 0.01) as a floor, so a regression fails
// even above the bar.

const BAR = { recall: 0.9, kind: 0.95, period: 0.9, precision: 0.9 };
const FLOOR: Record<'tune' | 'holdout', typeof BAR> = {
  // Measured 0.960 / 0.998 / 0.988 / 0.966 (39 documents: 007, 008, 017, 018, 036, 050, 058, 060, then 031, 064,
  // 019, 073, 077, 066, 075, 061, 047, 003, 048 added; changes in points and rates, fractions, tenths and technical units
  // read as values). With 006 added (session 8, 40 documents): 0.966 (1769/1831) / 0.998 / 0.989 / 0.967 — the start of a
  // change in a year's results, a rate in force (现行) a commitment changes, 今明两年, shares in words (一半, 三分之一 in a
  // clause with no digit) and ranges of rates (6%－6.5%) read.
  // read as values). With 002 added (session 8): 0.966 (1779/1842) / 0.998 / 0.988 / 0.967, after 一半, a rate shared
  // by two figures, the start of a reviewed change and stocks stated among commitments were read.
  // read as values). Session 8, 012 added (40 documents): 0.964 (1819/1887) / 0.998 / 0.989 (1803/1823) / 0.964 (1814/1881).
  tune: { recall: 0.96, kind: 0.99, period: 0.98, precision: 0.96 },
  // Measured 0.944 / 0.990 / 0.895 (274/306) / 0.924: period is still below its bar. Session 8: 0.947 (304/321) / 0.990 /
  // 0.896 (275/307) / 0.924 (306/331).
  holdout: { recall: 0.94, kind: 0.99, period: 0.89, precision: 0.92 },
};

const gold = loadCorpusGold(CORPUS_GOLD_DIR);
let graph: Graph;
beforeAll(async () => {
  const { documents } = await readDocuments([CORPUS_DIR]);
  graph = buildGraph(documents);
}, 120000);

describe.each(['tune', 'holdout'] as const)('values of the real documents (%s)', (split) => {
  let report: CorpusValueReport;
  beforeAll(() => {
    report = scoreCorpusValues(
      graph,
      gold.filter((g) => g.split === split),
    );
    // The held-out misses are never printed: reading them would turn the held-out set into tuning data.
    const misses = split === 'tune' ? `\nmisses (first 30):\n${report.misses.slice(0, 30).join('\n')}` : '';
    console.log(`${formatCorpusValues(split, report)}${misses}`);
  });

  it('scores every gold document of the split', () => {
    expect(report.documents.length).toBe(split === 'tune' ? TUNE.length : HOLDOUT.length);
  });

  for (const measure of ['recall', 'kind', 'period', 'precision'] as const) {
    const bar = FLOOR[split][measure];
    const label =
      bar < BAR[measure]
        ? `holds ${measure} at ≥ ${bar} (the bar is ${BAR[measure]})`
        : `meets the ${measure} bar ${BAR[measure]} and holds ≥ ${bar}`;
    it(label, () => {
      const r = report[measure];
      expect(r.ratio >= bar ? 'holds' : { ratio: r.ratio, hit: r.hit, total: r.total, bar }).toBe('holds');
    });
  }
});
