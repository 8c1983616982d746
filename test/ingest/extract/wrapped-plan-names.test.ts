import { buildGraph } from '../../../src/ingest';
import { record } from '../../fixtures/genre/records';

// A plan's name a print layout wraps over two lines is read whole (src/ingest/extract/named-plans.ts,
// read in wrapped.ts's view), on lines of the 2023 smart test equipment plan as its PDF lays them out
// (test/fixtures/corpus 067).

const LINES = [
  '关，促进智能检测装备技术熟化和性能迭代提升。开展创新',
  '产品应用示范及普及推广行动，推动智能检测装备在机械、',
  '汽车、航空航天、电子、钢铁、石化、纺织、医药等行业应',
  '用示范和规模化推广。',
  '1.加强技术试验验证。鼓励优势企业、科研院所、第三',
  '方机构等搭建基于实际制造场景的智能检测装备试验验证',
  '平台，探索构建虚实结合的试验验证系统。开展性能、可靠',
  '性、安全以及用户工艺适配性等试验验证，完善制造工艺与',
  '检测技术相结合的各类数据库，促进智能检测装备迭代提升',
  '和优化升级。',
  '2.开展应用示范推广。制定智能检测装备推广应用指导',
  '目录，组织开展产需对接，宣传优秀装备应用案例。面向重',
  '点领域制造过程关键环节检测需求，示范推广智能检测装备',
].join('\n');

describe('plan names wrapped by a print layout', () => {
  const plans = buildGraph([record('laid-out', LINES)]).nodes.filter((n) => n.label === 'Plan');

  it('reads a campaign and a guidance list whose lines break inside their names', () => {
    expect(plans.map((n) => n.name)).toEqual(expect.arrayContaining(['创新产品应用示范及普及推广行动', '智能检测装备推广应用指导目录']));
  });

  it('keeps the span of the text as written, across the break', () => {
    const list = plans.find((n) => n.name === '智能检测装备推广应用指导目录');
    const span = list?.sources[0];
    expect(span && LINES.slice(span.start, span.end)).toBe('智能检测装备推广应用指导\n目录');
  });
});
