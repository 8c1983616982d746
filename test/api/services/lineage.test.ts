import { toLink, toPath } from '../../../src/api/services';
import { ids, planGraph } from '../../fixtures/graph/plan-graph';

const node = (id: string) => planGraph.nodes.find((n) => n.id === id)!;
const rel = (id: string) => planGraph.relationships.find((r) => r.id === id)!;

describe('toLink', () => {
  it('maps basis, via and score and keeps evidence quoting both sentences', () => {
    const link = toLink(rel(ids.led5G), node(ids.task23FiveG), node(ids.result24FiveG));
    expect(link).toMatchObject({ basis: 'INDICATOR', viaId: ids.fiveG, score: 0.9 });
    expect(link.evidence.map((e) => e.text)).toEqual(['累计5G基站数达3.35万个', '累计开通5G基站4.27万个']);
  });

  it('adds an end’s sentence when the derived edge does not quote it', () => {
    const bare = { ...rel(ids.ledBrain), sources: [] };
    const link = toLink(bare, node(ids.task23Brain), node(ids.result24Brain));
    expect(link.evidence.map((e) => e.text)).toEqual(['实施城市云脑能力提升工程', '城市云脑整合共享39万项政务数字资源']);
    expect(link.basis).toBe('PLATFORM');
  });

  it('is built once per relationship and ends, and again when an end is another record', () => {
    const r = rel(ids.led5G);
    const link = toLink(r, node(ids.task23FiveG), node(ids.result24FiveG));
    expect(toLink(r, node(ids.task23FiveG), node(ids.result24FiveG))).toBe(link);
    const withoutSources = { ...node(ids.result24FiveG), sources: [] };
    const other = toLink(r, node(ids.task23FiveG), withoutSources);
    expect(other).not.toBe(link);
    expect(other.evidence.map((e) => e.text)).toEqual(['累计5G基站数达3.35万个', '累计开通5G基站4.27万个']);
  });
});

describe('toPath', () => {
  it('keeps path order and says which hops walk an edge backwards', () => {
    const hop1 = rel(ids.target23FiveG);
    const back = planGraph.relationships.find((r) => r.type === 'SETS_TARGET' && r.from === ids.task25FiveG)!;
    const path = toPath({ nodeIds: [ids.task23FiveG, ids.fiveG, ids.task25FiveG], relationships: [hop1, back] });
    expect(path.steps.map((s) => [s.type, s.fromId, s.toId, s.forward])).toEqual([
      ['SETS_TARGET', ids.task23FiveG, ids.fiveG, true],
      ['SETS_TARGET', ids.fiveG, ids.task25FiveG, false],
    ]);
    expect(path.length).toBe(2);
  });
});
