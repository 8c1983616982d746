import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A task table's role columns give their bodies the role the header names. The table is the published layout as
// recalled from 深圳市数字孪生先锋城市建设行动计划（2023）的重点任务分工表 (rows shortened); not from the corpus.

const table = [
  '深圳市数字孪生先锋城市建设行动计划（2023）重点任务分工表',
  '序号\t重点任务\t牵头单位\t配合单位',
  '1\t建设全市域时空信息平台\t市规划和自然资源局\t市政务服务数据管理局、市工业和信息化局',
  '2\t建设智能算力中心\t市发展改革委\t市科技创新委、鹏城实验室',
].join('\n');

describe('roles by a task table’s columns', () => {
  it('gives the bodies under 牵头单位 the lead and those under 配合单位 the part of cooperating', () => {
    const graph = buildGraph([record('shenzhen', table)]);
    const name = (id: string) => graph.nodes.find((n) => n.id === id)?.name;
    const roles = new Map<string, Set<unknown>>();
    for (const r of graph.relationships.filter((x) => x.type === 'RESPONSIBLE_FOR')) {
      const n = name(r.from) ?? '';
      roles.set(n, (roles.get(n) ?? new Set()).add(r.properties.role));
    }
    expect([...(roles.get('市规划和自然资源局') ?? [])]).toEqual(['leads']);
    expect([...(roles.get('市发展改革委') ?? [])]).toEqual(['leads']);
    expect([...(roles.get('市工业和信息化局') ?? [])]).toEqual(['cooperates']);
    expect([...(roles.get('鹏城实验室') ?? [])]).toEqual(['cooperates']);
  });
});
