import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Funding programmes written as 项目 beside funding plans in one list (test/fixtures/corpus 028, 037, 051, 031).

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('programmes listed beside funding plans', () => {
  it('reads a 项目 item opened by a level as a programme, the list’s last item before 的 (028)', () => {
    const text =
      '对牵头承担或参与实施人工智能相关领域国家科技重大专项、国家重点研发计划和山东省厅市会商项目的单位，按照国拨经费或省拨经费实际到账额的15%对承担单位给予经费补助。';
    expect(names(text)).toEqual(expect.arrayContaining(['国家科技重大专项', '国家重点研发计划', '山东省厅市会商项目']));
  });

  it('reads the item before 等 and the last item closing its clause (051, 037)', () => {
    expect(names('在省重点研发计划、省新旧动能转换重大产业攻关项目等中重点支持大模型创新。')).toContain('省新旧动能转换重大产业攻关项目');
    expect(names('鼓励企业（单位）牵头承担或参与实施国家科技重大专项、国家重点研发计划和省重大科技创新项目。')).toContain(
      '省重大科技创新项目',
    );
  });

  it('reads a funding plan after such an item by its words alone, the list summed as 专项 (067)', () => {
    const text = '（二）加大政策支持\n加强国家创新重大项目、重点研发计划等专项对智能检\n测技术、装备和人才的支持，加强联合技术攻关。';
    expect(names(text)).toEqual(expect.arrayContaining(['国家创新重大项目', '重点研发计划']));
  });

  it('reads no 项目 item without a level, a kind of works (031)', () => {
    const text = '科学审慎地修订规划和滚动编制阶段性重点项目、行动计划。统筹实施各类工程项目和行动计划，持续提高规划实施效能。';
    expect(names(text).filter((n) => n.endsWith('项目'))).toEqual([]);
  });
});
