import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A plan's name a print layout wraps over two lines is read whole (src/ingest/extract/plans/named-plans.ts,
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

describe('plan names a page number breaks, and quoted names wrapped after their quote (063, 067)', () => {
  const LAID_OUT = [
    '（一）强化统筹协调。加强部门协同，统筹实施智能制造',
    '工程，深入开展技术攻关、装备创新、示范应用、标准化、人',
    '才培养等。加强央地协作，鼓励地方出台配套政策和法律法规，',
    '引导各类社会资源聚集，形成系统推进工作格局。充分发挥智',
    '能制造专家咨询委员会及相关高校、科研机构、专业智库作用，',
    '开展智能制造前瞻性、战略性重大问题研究。鼓励企业结合自',
    '身实际加快实施智能制造，持续做好安全生产和环境保护工',
    '作。',
    '（二）加大财政金融支持。加强国家重大科技项目、国家',
    '14',
    '重点研发计划等对智能制造领域的支持。落实首台套重大技术',
    '装备和研发费用加计扣除等支持政策。鼓励国家相关产业基',
    '融合作平台作用，鼓励地方探索实施“科技产业金融一体化”',
    '专项和“补贷保”联动试点，引导金融资源为智能检测装备',
    '产业提供精准有效支持。鼓励符合条件的企业通过股权、债',
  ].join('\n');
  const names = buildGraph([record('laid-out', LAID_OUT)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

  it('reads a name over the page number printed inside it, without the number', () => {
    expect(names).toContain('国家重点研发计划');
  });

  it('reads a quoted name whose head the layout wraps to the next line', () => {
    expect(names).toContain('“科技产业金融一体化”专项');
  });
});

describe('a paragraph’s first line, two characters short of the layout’s width (session 16)', () => {
  // 066's opening lines as its PDF lays them out: the first line lost its two-character indent.
  const OPENING = [
    '持续推进数字技术适老化是践行积极应对人口老龄化',
    '战略的重要举措，也是实施《无障碍环境建设法》的内在要',
    '求。为深入贯彻习近平总书记关于解决老年人运用智能技术',
    '困难的重要指示精神，更好满足老年人日益增长的数字生活',
    '和信息服务需求，纵深推进工业和信息化领域数字技术适老',
    '化高质量发展，助力构建信息通畅、体验舒适的无障碍环境，',
    '制定本方案。',
  ].join('\n');

  it('is wrapped too: a name it breaks is read whole (积极应对人口老龄化⏎战略)', () => {
    const plans = buildGraph([record('laid-out', OPENING)]).nodes.filter((n) => n.label === 'Plan');
    expect(plans.map((n) => n.name)).toContain('积极应对人口老龄化战略');
  });
});
