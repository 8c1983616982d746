import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Named 工程 on real text from corpus documents outside the gold (/work/shared/corpus: the 2014,
// 2015 and 2021 government work reports, a provincial education plan, an agricultural
// mechanisation opinion, a public transport guide, two provincial action plans): what is a
// project's name, and what only looks like one.

const projects = (g: Graph) => g.nodes.filter((n) => n.label === 'EngineeringProject');
const names = (g: Graph) => projects(g).map((n) => n.name);
const read = (text: string) => buildGraph([record('excerpt', text)]);

describe('the name of an inline project', () => {
  it('starts after 实施好, after a modifier ending in 的 and after 一批', () => {
    const g = read(
      [
        '实施好关键核心技术攻关工程，深入谋划推进“科技创新2030—重大项目”，改革科技重大专项实施方式，推广“揭榜挂帅”等机制。',
        '鼓励支持各地实施形式多样的教师关爱工程。',
        '国家集中力量建设一批重大水利工程，今年拟安排中央预算内水利投资700多亿元。',
      ].join('\n'),
    );
    expect(names(g).sort()).toEqual(['关键核心技术攻关工程', '教师关爱工程', '重大水利工程']);
  });

  it('keeps a count written inside the quotes (“十个全覆盖”工程) but reads no project from “四项工程”', () => {
    const g = read('按照“城乡统筹”的发展要求，深入实施“十个全覆盖”工程，五年来，完成投资4.2亿元。\n全面实施“四项工程”，推动城乡面貌改善。');
    expect(names(g)).toEqual(['十个全覆盖工程']);
  });

  it('does not cut a list of works at a 和 inside its first item', () => {
    const g = read('完成5000亩沙区治理、4万亩黑土地综合治理、8.4万亩退耕还林验收和养护、90万亩禁牧休牧等工程。');
    expect(names(g)).not.toContain('养护、90万亩禁牧休牧等工程');
    expect(names(g).some((n) => n.includes('退耕还林验收和养护'))).toBe(true);
  });

  it('starts after a plan joined before it (大科学计划和大科学工程) and reads none from 推进智能建造在工程建设…', () => {
    const g = read(
      [
        '对牵头承担或参与实施人工智能相关领域国际大科学计划和大科学工程等的机构，按照国拨经费给予支持。',
        '推进智能建造在工程建设各环节应用，推动建设领域数字化转型。',
      ].join('\n'),
    );
    expect(names(g)).toEqual(['大科学工程']);
  });

  it('reads two works joined by 和, each with its own act, as two projects', () => {
    const g = read('继续实施中心城区供水主管网改扩建和农村安全饮水工程，保障城乡供水安全。\n实施海拉尔河流域和北山生态环境保护工程。');
    expect(names(g).sort()).toEqual(['中心城区供水主管网改扩建工程', '农村安全饮水工程', '海拉尔河流域和北山生态环境保护工程']);
  });

  it('takes the last item of a list whose other items are plans (…质量提升计划、产教融合工程)', () => {
    const g = read('中央财政将继续加大投入力度，组织实施好现代职业教育质量提升计划、产教融合工程等。');
    expect(names(g)).toEqual(['产教融合工程']);
  });

  it('leaves the size of the works out of a quoted brand’s name (启动1.5万亩“菜篮子”工程)', () => {
    // 2017 Hailar district work report (tune).
    const g = read('推进农牧业生产基地集约化、标准化发展。启动1.5万亩“菜篮子”工程项目,打造高寒地区智慧型生态农业园区。');
    expect(names(g)).toEqual(['菜篮子工程']);
  });

  it('takes a quoted brand after a list of places as the name (奋斗镇、建设办“菜篮子”工程)', () => {
    const g = read('五年共投资6.2亿元，实施了奋斗镇、建设办“菜篮子”工程和哈克镇生态农业园区建设。');
    expect(names(g)).toEqual(['菜篮子工程']);
  });

  it('leaves 在建 out of 在建重大水利工程', () => {
    const g = read('重大水利工程已开工的57个项目要加快建设，今年再开工27个项目，在建重大水利工程投资规模超过8000亿元。');
    expect(names(g)).toEqual(['重大水利工程']);
  });
});

describe('a long list of works a means verb governs', () => {
  it('opens at the list, not inside its verb (033: 依托泰山学者、…“一事一议”等人才工程)', () => {
    const g = read(
      '持续优化人才环境，依托泰山学者、泰山产业领军人才、引进顶尖人才“一事一议”等人才工程，积极引进海外领军人才和高端技术人才。',
    );
    expect(names(g)).toEqual(['泰山学者、泰山产业领军人才、引进顶尖人才一事一议等人才工程']);
  });
});

describe('工程 that names no project', () => {
  it('reads the named items of a list, not the kind that sums them up after 等 (047)', () => {
    const g = read('深化泰山人才工程、“外专双百计划”等省级人才工程，精准实施配额制遴选机制。');
    expect(names(g)).toEqual(['泰山人才工程']);
  });

  it('is the works a guide is about (明确工程建设内容, 根据工程业务范围)', () => {
    const g = read(
      [
        '为更好指导各城市开展城市公共交通智能化应用示范工程建设，明确工程建设内容和建设要求，保证工程在不同层级间、不同城市客运方式间以及与相关信息系统的整体性、协调性和集约性，制定本指南。',
        '各城市应根据工程业务范围建设相应的业务应用系统，在保证实现工程建设目标的前提下，在工程相关单位间合理确定应用系统的功能模块和系统架构。',
        '统一支撑城市交通运输信息化发展的技术和保障体系，防止不同工程间技术体系分化，避免重复建设。',
      ].join('\n'),
    );
    expect(names(g)).toEqual(['城市公共交通智能化应用示范工程']);
  });

  it('is a discipline (农业工程类专业, 工程教育) or a field in a list of fields (能源工程等领域)', () => {
    const g = read(
      [
        '加强农业工程学科建设，制定中国特色农业工程类专业认证标准。',
        '支持高等院校招收农业工程类专业学生，扩大硕士、博士研究生培养规模。',
        '深化高校工程教育改革，加大理工科人才培养力度。',
        '关键核心技术攻关取得重要进展，载人航天、火星探测、资源勘探、能源工程等领域实现新突破。',
      ].join('\n'),
    );
    expect(names(g)).toEqual([]);
  });

  it('is one item of a list of fields closed by 等领域 (在载人航天、探月工程、深海工程、超级计算…等领域)', () => {
    const g = read('创新型国家建设成果丰硕，在载人航天、探月工程、深海工程、超级计算、量子信息等领域取得一批重大科技成果。');
    expect(names(g)).toEqual([]);
  });

  it('is one item of a list of industries (…海洋工程、节能环保、航空航天、文化创意等战略性新兴产业)', () => {
    const g = read('利用信息技术进一步提升新能源、新材料、新医药、海洋工程、节能环保、航空航天、文化创意等战略性新兴产业的发展水平。');
    expect(names(g)).toEqual([]);
  });

  it('is a kind of works ranked (建设重点水利工程)', () => {
    const g = read('适度超前开展基础设施投资。建设重点水利工程、综合立体交通网、重要能源基地和设施。');
    expect(names(g)).toEqual([]);
  });

  it('is an act alone (利用与处置工程项目) or planning of works (科技工程谋划)', () => {
    const g = read(
      [
        '推动固体废物收集、利用与处置工程项目和设施建设运行，在不具备条件的地区开展试点。',
        '推动与人才招引筹划、学科专业调整、科技工程谋划等的精准对接。',
      ].join('\n'),
    );
    expect(names(g)).toEqual([]);
  });

  it('is a figure of speech: “半拉子”工程, a 战略工程', () => {
    const g = read(
      [
        '加强政银企对接，合理保障重点项目特别是在建项目正常资金需求，防止出现“半拉子”工程。',
        '坚持把数字经济作为全省高质量发展的战略工程，纳入“一把手”工程。',
      ].join('\n'),
    );
    expect(names(g)).toEqual([]);
  });
});

describe('projects listed as headings', () => {
  // The layout of the plan: one blank line between lines.
  const PLAN = [
    '山东省服务业数字化转型行动方案（2021—2023）',
    '（四）金融服务产业数字化转型',
    '1.加快发展金融科技，探索人工智能、区块链等技术在供应链金融、支付清算、跨境贸易、金融交易等领域的应用。（牵头单位：省地方金融监管局）',
    '2.支持银行、保险、证券等金融行业拓展和推广营销、交易、合约、风控、理赔等金融业务数字化应用。（牵头单位：人民银行济南分行）',
    '四、实施服务业数字化转型重点工程',
    '（一）服务业数字化转型平台支撑工程',
    '1.加快推动现代服务业集聚区、服务业特色小镇、服务业创新中心等载体数字化转型。（牵头单位：省发展改革委）',
    '2.搭建数字化转型公共服务平台。加快培育一批集战略咨询、管理优化、解决方案创新、数字能力建设于一体的综合性服务平台。（牵头单位：省发展改革委、省工业和信息化厅）',
    '（二）服务业新业态新模式培育工程',
    '1.大力发展新零售，拓展无接触式消费体验，推行“无接触配送”。（牵头单位：省商务厅）',
  ].join('\n\n');

  it('reads a heading 工程 under a project’s heading as a part of it (PART_OF)', () => {
    const g = read(PLAN);
    const byId = new Map(g.nodes.map((n) => [n.id, n.name]));
    const parts = g.relationships.filter((r) => r.type === 'PART_OF').map((r) => [byId.get(r.from), byId.get(r.to)]);
    expect(parts.sort()).toEqual([
      ['服务业数字化转型平台支撑工程', '服务业数字化转型重点工程'],
      ['服务业新业态新模式培育工程', '服务业数字化转型重点工程'],
    ]);
  });

  it('reads run-in headings under 重点工程 as top-level projects', () => {
    const g = read(
      [
        '山东省人工智能产业发展意见',
        '  一、总体要求',
        '  到2025年，全省人工智能产业发展水平进入全国先进行列。',
        '  二、重点工程',
        '  （一）新一代信息技术产业智能提升工程。推动人工智能技术与云计算、大数据、边缘计算、物联网等技术协同。',
        ' （二）高端装备制造业智能提升工程。面向重点产业高质量发展需求，大力发展高端智能装备和产品。',
      ].join('\n'),
    );
    expect(names(g).sort()).toEqual(['新一代信息技术产业智能提升工程', '高端装备制造业智能提升工程']);
    expect(g.relationships.filter((r) => r.type === 'PART_OF')).toEqual([]);
  });

  it('does not take a heading that names only a rank (实施重点工程) for a project', () => {
    const g = read(
      [
        '山东省行动方案',
        '一、总体要求',
        '到2025年，全省产业发展水平进入全国先进行列。',
        '二、实施重点工程',
        '（一）新一代信息技术产业智能提升工程',
        '推动人工智能技术与云计算协同。',
      ].join('\n\n'),
    );
    expect(names(g)).toEqual(['新一代信息技术产业智能提升工程']);
  });
});

describe('a 工程 inside a list of fields (the 2015 and 2016 work reports, tune)', () => {
  it('names only its own item when the list goes on after it, and keeps a shared head where the list ends', () => {
    expect(names(read('超级计算、探月工程、卫星应用等重大科研项目取得新突破，我国自主研制的支线客机飞上蓝天。'))).toEqual(['探月工程']);
    expect(names(read('载人航天、探月工程、深海探测等项目达到世界先进水平。'))).toEqual(['探月工程']);
    expect(names(read('南水北调东、中线工程通水，惠及沿线亿万群众。'))).toEqual(['南水北调东、中线工程']);
  });
});

// The Hailar district's 2012 work report (corpus 012): lists of works before 等…工程 whose items carry
// their own quantities and acts, written as the report's results and plans.
describe('a list of works named before 等…工程', () => {
  it('is the name however long, with the quantity its first item opens with', () => {
    const g = read(
      [
        '城市基础设施进一步完善，11公里污水管网、16公里雨水管网、18公里供水管网和19公里城市道路等改扩建工程顺利完工。',
        '国家级森林城市创建工作全面深入，完成了6条城市道路、10处公园绿地、60个小区等城区绿化工程。',
      ].join('\n'),
    );
    expect(names(g).sort()).toEqual([
      '11公里污水管网、16公里雨水管网、18公里供水管网和19公里城市道路等改扩建工程',
      '6条城市道路、10处公园绿地、60个小区等城区绿化工程',
    ]);
  });

  it('opens after the verb that governs it, not at the acts of its items', () => {
    const g = read('继续实施国家中小河流治理、5000亩沙区治理、4万亩黑土地综合治理、8.4万亩退耕还林验收和养护、90万亩禁牧休牧等工程。');
    expect(names(g)).toEqual(['国家中小河流治理、5000亩沙区治理、4万亩黑土地综合治理、8.4万亩退耕还林验收和养护、90万亩禁牧休牧等工程']);
  });
});

describe('headings that list a plan’s projects', () => {
  // Qingdao's 2020 opinion on AI education (corpus 030, outside the gold): its tasks are headed by projects, under 三、主要任务.
  const OPINION = [
    '青岛市关于推进人工智能教育的实施意见',
    '　　三、主要任务',
    '　　（一）人工智能教育课程普及工程',
    '　　1.制定课程纲要。组建人工智能教育课程团队，以发展学生人工智能素养为导向，制定《青岛市中小学人工智能教育课程纲要》，形成贯通基础教育的人工智能教育课程体系。（装备信息中心、教科院）',
    '　　（二）人工智能教育基础建设工程',
    '　　1.超算中心扩容。全市统筹规划，区市分布实施，为课程全覆盖提供计算能力支撑。加大原有基础设备统筹利用，鼓励超算中心分时复用，提高核心设备利用率。（装备信息中心、各区、市教体局）',
    '　　四、保障措施',
    '　　（一）加强组织领导',
    '　　建立青岛市人工智能教育工作顶格协调推进机制，成立人工智能教育专项领导小组，负责研究协调、组织实施人工智能教育建设及应用重大问题。',
  ].join('\n');

  it('reads each heading of a run of sibling headings naming projects, with no verb and no heading of projects above', () => {
    const g = read(OPINION);
    expect(names(g).sort()).toEqual(['人工智能教育基础建设工程', '人工智能教育课程普及工程'].sort());
    expect(g.relationships.filter((r) => r.type === 'PART_OF' && projects(g).some((p) => p.id === r.from))).toEqual([]);
  });
});
