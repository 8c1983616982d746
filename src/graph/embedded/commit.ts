import type { GraphNode, GraphRelationship } from '../../model';
import type { WritePlan } from './plan-slice';
import type { FactGraph } from './state';

// Carrying out a plan on the live graph. Each step records its inverse; if anything throws, the
// inverses run in reverse order and the graph is as it was. The whole commit is synchronous, so
// no reader (all reads are on the same event loop) can see it half done.

export interface Change<T> {
  id: string;
  before?: T;
  after?: T;
}
export interface Changes {
  nodes: Change<GraphNode>[];
  rels: Change<GraphRelationship>[];
  /** The graph was empty before: every fact in it now is new, and none is listed above. */
  fresh?: boolean;
}

// Each step's inverse, made outside the steps: a closure there would give every step's call a
// context for what it captures, even when no inverse is kept.
const readdEdge = (g: FactGraph, id: string, r: GraphRelationship) => () => void g.addDirectedEdgeWithKey(id, r.from, r.to, r);
const restoreNode = (g: FactGraph, id: string, n: GraphNode) => () => g.replaceNodeAttributes(id, n);
const removeNode = (g: FactGraph, id: string) => () => g.dropNode(id);
const restoreEdge = (g: FactGraph, id: string, r: GraphRelationship) => () => g.replaceEdgeAttributes(id, r);
const removeEdge = (g: FactGraph, id: string) => () => g.dropEdge(id);
const readdNode = (g: FactGraph, id: string, n: GraphNode) => () => void g.addNode(id, n);

export function commit(graph: FactGraph, plan: WritePlan): Changes {
  const undo: (() => void)[] = [];
  // Into an empty graph (a first load), undoing is clearing: no inverse is kept per fact, which
  // on a large load is hundreds of thousands of closures alive until the commit ends. Nor is a
  // change listed per fact: the graph afterwards is the whole change (reindex reads it).
  const fresh = graph.order === 0;
  const changes: Changes = fresh ? { nodes: [], rels: [], fresh } : { nodes: [], rels: [] };

  const dropEdge = (id: string) => {
    const before = graph.getEdgeAttributes(id);
    graph.dropEdge(id);
    if (!fresh) {
      undo.push(readdEdge(graph, id, before));
      changes.rels.push({ id, before });
    }
  };
  const putNode = (n: GraphNode) => {
    if (graph.hasNode(n.id)) {
      const before = graph.getNodeAttributes(n.id);
      graph.replaceNodeAttributes(n.id, n);
      if (!fresh) {
        undo.push(restoreNode(graph, n.id, before));
        changes.nodes.push({ id: n.id, before, after: n });
      }
    } else {
      graph.addNode(n.id, n);
      if (!fresh) {
        undo.push(removeNode(graph, n.id));
        changes.nodes.push({ id: n.id, after: n });
      }
    }
  };
  const putEdge = (r: GraphRelationship) => {
    if (graph.hasEdge(r.id)) {
      const before = graph.getEdgeAttributes(r.id);
      if (before.from === r.from && before.to === r.to) {
        graph.replaceEdgeAttributes(r.id, r);
        if (!fresh) {
          undo.push(restoreEdge(graph, r.id, before));
          changes.rels.push({ id: r.id, before, after: r });
        }
        return;
      }
      dropEdge(r.id);
    }
    graph.addDirectedEdgeWithKey(r.id, r.from, r.to, r);
    if (!fresh) {
      undo.push(removeEdge(graph, r.id));
      changes.rels.push({ id: r.id, after: r });
    }
  };

  try {
    for (const n of plan.nodeUpserts) putNode(n);
    for (const id of plan.relDeletes) if (graph.hasEdge(id)) dropEdge(id);
    for (const id of plan.nodeDeletes) {
      // A deleted node takes its remaining relationships with it (as DETACH DELETE does).
      for (const e of [...new Set(graph.edges(id))]) dropEdge(e);
      const before = graph.getNodeAttributes(id);
      graph.dropNode(id);
      if (!fresh) {
        undo.push(readdNode(graph, id, before));
        changes.nodes.push({ id, before });
      }
    }
    for (const r of plan.relUpserts) putEdge(r);
  } catch (err) {
    if (fresh) graph.clear();
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
    throw err;
  }
  return changes;
}
