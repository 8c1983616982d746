import { buildGraph } from '../../../src/ingest';
import { seedRecords } from '../../fixtures/genre/records';

// 004 (一是实施城市云脑2.0建设攻坚): 城市云脑通用服务平台新增政务服务大模型、数字人等通用能力,上半年通过资源共享
// 节省财政资金479万元。 A platform named after another, with a platform's name after it, is a part of it.

const g = buildGraph(seedRecords());
const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
const related = g.relationships.filter((r) => r.type === 'RELATED_TO').map((r) => [name(r.from), r.properties.kind, name(r.to)]);

describe('platforms named after their whole', () => {
  it('relates 城市云脑通用服务平台 to 城市云脑 as a part, next to the 2.0 version', () => {
    expect(related).toContainEqual(['城市云脑通用服务平台', 'part', '城市云脑']);
    expect(related).toContainEqual(['城市云脑2.0', 'version', '城市云脑']);
  });

  it('makes no whole of a bare kind word or of a name that is no platform (青岛大数据交易中心)', () => {
    expect(related.filter(([from]) => from === '青岛大数据交易中心')).toEqual([]);
    for (const [, , to] of related) expect(g.nodes.find((n) => n.label === 'Platform' && n.name === to)).toBeDefined();
  });

  // 000: 卡奥斯打造首个千亿级工业互联网品牌 / 004: 卡奥斯天数大数据平台; 提升城市云脑一体化数智平台支撑能力
  it('draws a part edge only from a name that opens with its whole', () => {
    expect(related.filter(([, kind]) => kind === 'part')).toEqual(
      expect.arrayContaining([
        ['卡奥斯天数大数据平台', 'part', '卡奥斯'],
        ['城市云脑一体化数智平台', 'part', '城市云脑'],
      ]),
    );
    for (const [from, kind, to] of related) if (kind === 'part') expect(String(from).startsWith(String(to))).toBe(true);
  });
});
