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
  // Measured 0.965 / 0.997 / 0.993 / 0.969 (31 documents: 007, 008, 017, 018, 036, 050, 058, 060, then 031, 064,
  // 019 added; changes in points and rates, fractions, tenths and technical units read as values). With 003
  // (2016 work report) and 048 (2024-2025 action plan) added unread, 33 documents: 0.954 / 0.997 / 0.983 / 0.966;
  // then 0.958 / 0.997 / 0.991 / 0.967 (a first 一、 heading opens the body; 近三年, 今后五年, 分别 paired years;
  // 4万多亿元; a total allocated to a fund is no offer); then 0.962 / 0.998 / 0.993 / 0.967 (a commitment's
  // 从75%提高到100% starts from a result, the level now; a standard raised from one level to another is no offer).
  tune: { recall: 0.96, kind: 0.99, period: 0.99, precision: 0.96 },
  // Measured 0.944 / 0.990 / 0.895 (274/306) / 0.924: period is still below its bar.
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
    console.log(`${formatCorpusValues(split, report)}\nmisses (first 30):\n${report.misses.slice(0, 30).join('\n')}`);
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
