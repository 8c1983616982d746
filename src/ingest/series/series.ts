import { entityId, relationshipId, type Graph, type GraphNode, type GraphRelationship, type Properties } from '../../model';
import type { Lexicon } from '../lexicon';
import { canonical } from '../resolve';
import { absorbOwnReports } from './own-report';
import { identityReader, type ReportIdentity, type SeriesReport } from './report-identity';
import { seriesLineage } from './series-lineage';

// Government work reports in a series (政府工作报告, one a year): each report becomes the Plan it
// is (2024年国务院政府工作报告, kind work_report), DESCRIBED by its document, holding the Tasks
// that set its targets, and SUCCEEDS the report of the year before from the same issuer and
// genre. Year N's targets then lead (LED_TO) to the results year N+1's report gives for the same
// indicator. Reports are grouped by an index on issuer + genre and found by year: the work
// grows with the number of documents, never with pairs of them.

/** Reports of each series by year, read from the documents' own text. */
export function readSeries(graph: Graph, lexicon: Lexicon): Map<string, Map<number, ReportIdentity>> {
  const reader = identityReader(lexicon);
  const bySeries = new Map<string, Map<number, ReportIdentity>>();
  const docs = [...graph.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const doc of docs) {
    const id = reader.read(doc);
    if (!id) continue;
    const key = joined(id.issuer, id.genre);
    const years = bySeries.get(key) ?? new Map<number, ReportIdentity>();
    if (!years.has(id.year)) years.set(id.year, id); // two texts of one year: the first by id
    bySeries.set(key, years);
  }
  return bySeries;
}

/** Issuer and genre as one name, the words they share said once (海拉尔区政府 + 政府工作报告 → 海拉尔区政府工作报告). */
function joined(issuer: string, genre: string): string {
  for (let n = Math.min(issuer.length, genre.length); n > 0; n--) {
    if (issuer.endsWith(genre.slice(0, n))) return issuer + genre.slice(n);
  }
  return issuer + genre;
}

function reportPlan(id: ReportIdentity, series: string, existing: Map<string, GraphNode>, lexicon: Lexicon): GraphNode {
  const name = `${id.year}年${series}`;
  const planId = entityId('Plan', canonical('Plan', name, lexicon).key);
  const properties: Properties = { kind: 'work_report', year: id.year, period: String(id.year), issuer: id.issuer, series };
  const found = existing.get(planId);
  // A plan of that name read elsewhere (《…2024年政府工作报告》 cited) is the same report.
  if (found) return { ...found, properties: { ...found.properties, ...properties }, sources: found.sources.concat([id.source]) };
  return { id: planId, label: 'Plan', name, aliases: [...id.aliases], properties, sources: [id.source] };
}

const rel = (type: 'DESCRIBES' | 'SUCCEEDS' | 'HAS_TASK', from: string, to: string, sources: GraphRelationship['sources']) => ({
  id: relationshipId(type, from, to),
  type,
  from,
  to,
  properties: {},
  sources: [...sources],
});

/** The graph with every work-report series read into it (plans, DESCRIBES, SUCCEEDS, HAS_TASK, LED_TO). */
export function linkSeries(graph: Graph, lexicon: Lexicon): Graph {
  const bySeries = readSeries(graph, lexicon);
  if (bySeries.size === 0) return graph;
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const rels = new Map(graph.relationships.map((r) => [r.id, r]));
  // The tasks that set a target, by the document they were read in.
  const targetTasks = new Map<string, Set<string>>();
  for (const r of graph.relationships) {
    if (r.type !== 'SETS_TARGET') continue;
    const doc = nodes.get(r.from)?.sources[0]?.document;
    if (!doc) continue;
    const set = targetTasks.get(doc) ?? new Set<string>();
    set.add(r.from);
    targetTasks.set(doc, set);
  }
  const reports: SeriesReport[] = [];
  for (const [series, years] of bySeries) {
    for (const id of years.values()) {
      const plan = reportPlan(id, series, nodes, lexicon);
      nodes.set(plan.id, plan);
      reports.push({ ...id, plan, series });
    }
  }
  absorbOwnReports(nodes, rels, reports);
  for (const r of reports) r.plan = nodes.get(r.plan.id)!;
  const planOf = new Map(reports.map((r) => [`${r.series}|${r.year}`, r]));
  for (const r of reports) {
    const add = (x: GraphRelationship) => rels.set(x.id, x);
    add(rel('DESCRIBES', r.document, r.plan.id, [r.source]));
    const previous = planOf.get(`${r.series}|${r.year - 1}`);
    if (previous) add(rel('SUCCEEDS', r.plan.id, previous.plan.id, [r.source]));
    for (const task of [...(targetTasks.get(r.document) ?? [])].sort()) {
      const t = nodes.get(task)!;
      add(rel('HAS_TASK', r.plan.id, task, [t.sources[0] ?? r.source]));
    }
  }
  datedByValues(graph, new Set(reports.map((r) => r.document)), nodes);
  for (const link of seriesLineage(graph, reports, planOf, nodes, rels)) rels.set(link.id, link);
  return { ...graph, nodes: [...nodes.values()], relationships: [...rels.values()] };
}

/**
 * A report's Task or Result that its text leaves undated (主要预期目标是：国内生产总值增长5%左右)
 * is for the one year all its values are for: the target year, or the year reported on. So
 * lineage by year (2023's targets → 2023's results) finds it.
 */
function datedByValues(graph: Graph, documents: ReadonlySet<string>, nodes: Map<string, GraphNode>): void {
  const years = new Map<string, Set<number>>();
  for (const r of graph.relationships) {
    if (r.type !== 'SETS_TARGET' && r.type !== 'MEASURED') continue;
    const fact = nodes.get(r.from);
    if (!fact || !documents.has(fact.sources[0]?.document ?? '') || fact.properties.year !== undefined) continue;
    const period = typeof r.properties.period === 'string' ? r.properties.period : undefined;
    const year = typeof r.properties.year === 'number' ? r.properties.year : undefined;
    // a five-year sum (2018-2022) dates no single year
    if (year === undefined || (period !== undefined && period !== String(year))) continue;
    years.set(r.from, (years.get(r.from) ?? new Set()).add(year));
  }
  for (const [id, ys] of years) {
    if (ys.size !== 1) continue;
    const [year] = ys;
    const fact = nodes.get(id)!;
    nodes.set(id, { ...fact, properties: { ...fact.properties, year, period: String(year) } });
  }
}
