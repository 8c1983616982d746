import { relationshipId, type Graph, type GraphNode, type GraphRelationship } from '../../model';
import { WEIGHTS } from '../link/weights';
import type { SeriesReport } from './report-identity';

// Year N's report sets targets for year N; year N+1's report says what year N came to. For each
// indicator both reports speak of, every target of the one leads to every result of the other
// (LED_TO, basis indicator, via the indicator, `series` naming the series). A link the link
// stage already drew between the same two facts is kept and marked with its series.

interface Value {
  fact: string;
  indicator: string;
  unit: string | undefined;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const yearOf = (r: GraphRelationship): number | undefined =>
  typeof r.properties.year === 'number' ? r.properties.year : Number(str(r.properties.period)?.slice(0, 4)) || undefined;

/** Per document, the values of one type (targets or results) for each year, by indicator. */
function valuesByDocument(graph: Graph, type: 'SETS_TARGET' | 'MEASURED', nodes: Map<string, GraphNode>) {
  const out = new Map<string, Value[]>();
  for (const r of graph.relationships) {
    if (r.type !== type) continue;
    const doc = nodes.get(r.from)?.sources[0]?.document;
    const year = yearOf(r);
    // a five-year sum (2018-2022) is not the year's result
    if (!doc || year === undefined || (str(r.properties.period) ?? String(year)) !== String(year)) continue;
    const key = `${doc}|${year}`;
    const list = out.get(key) ?? [];
    list.push({ fact: r.from, indicator: r.to, unit: str(r.properties.unit) });
    out.set(key, list);
  }
  return out;
}

export function seriesLineage(
  graph: Graph,
  reports: SeriesReport[],
  planOf: Map<string, SeriesReport>,
  nodes: Map<string, GraphNode>,
  existing: Map<string, GraphRelationship>,
): GraphRelationship[] {
  const targets = valuesByDocument(graph, 'SETS_TARGET', nodes);
  const results = valuesByDocument(graph, 'MEASURED', nodes);
  const out: GraphRelationship[] = [];
  for (const report of reports) {
    const next = planOf.get(`${report.series}|${report.year + 1}`);
    if (!next) continue;
    const reported = new Map<string, Value[]>();
    for (const v of results.get(`${next.document}|${report.year}`) ?? [])
      reported.set(v.indicator, [...(reported.get(v.indicator) ?? []), v]);
    for (const t of targets.get(`${report.document}|${report.year}`) ?? []) {
      for (const a of reported.get(t.indicator) ?? []) {
        // a target in % is not met by an amount in 元 read under the same name
        if (t.unit !== undefined && a.unit !== undefined && t.unit !== a.unit) continue;
        const id = relationshipId('LED_TO', t.fact, a.fact);
        const drawn = existing.get(id);
        if (drawn) {
          out.push({ ...drawn, properties: { ...drawn.properties, series: report.series } });
          continue;
        }
        const task = nodes.get(t.fact)!;
        const result = nodes.get(a.fact)!;
        out.push({
          id,
          type: 'LED_TO',
          from: t.fact,
          to: a.fact,
          properties: { basis: 'indicator', score: WEIGHTS.indicator, via: t.indicator, bases: ['indicator'], series: report.series },
          sources: task.sources.concat(result.sources),
        });
      }
    }
  }
  return out;
}
