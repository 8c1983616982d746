import { buildGraph, readDocuments } from '../../../src/ingest';
import { formatCorpusValues, loadCorpusGold, scoreCorpusValues, type CorpusValueReport } from '../../../src/ingest/score';
import type { Graph } from '../../../src/model';
import { CORPUS_DIR, CORPUS_GOLD_DIR, HOLDOUT, TUNE } from './corpus-fixture';

// The values of 77 real corpus documents against their hand-read gold: found at the quoted place
// with the gold's number, then judged the right kind (result or commitment) and period. Tuned
// on 67 documents; the other 10 are held out. The bars are recall with the right kind
// ≥ 0.90, kind accuracy ≥ 0.95, period accuracy ≥ 0.90, precision ≥ 0.90. Each split also holds
// the level it has reached (measured, rounded down to 0.01) as a floor, so a regression fails
// even above the bar.

const BAR = { recall: 0.9, kind: 0.95, period: 0.9, precision: 0.9 };
const FLOOR: Record<'tune' | 'holdout', typeof BAR> = {
  // Measured 2026-12-06 on 67 tune documents (the first 20; 8 read in session 6; 11 in session 7; 006, 016, 002, 012,
  // 028, 043, 039, 051, 044, 033 in session 8; 001, 004, 005, 040, 067, then 069, 062, 032, 022 in session 9; 056, 021,
  // 025, 074, 078, 027, 030 in session 10; 071, 072 in session 11, each read before the extractor ran on it): 0.982
  // (2742/2793) / 0.999 (2742/2744) / 0.991 (2720/2744) / 0.972 (2728/2807). 027's text garbles its digits (到4549年), so
  // three periods stay out. 071 and 072 alone first read every value with its kind (8/8) but no period (0/8: a plan with
  // no 到20XX年, due by a deadline or a five-year period), which put period at 0.988 before session 11's horizon rule;
  // counts of a structure's parts (5个层面) are no values since. Session 12 (periods: a ——item's later horizon, named
  // five-year periods, staged deadlines; capacities in project names, provision norms): 0.985 (2751/2793) / 1.000
  // (2751/2752) / 0.994 (2735/2752) / 0.980 (2736/2793). Session 13 (norms per unit or period, a plan's own indicator
  // counts, argued rates, class bounds, the sets and conditions of a measure, notes, ranking fields, joint actors; survey
  // shares, efficiency ratios, listed figures and a bare 千家 read): 0.990 (2765/2793) / 1.000 (2765/2766) / 0.994
  // (2750/2766) / 0.990 (2750/2778). Session 14 (a plan's span from its delivered title, 051): period 0.995 (2752/2766).
  tune: { recall: 0.98, kind: 0.99, period: 0.99, precision: 0.98 },
  // Measured 0.944 (303/321) / 0.990 (303/306) / 0.895 (274/306) / 0.924 (305/330) after session 12's rules (0.921
  // (305/331) before them; recall, kind and period unchanged): period is still below its bar.
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
