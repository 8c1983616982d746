import { MultiDirectedGraph } from 'graphology';
import type { GraphNode, GraphRelationship } from '../../../src/model';
import { commit } from '../../../src/graph/embedded/commit';
import { EmbeddedStore } from '../../../src/graph';
import { DOC_2023, DOC_2024, ids, planGraph, sliceOf } from '../../fixtures/graph/plan-graph';

// The commit step undoes itself when a step throws half-way (here: an edge to a node that does
// not exist, which planning would normally have refused).

function loaded() {
  const g = new MultiDirectedGraph<GraphNode, GraphRelationship>();
  for (const n of planGraph.nodes) g.addNode(n.id, n);
  for (const r of planGraph.relationships) if (g.hasNode(r.from)) g.addDirectedEdgeWithKey(r.id, r.from, r.to, r);
  return g;
}

/** Content, not insertion order (restored elements go back at the end). */
const dump = (g: MultiDirectedGraph<GraphNode, GraphRelationship>) => ({
  nodes: g.mapNodes((id, a) => JSON.stringify([id, a])).sort(),
  edges: g.mapEdges((id, a, s, t) => JSON.stringify([id, s, t, a])).sort(),
});

test('a commit that throws half-way leaves the graph exactly as it was', () => {
  const g = loaded();
  const before = JSON.stringify(dump(g));
  const fiveG = g.getNodeAttributes(ids.fiveG);
  expect(() =>
    commit(g, {
      nodeUpserts: [
        { ...fiveG, name: 'renamed' },
        { ...fiveG, id: 'Indicator:new', name: 'new' },
      ],
      relDeletes: [ids.led5G],
      nodeDeletes: [ids.task23Brain],
      relUpserts: [{ id: 'INVOLVES:x', type: 'INVOLVES', from: ids.task25Model, to: 'Platform:missing', properties: {}, sources: [] }],
    }),
  ).toThrow();
  expect(JSON.stringify(dump(g))).toBe(before);
  expect(g.getNodeAttributes(ids.fiveG).name).toBe('5G基站数');
  expect(g.hasNode('Indicator:new')).toBe(false);
});

test('a first commit into an empty graph that throws half-way leaves it empty (undoing a first load is clearing)', () => {
  const g = new MultiDirectedGraph<GraphNode, GraphRelationship>();
  const good = planGraph.relationships.find((r) => r.from === ids.task23Brain)!;
  expect(() =>
    commit(g, {
      nodeUpserts: planGraph.nodes,
      relDeletes: [],
      nodeDeletes: [],
      relUpserts: [good, { ...good, id: 'INVOLVES:x', type: 'INVOLVES', to: 'Platform:missing' }],
    }),
  ).toThrow();
  expect(g.order).toBe(0);
  expect(g.size).toBe(0);
  // The same graph object takes a good load afterwards.
  commit(g, { nodeUpserts: planGraph.nodes, relDeletes: [], nodeDeletes: [], relUpserts: [good] });
  expect(g.order).toBe(planGraph.nodes.length);
  expect(g.hasEdge(good.id)).toBe(true);
});

test('a commit that succeeds reports every change, including relationships a deleted node took along', () => {
  const g = loaded();
  const changes = commit(g, { nodeUpserts: [], relDeletes: [], nodeDeletes: [ids.task23Brain], relUpserts: [] });
  expect(changes.nodes).toEqual([{ id: ids.task23Brain, before: expect.objectContaining({ name: '实施城市云脑能力提升工程' }) }]);
  expect(changes.rels.map((c) => c.id).sort()).toEqual(
    planGraph.relationships
      .filter((r) => r.from === ids.task23Brain || r.to === ids.task23Brain)
      .map((r) => r.id)
      .sort(),
  );
});

test('a first commit lists no change per fact: the graph it filled is the change', () => {
  const g = new MultiDirectedGraph<GraphNode, GraphRelationship>();
  const changes = commit(g, { nodeUpserts: planGraph.nodes, relDeletes: [], nodeDeletes: [], relUpserts: [] });
  expect(changes).toEqual({ nodes: [], rels: [], fresh: true });
  expect(g.order).toBe(planGraph.nodes.length);
  // The next commit is not a first one: it lists its changes again.
  const next = commit(g, { nodeUpserts: [], relDeletes: [], nodeDeletes: [ids.task23Brain], relUpserts: [] });
  expect(next.fresh).toBeUndefined();
  expect(next.nodes.map((c) => c.id)).toEqual([ids.task23Brain]);
});

test('a first load is found by search and by name, as every load is', async () => {
  const store = new EmbeddedStore();
  await store.applyDocuments([sliceOf(planGraph, DOC_2023)]);
  expect((await store.findByName('Task', '实施城市云脑能力提升工程'))?.id).toBe(ids.task23Brain);
  expect((await store.search({ text: '城市云脑', limit: 5 })).map((h) => h.id)).toContain(ids.task23Brain);
});

describe('a bulk write (applyDocuments)', () => {
  it('is refused whole, changing nothing, when any slice points at a missing node', async () => {
    const store = new EmbeddedStore();
    await store.applyDocuments([sliceOf(planGraph, DOC_2023)]);
    const before = JSON.stringify(store.toGraph());
    const good = sliceOf(planGraph, DOC_2024);
    const broken = { ...good, relationships: [...good.relationships, { ...good.relationships[0], id: 'X:1', to: 'Task:missing' }] };
    await expect(store.applyDocuments([good, broken])).rejects.toThrow(/missing node Task:missing/);
    expect(JSON.stringify(store.toGraph())).toBe(before);
  });
});
