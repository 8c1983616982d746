import type { GraphRelationship, RelType } from '../../model';
import type { LineageQuery, PathResult, RelationshipQuery } from '../contract/graph-store';
import { byId, LINEAGE_LINK_TYPES, MAX_PATH_HOPS } from '../contract/facts';
import type { Adjacency } from './lazy-indexes';
import type { StoreState } from './state';

// Adjacency questions: neighbours, lineage across years, shortest connecting path.

/** A node's relationships by side and type, each list in id order (kept until the next write). */
function adjacencyOf(state: StoreState, id: string): Adjacency {
  return state.lazy.adjacency(id, () => {
    const adj: Adjacency = { out: new Map(), in: new Map() };
    const add = (side: Map<RelType, GraphRelationship[]>) => (_key: string, r: GraphRelationship) => {
      const list = side.get(r.type);
      if (list) list.push(r);
      else side.set(r.type, [r]);
    };
    state.graph.forEachOutEdge(id, add(adj.out));
    state.graph.forEachInEdge(id, add(adj.in));
    for (const side of [adj.out, adj.in]) for (const list of side.values()) list.sort(byId);
    return adj;
  });
}

// A relationship is met twice when both its ends are asked for (or a self-loop both ways); the
// lists are in id order, so after sorting a repeat sits next to its first.
export function relationships(state: StoreState, q: RelationshipQuery): GraphRelationship[] {
  const { graph } = state;
  const sides = q.direction === 'BOTH' ? (['out', 'in'] as const) : q.direction === 'OUT' ? (['out'] as const) : (['in'] as const);
  const types = q.types && q.types.length > 0 ? [...new Set(q.types)] : null;
  const lists: GraphRelationship[][] = [];
  for (const id of q.nodeIds) {
    if (!graph.hasNode(id)) continue;
    const adj = adjacencyOf(state, id);
    for (const side of sides) {
      if (!types) lists.push(...adj[side].values());
      else
        for (const t of types) {
          const list = adj[side].get(t);
          if (list) lists.push(list);
        }
    }
  }
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!.slice();
  const found = lists.flat().sort(byId);
  return found.filter((r, i) => i === 0 || found[i - 1] !== r);
}

/** Whether node `id` points at `target` by SETS_TARGET / MEASURED / INVOLVES. */
function linksTo(state: StoreState, id: string, target: string): boolean {
  const { graph } = state;
  if (!graph.hasNode(target)) return false;
  return graph.outEdges(id, target).some((e) => (LINEAGE_LINK_TYPES as readonly string[]).includes(graph.getEdgeAttributes(e).type));
}

function touches(state: StoreState, r: GraphRelationship, target: string | undefined): boolean {
  if (!target) return true;
  return r.properties.via === target || linksTo(state, r.from, target) || linksTo(state, r.to, target);
}

export function lineage(state: StoreState, q: LineageQuery): GraphRelationship[] {
  const types = q.types && q.types.length > 0 ? q.types : (['LED_TO'] as const);
  const year = (id: string) => state.graph.getNodeAttributes(id).properties.year;
  const key = JSON.stringify(['lineage', types, q.fromYear, q.toYear]);
  const span = state.lazy.memo(key, () => {
    const out: GraphRelationship[] = [];
    for (const t of types) {
      for (const id of state.byType.get(t) ?? []) {
        const r = state.graph.getEdgeAttributes(id);
        if (year(r.from) === q.fromYear && year(r.to) === q.toYear) out.push(r);
      }
    }
    const score = (r: GraphRelationship) => (typeof r.properties.score === 'number' ? r.properties.score : null);
    return out.sort((a, b) => {
      const sa = score(a),
        sb = score(b);
      if (sa === null || sb === null) {
        if (sa !== sb) return sa === null ? 1 : -1;
      } else if (sa !== sb) return sb - sa;
      return byId(a, b);
    });
  });
  return span.filter((r) => touches(state, r, q.indicatorId) && touches(state, r, q.platformId)).slice(0, Math.max(0, q.limit));
}

/** Hop distances to `to`, ignoring direction, up to `maxHops`. */
function distancesTo(state: StoreState, to: string, maxHops: number, stopAt: string): Map<string, number> {
  const dist = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= maxHops && frontier.length > 0 && !dist.has(stopAt); d++) {
    const next: string[] = [];
    for (const u of frontier) {
      state.graph.forEachNeighbor(u, (v) => {
        if (!dist.has(v)) {
          dist.set(v, d);
          next.push(v);
        }
      });
    }
    frontier = next;
  }
  return dist;
}

/** A shortest path; among several, the one whose node ids (then relationship ids) sort first. */
export function shortestPath(state: StoreState, from: string, to: string, maxHops: number): PathResult | null {
  const { graph } = state;
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const dist = distancesTo(state, to, Math.min(maxHops, MAX_PATH_HOPS), from);
  if (!dist.has(from)) return null;
  const nodeIds = [from];
  const rels: GraphRelationship[] = [];
  let u = from;
  while (u !== to) {
    const d = dist.get(u)!;
    const next = graph
      .neighbors(u)
      .filter((v) => dist.get(v) === d - 1)
      .sort()[0];
    const edges = [...graph.outEdges(u, next), ...graph.inEdges(u, next)].sort();
    rels.push(graph.getEdgeAttributes(edges[0]));
    nodeIds.push(next);
    u = next;
  }
  return { nodeIds, relationships: rels };
}
