import type { Graph } from '../../model';
import { scoreEntities } from './entities';
import type { GoldDocument } from './gold';
import { scoreClauses, scoreLineage } from './lineage';
import type { Measure } from './measure';
import { checkSpans, type SpanCheck } from './spans';
import { scoreValues } from './values';

/** How a graph compares with the hand-checked gold, per category. */
export interface QualityReport {
  documents: string[];
  entities: { recall: Measure; precision: Measure };
  values: { recall: Measure; precision: Measure };
  clauses: { recall: Measure };
  lineage: { recall: Measure; sameBasis: number };
  spans: SpanCheck & { ratio: number };
}

/** Scores only the gold documents the graph was built from: a missing one is all misses. */
export function scoreGraph(graph: Graph, gold: GoldDocument[]): QualityReport {
  const spans = checkSpans(graph);
  return {
    documents: gold.map((g) => g.document),
    entities: scoreEntities(graph, gold),
    values: scoreValues(graph, gold),
    clauses: { recall: scoreClauses(graph, gold) },
    lineage: scoreLineage(graph, gold),
    spans: { ...spans, ratio: spans.total ? spans.valid / spans.total : 1 },
  };
}

const pct = (m: { hit: number; total: number; ratio: number }) => `${(m.ratio * 100).toFixed(1)}% (${m.hit}/${m.total})`;

/** A short table for people (test output, `plangraph stats`). */
export function formatQuality(r: QualityReport): string {
  return [
    `entities   recall ${pct(r.entities.recall)}  precision ${pct(r.entities.precision)}`,
    `values     recall ${pct(r.values.recall)}  precision ${pct(r.values.precision)}`,
    `clauses    recall ${pct(r.clauses.recall)}`,
    `lineage    recall ${pct(r.lineage.recall)}  same basis ${r.lineage.sameBasis}`,
    `spans      valid  ${pct({ hit: r.spans.valid, total: r.spans.total, ratio: r.spans.ratio })}`,
  ].join('\n');
}
