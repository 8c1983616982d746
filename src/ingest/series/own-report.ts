import { relationshipId, type GraphNode, type GraphRelationship } from '../../model';
import type { SeriesReport } from './report-identity';

// A report calls itself by its genre (政府工作报告, in its title or its address); extraction read that
// as the document's own plan (`own`), one per document (resolve keeps it apart from other documents'). It
// is the report's Plan: its sources, aliases and relationships (the tasks and projects it holds, the
// bodies responsible for it) move to the plan the series gives it (2018年海拉尔区政府工作报告), and
// the properties that plan does not set (its level) come with them.

const bare = (name: string) => name.replace(/[《》“”\s]/g, '');

/** The discriminator a relationship's id was made with: none, or one of its property values (a role). */
function keyOf(r: GraphRelationship): string {
  for (const k of ['', ...Object.values(r.properties).filter((v): v is string => typeof v === 'string')])
    if (relationshipId(r.type, r.from, r.to, k) === r.id) return k;
  return '';
}

export function absorbOwnReports(
  nodes: Map<string, GraphNode>,
  rels: Map<string, GraphRelationship>,
  reports: readonly SeriesReport[],
): void {
  const byDocument = new Map(reports.map((r) => [r.document, r]));
  const moved = new Map<string, string>();
  for (const node of nodes.values()) {
    if (node.label !== 'Plan') continue;
    const documents = new Set(node.sources.map((s) => s.document));
    const report = documents.size === 1 ? byDocument.get([...documents][0]!) : undefined;
    if (!report || node.properties.own !== true || bare(node.name) !== report.genre || node.id === report.plan.id) continue;
    const into = nodes.get(report.plan.id)!;
    const aliases = [...new Set([...into.aliases, node.name, ...node.aliases])].filter((a) => a !== into.name);
    nodes.set(into.id, {
      ...into,
      aliases,
      properties: { ...node.properties, ...into.properties },
      sources: into.sources.concat(node.sources),
    });
    moved.set(node.id, into.id);
  }
  if (!moved.size) return;
  for (const id of moved.keys()) nodes.delete(id);
  for (const r of [...rels.values()]) {
    const from = moved.get(r.from) ?? r.from;
    const to = moved.get(r.to) ?? r.to;
    if (from === r.from && to === r.to) continue;
    rels.delete(r.id);
    if (from === to) continue;
    const id = relationshipId(r.type, from, to, keyOf(r));
    const known = rels.get(id);
    if (known) rels.set(id, { ...known, properties: { ...r.properties, ...known.properties }, sources: known.sources.concat(r.sources) });
    else rels.set(id, { ...r, id, from, to });
  }
}
