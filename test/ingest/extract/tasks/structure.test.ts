import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { SEED, seedRecords } from '../../../fixtures/genre/records';

// Structure beyond one sentence, on the seeds: projects inside a project's section are part of
// it, and a figure right after a platform is named is about that platform.

const graph = buildGraph(seedRecords());
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const edges = (type: string) =>
  graph.relationships.filter((r) => r.type === type).map((r) => ({ r, from: byId.get(r.from)!, to: byId.get(r.to)! }));
const inDoc = (n: GraphNode, doc: string) => n.sources.some((s) => s.document === doc);

describe('project hierarchy', () => {
  it('puts the sub-工程 of the 2023 plan’s 数字政府场景变革创新 section under it, not beside it', () => {
    const parts = edges('PART_OF').filter((e) => e.to.label === 'EngineeringProject');
    const under = parts.filter((e) => e.to.name === '数字政府场景变革创新').map((e) => e.from.name);
    expect(under).toEqual(expect.arrayContaining(['城市云脑能力提升工程', '网上政务服务提升工程', '新型数字政府基础设施筑基工程']));
    expect(parts.find((e) => e.from.name === '底线民生服务样板工程')?.to.name).toBe('数字社会服务变革创新');
    // The six section projects themselves stay top-level.
    expect(parts.filter((e) => e.from.name.endsWith('变革创新'))).toEqual([]);
  });
});

describe('values in a platform’s paragraph', () => {
  const scoped = edges('INVOLVES').filter((e) => e.r.properties.scope === 'paragraph');
  it('ties 节省财政资金479万元 to the platform its sentence opened with, with the span that justifies it', () => {
    const e = scoped.find((x) => x.from.name.includes('节省财政资金479万元'))!;
    expect(e.to.name).toBe('城市云脑通用服务平台');
    expect(e.r.sources[0].text.startsWith('城市云脑通用服务平台')).toBe(true);
    expect(e.r.sources[0].text.endsWith('479万元')).toBe(true);
    expect(inDoc(e.from, SEED.summary2025)).toBe(true);
  });

  it('ties 累计节约费用超8036万元 to “全市一家医院”', () => {
    expect(scoped.find((x) => x.from.name.includes('8036万元'))?.to.name).toBe('全市一家医院');
  });
});

describe('values in a paragraph led by a platform', () => {
  // 004: 一是实施城市云脑2.0建设攻坚。建立资源能力共享清单……持续加强低空、视频、物联感知、AI算法等重点共性应用
  // 支撑能力,拓展城市"空天地网"感知维度。视频汇聚31万路,AI算法450余个,落库物联感知数据5.7亿余条,"智慧低空"
  // 调度无人机累计飞行1.4万余架次……
  const led = edges('INVOLVES').filter((e) => e.r.properties.scope === 'lead');
  it('ties the figures of the 城市云脑2.0 paragraph to 城市云脑2.0, quoting from the lead to the figure', () => {
    const to = (part: string) => led.find((x) => x.from.name.includes(part));
    for (const part of ['视频汇聚31万路', 'AI算法450余个', '5.7亿余条']) expect(to(part)?.to.name).toBe('城市云脑2.0');
    const e = to('视频汇聚31万路')!;
    expect(e.r.sources[0].text.startsWith('城市云脑2.0')).toBe(true);
    expect(e.r.sources[0].text.endsWith('31万路')).toBe(true);
  });

  it('leaves a figure with its own platform (“智慧低空”…1.4万余架次) to that platform', () => {
    expect(led.find((x) => x.from.name.includes('1.4万余架次'))).toBeUndefined();
  });
});
