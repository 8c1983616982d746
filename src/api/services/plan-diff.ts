import type { GraphRelationship, SourceSpan } from '../../model';
import type { ApiContext } from '../context/context';
import type { NodeView } from '../loaders';
import { unitsAgree } from './attainment';
import { toLink } from './lineage';
import { ownedTasks } from './owned-tasks';
import { byReadingOrder, loadAll, relsOf } from './related';

// Plan diff (规划对比): what a later plan keeps, adds and drops from an earlier one. Tasks are
// continued when a CONTINUED_BY chain (the link stage's judgement, through intermediate plans
// of the series) leads from one to the other; projects are the same when their names are, else
// when they serve the same domain; an indicator's target is compared between the plans' last
// targets on it, when their units agree. Every side is quoted.

/** Longest CONTINUED_BY chain followed (2023 → 2024 → 2025 is two). */
const MAX_HOPS = 5;

export type ChangeStatus = 'NEW' | 'CONTINUED' | 'DROPPED';
export type TargetStatus = 'RAISED' | 'LOWERED' | 'UNCHANGED' | 'NEW' | 'DROPPED' | 'INCOMPARABLE';

export interface TaskChangeData {
  status: ChangeStatus;
  from: NodeView | null;
  to: NodeView | null;
  hops: number;
  score: number | null;
  evidence: SourceSpan[];
}
export interface ProjectChangeData {
  status: ChangeStatus;
  from: NodeView | null;
  to: NodeView | null;
  matchedBy: 'NAME' | 'DOMAIN' | null;
}
export interface TargetChangeData {
  status: TargetStatus;
  indicatorId: string;
  from: GraphRelationship | null;
  to: GraphRelationship | null;
  ratio: number | null;
}
export interface PlanDiffData {
  from: NodeView;
  to: NodeView;
  tasks: TaskChangeData[];
  projects: ProjectChangeData[];
  targets: TargetChangeData[];
}

/** For each task of `from`, the tasks of `to` reached by CONTINUED_BY within MAX_HOPS, with the links walked. */
async function continuations(ctx: ApiContext, fromTasks: NodeView[], toIds: ReadonlySet<string>) {
  const reached = new Map<string, { to: string; links: GraphRelationship[] }[]>();
  let frontier = fromTasks.map((t) => ({ origin: t.id, at: t.id, links: [] as GraphRelationship[] }));
  const seen = new Set(frontier.map((f) => `${f.origin}>${f.at}`));
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0; hop++) {
    const next: typeof frontier = [];
    const outs = await Promise.all(frontier.map((f) => relsOf(ctx, f.at, 'OUT', ['CONTINUED_BY'])));
    frontier.forEach((f, i) => {
      for (const rel of outs[i] ?? []) {
        const key = `${f.origin}>${rel.to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const links = [...f.links, rel];
        if (toIds.has(rel.to)) {
          const list = reached.get(f.origin) ?? [];
          list.push({ to: rel.to, links });
          reached.set(f.origin, list);
        } else next.push({ origin: f.origin, at: rel.to, links });
      }
    });
    frontier = next;
  }
  return reached;
}

async function taskChanges(ctx: ApiContext, from: NodeView, to: NodeView): Promise<TaskChangeData[]> {
  const [fromTasks, toTasks] = (await Promise.all([ownedTasks(ctx, from.id, true), ownedTasks(ctx, to.id, true)])).map((l) =>
    l.map((t) => t.node),
  );
  const toById = new Map((toTasks ?? []).map((t) => [t.id, t]));
  const reached = await continuations(ctx, fromTasks ?? [], new Set(toById.keys()));
  const out: TaskChangeData[] = [];
  const continued = new Set<string>();
  for (const task of fromTasks ?? []) {
    const paths = reached.get(task.id) ?? [];
    if (paths.length === 0) {
      out.push({ status: 'DROPPED', from: task, to: null, hops: 0, score: null, evidence: task.sources.slice(0, 1) });
      continue;
    }
    for (const p of paths) {
      continued.add(p.to);
      const later = toById.get(p.to) as NodeView;
      // a chain is as strong as its weakest link; its evidence quotes every link
      const links = p.links.map((l) => toLink(l));
      out.push({
        status: 'CONTINUED',
        from: task,
        to: later,
        hops: p.links.length,
        score: Math.min(...links.map((l) => l.score)),
        evidence: dedupe([...task.sources.slice(0, 1), ...links.flatMap((l) => l.evidence), ...later.sources.slice(0, 1)]),
      });
    }
  }
  for (const task of toTasks ?? []) {
    if (!continued.has(task.id))
      out.push({ status: 'NEW', from: null, to: task, hops: 0, score: null, evidence: task.sources.slice(0, 1) });
  }
  return out;
}

function dedupe(spans: SourceSpan[]): SourceSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.document}:${s.start}:${s.end}`;
    return !seen.has(k) && (seen.add(k), true);
  });
}

async function projectsOf(ctx: ApiContext, plan: NodeView): Promise<NodeView[]> {
  const rels = await relsOf(ctx, plan.id, 'OUT', ['HAS_PROJECT']);
  return (
    await loadAll(
      ctx,
      rels.map((r) => r.to),
      ['EngineeringProject'],
    )
  ).sort(byReadingOrder);
}

function projectChanges(fromProjects: NodeView[], toProjects: NodeView[]): ProjectChangeData[] {
  const out: ProjectChangeData[] = [];
  const taken = new Set<string>();
  const pick = (test: (p: NodeView) => boolean) => toProjects.find((p) => !taken.has(p.id) && test(p));
  const pairs = new Map<string, { to: NodeView; by: 'NAME' | 'DOMAIN' }>();
  for (const p of fromProjects) {
    const same = pick((q) => q.name === p.name);
    if (same) {
      taken.add(same.id);
      pairs.set(p.id, { to: same, by: 'NAME' });
    }
  }
  for (const p of fromProjects) {
    if (pairs.has(p.id) || typeof p.domain !== 'string') continue;
    const same = pick((q) => q.domain === p.domain);
    if (same) {
      taken.add(same.id);
      pairs.set(p.id, { to: same, by: 'DOMAIN' });
    }
  }
  for (const p of fromProjects) {
    const pair = pairs.get(p.id);
    out.push(
      pair ? { status: 'CONTINUED', from: p, to: pair.to, matchedBy: pair.by } : { status: 'DROPPED', from: p, to: null, matchedBy: null },
    );
  }
  for (const q of toProjects) if (!taken.has(q.id)) out.push({ status: 'NEW', from: null, to: q, matchedBy: null });
  return out;
}

/** The plan's targets per indicator: the last one by year (then reading order), as the plan's word on it. */
async function lastTargets(ctx: ApiContext, tasks: NodeView[]): Promise<Map<string, GraphRelationship>> {
  const rels = (await Promise.all(tasks.map((t) => relsOf(ctx, t.id, 'OUT', ['SETS_TARGET'])))).flat();
  const year = (r: GraphRelationship) => (typeof r.properties.year === 'number' ? r.properties.year : -Infinity);
  const out = new Map<string, GraphRelationship>();
  for (const r of rels) {
    const known = out.get(r.to);
    if (!known || year(r) > year(known)) out.set(r.to, r);
  }
  return out;
}

function targetChanges(before: Map<string, GraphRelationship>, after: Map<string, GraphRelationship>): TargetChangeData[] {
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids.map((indicatorId) => {
    const from = before.get(indicatorId) ?? null;
    const to = after.get(indicatorId) ?? null;
    if (!from) return { status: 'NEW', indicatorId, from, to, ratio: null };
    if (!to) return { status: 'DROPPED', indicatorId, from, to, ratio: null };
    const [a, b] = [Number(from.properties.value), Number(to.properties.value)];
    const unit = (r: GraphRelationship) => (typeof r.properties.unit === 'string' ? r.properties.unit : null);
    if (!unitsAgree(unit(from), unit(to)) || !Number.isFinite(a) || !Number.isFinite(b))
      return { status: 'INCOMPARABLE', indicatorId, from, to, ratio: null };
    const status: TargetStatus = b > a ? 'RAISED' : b < a ? 'LOWERED' : 'UNCHANGED';
    return { status, indicatorId, from, to, ratio: a === 0 ? null : b / a };
  });
}

export async function planDiff(ctx: ApiContext, from: NodeView, to: NodeView): Promise<PlanDiffData> {
  const [tasks, fromProjects, toProjects, fromTasks, toTasks] = await Promise.all([
    taskChanges(ctx, from, to),
    projectsOf(ctx, from),
    projectsOf(ctx, to),
    ownedTasks(ctx, from.id, true),
    ownedTasks(ctx, to.id, true),
  ]);
  const [before, after] = await Promise.all([
    lastTargets(
      ctx,
      fromTasks.map((t) => t.node),
    ),
    lastTargets(
      ctx,
      toTasks.map((t) => t.node),
    ),
  ]);
  await ctx.loaders.preloadDocuments(tasks.flatMap((t) => t.evidence.map((s) => s.document)));
  return { from, to, tasks, projects: projectChanges(fromProjects, toProjects), targets: targetChanges(before, after) };
}

/** The plan's series (系列): plans joined by SUCCEEDS either way, oldest first. */
export async function planSeries(ctx: ApiContext, plan: NodeView): Promise<NodeView[]> {
  const found = new Map<string, NodeView>([[plan.id, plan]]);
  let frontier = [plan.id];
  for (let hop = 0; hop < 50 && frontier.length > 0; hop++) {
    const rels = (
      await Promise.all(
        frontier.map((id) =>
          relsOf(ctx, id, 'OUT', ['SUCCEEDS']).then(async (o) => [...o, ...(await relsOf(ctx, id, 'IN', ['SUCCEEDS']))]),
        ),
      )
    ).flat();
    const ids = rels.flatMap((r) => [r.from, r.to]).filter((id) => !found.has(id));
    const nodes = await loadAll(ctx, ids, ['Plan']);
    for (const n of nodes) found.set(n.id, n);
    frontier = nodes.map((n) => n.id);
  }
  const year = (p: NodeView) => (typeof p.year === 'number' ? p.year : Infinity);
  return [...found.values()].sort((a, b) => year(a) - year(b) || byReadingOrder(a, b));
}
