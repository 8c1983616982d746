import { link } from '../../../src/ingest/link';
import { relationshipId, type Graph, type GraphRelationship } from '../../../src/model';
import { GraphBuilder, seedText } from './fixture';

// Lineage on a hand-built graph of real seed clauses: the 2023 plan (001), the 2024 report
// (000), the 2025 plan (003) and the 2025 half-year summary (004).

const D23 = '001_2347e63f3516f4ec';
const D24 = '000_526428257d139060';
const D25 = '003_204df86a34e42382';
const D25H1 = '004_3695672b474745f3';

function seedGraph() {
  const b = new GraphBuilder()
    .document(D23, seedText(D23), '2023')
    .document(D24, seedText(D24), '2024')
    .document(D25, seedText(D25), '2025')
    .document(D25H1, seedText(D25H1), '2025H1');
  const base5g = b.entity('Indicator', '5G基站数', ['5G基站']);
  const t23g = b.clause('Task', D23, '累计5G基站数达3.35万个', { year: 2023 });
  const r24g = b.clause('Result', D24, '累计开通5G基站4.27万个', { year: 2024 });
  const t25g = b.clause('Task', D25, '力争5G基站数达4.5万个', { year: 2025 });
  b.edge('SETS_TARGET', t23g, base5g, { value: 33500, year: 2023 });
  b.edge('MEASURED', r24g, base5g, { value: 42700, year: 2024 });
  b.edge('SETS_TARGET', t25g, base5g, { value: 45000, year: 2025 });

  const brain = b.entity('Platform', '城市云脑');
  const brain2 = b.entity('Platform', '城市云脑2.0');
  b.edge('RELATED_TO', brain2, brain);
  const project = b.entity('EngineeringProject', '城市云脑能力提升工程');
  b.edge('INVOLVES', project, brain);
  const t23c = b.clause('Task', D23, '新增各类资源总量不少于1000项', { year: 2023 });
  b.edge('HAS_TASK', project, t23c);
  const r24c = b.clause('Result', D24, '城市云脑整合共享39万项政务数字资源', { year: 2024 });
  b.edge('INVOLVES', r24c, brain);
  const t25c = b.clause('Task', D25, '建成“城市云脑2.0”', { year: 2025 });
  b.edge('INVOLVES', t25c, brain2);
  const r25c = b.clause('Result', D25H1, '实施城市云脑2.0建设攻坚', { period: '2025H1' });
  b.edge('INVOLVES', r25c, brain2);

  const t25o = b.clause('Task', D25, '发布数字青岛开放场景清单', { year: 2025 });
  const r25o = b.clause('Result', D25H1, '发布2025年数字青岛开放场景清单', { period: '2025H1' });
  const r24w = b.clause('Result', D24, '累计建成“无废细胞”779个', { year: 2024 });
  return { b, graph: b.graph, base5g, brain, brain2, t23g, r24g, t25g, t23c, r24c, t25c, r25c, t25o, r25o, r24w };
}

const find = (rels: GraphRelationship[], type: string, from: { id: string }, to: { id: string }) =>
  rels.find((r) => r.type === type && r.from === from.id && r.to === to.id);

describe('link on seed clauses', () => {
  const s = seedGraph();
  const rels = link(s.graph);

  it('links the 2023 5G target to the 2024 5G report through the shared indicator', () => {
    const r = find(rels, 'LED_TO', s.t23g, s.r24g)!;
    expect(r).toBeDefined();
    expect(r.properties).toMatchObject({ basis: 'indicator', via: s.base5g.id });
    expect(r.properties.score).toBeGreaterThanOrEqual(0.9);
    expect(r.id).toBe(relationshipId('LED_TO', s.t23g.id, s.r24g.id));
  });

  it('carries the task and result clauses as evidence, each equal to its slice', () => {
    const r = find(rels, 'LED_TO', s.t23g, s.r24g)!;
    expect(r.sources.map((x) => x.text)).toEqual(['累计5G基站数达3.35万个', '累计开通5G基站4.27万个']);
    for (const span of r.sources) {
      const doc = s.graph.documents.find((d) => d.id === span.document)!;
      expect(doc.text.slice(span.start, span.end)).toBe(span.text);
    }
    // The very span the task cites, held once: no copy of the clause per derived link.
    expect(r.sources[0]).toBe(s.t23g.sources[0]);
  });

  it('continues the 2023 5G target into the 2025 target, never backwards in time', () => {
    expect(find(rels, 'CONTINUED_BY', s.t23g, s.t25g)?.properties.basis).toBe('indicator');
    expect(find(rels, 'CONTINUED_BY', s.t25g, s.t23g)).toBeUndefined();
    expect(find(rels, 'LED_TO', s.t25g, s.r24g)).toBeUndefined();
  });

  it("links a task to a result through its project's platform (城市云脑)", () => {
    const r = find(rels, 'LED_TO', s.t23c, s.r24c)!;
    expect(r.properties).toMatchObject({ basis: 'platform', via: s.brain.id });
  });

  it('links 建成“城市云脑2.0” to the 2025H1 城市云脑2.0 result, more strongly than the 2023 task', () => {
    const direct = find(rels, 'LED_TO', s.t25c, s.r25c)!;
    expect(direct.properties).toMatchObject({ basis: 'platform', via: s.brain2.id });
    const viaParent = find(rels, 'LED_TO', s.t23c, s.r25c)!;
    expect(viaParent.properties.basis).toBe('platform');
    expect(direct.properties.score as number).toBeGreaterThan(viaParent.properties.score as number);
  });

  it('links by wording alone when nothing else is shared, with no via', () => {
    const r = find(rels, 'LED_TO', s.t25o, s.r25o)!;
    expect(r.properties.basis).toBe('text');
    expect(r.properties.via).toBeUndefined();
  });

  it('ranks indicator over platform over text', () => {
    const score = (r: GraphRelationship | undefined) => r!.properties.score as number;
    expect(score(find(rels, 'LED_TO', s.t23g, s.r24g))).toBeGreaterThan(score(find(rels, 'LED_TO', s.t25c, s.r25c)));
    expect(score(find(rels, 'LED_TO', s.t25c, s.r25c))).toBeGreaterThan(score(find(rels, 'LED_TO', s.t25o, s.r25o)));
  });

  it('does not link unrelated clauses', () => {
    expect(rels.filter((r) => r.to === s.r24w.id)).toEqual([]);
    expect(find(rels, 'LED_TO', s.t23g, s.r24c)).toBeUndefined();
  });

  it('returns only LED_TO and CONTINUED_BY, and minScore drops the weak ones', () => {
    expect(new Set(rels.map((r) => r.type))).toEqual(new Set(['LED_TO', 'CONTINUED_BY']));
    const strong = link(s.graph, { minScore: 0.85 });
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.every((r) => r.properties.basis === 'indicator')).toBe(true);
  });

  it('gives the same output whatever the input order', () => {
    const shuffled: Graph = {
      documents: [...s.graph.documents].reverse(),
      nodes: [...s.graph.nodes].reverse(),
      relationships: [...s.graph.relationships].reverse(),
    };
    expect(link(shuffled)).toEqual(rels);
  });
});
