// A client reading the generated types, compiled with tsc --strict: if a schema change breaks
// what these lines read (a field removed, a type narrowed or widened), the build fails.
import type {
  PlanProvenanceQuery,
  PlanSeriesDiffQuery,
  PlanStructureQuery,
  SearchAnyQuery,
  TasksBackwardsQuery,
  TimelineQuery,
} from './generated/graphql';

export function citedHigherPlans(q: PlanProvenanceQuery): { plan: string; quote: string; document: string }[] {
  const edges = q.plan?.relations.edges ?? [];
  return edges
    .filter((e) => e.type === 'IMPLEMENTS' && e.direction === 'OUT')
    .map((e) => ({ plan: e.node.name, quote: e.sources[0]?.sentence.text ?? '', document: e.sources[0]?.document.title ?? '' }));
}

export function declaredTaskCount(q: PlanProvenanceQuery): { value: number; quote: string | null } | null {
  const fact = q.plan?.facts.find((f) => f.field === 'TASK_COUNT');
  return fact ? { value: Number(fact.value), quote: fact.sources[0]?.text ?? null } : null;
}

export function raisedTargets(q: PlanSeriesDiffQuery): string[] {
  return (q.planDiff?.targets ?? [])
    .filter((t) => t.status === 'RAISED')
    .map((t) => `${t.indicator.name}: ${t.from?.value ?? '?'} → ${t.to?.value ?? '?'} (${(t.ratio ?? 1).toFixed(2)}×)`);
}

export function olderPage(q: TasksBackwardsQuery): { ids: string[]; before: string | null } {
  const c = q.tasks;
  return { ids: c.edges.map((e) => e.node.id), before: c.pageInfo.hasPreviousPage ? c.pageInfo.startCursor : null };
}

export function hintOrHits(q: SearchAnyQuery): string {
  const s = q.searchHits;
  return s.totalCount === 0 ? (s.hint ?? '') : s.edges.map((e) => `${e.matchedIn} ${e.node.name} ${e.score}`).join('\n');
}

export function metTargets(q: TimelineQuery): number {
  return (q.indicator?.timeline ?? []).filter((p) => p.kind === 'TARGET' && p.attainment?.status === 'MET').length;
}

export function planTitles(q: PlanStructureQuery): string[] {
  return q.plans.nodes.map((p) => `${p.name} ${p.year ?? ''}`);
}
