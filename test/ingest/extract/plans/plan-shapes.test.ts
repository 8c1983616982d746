import { buildGraph } from '../../../../src/ingest';
import type { Graph, GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Plans named in the shapes real documents write them, each shown on a passage of a corpus
// document (/work/shared/corpus, quoted as the document writes it, line breaks included).

// eslint-disable-next-line @typescript-eslint/no-require-imports
const toTraditional = (require('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): (s: string) => string }).Converter({
  from: 'cn',
  to: 'tw',
});

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');
const names = (text: string) => plans(text).map((n) => n.name);
const graphOf = (text: string): Graph => buildGraph([record('passage', text)]);

describe('plans named in running text', () => {
  it('reads a 《》 title a PDF broke over two lines, without the break', () => {
    const text =
      '（一）数据基础制度加快构建\n2022 年12月，中共中央、国务院印发《关于构建数据基\n础制度更好发挥数据要素作用的意见》，系统提出我国数据基\n础制度框架。';
    expect(names(text)).toContain('关于构建数据基础制度更好发挥数据要素作用的意见');
  });

  it('reads each item of a list that shares its head: 制定实施A、B、C、D等条例', () => {
    const text = '取消所有省界高速公路收费站。制定实施优化营商环境、市场主体登记管理、促进个体工商户发展、保障中小企业款项支付等条例。';
    expect(names(text)).toEqual(
      expect.arrayContaining(['优化营商环境条例', '市场主体登记管理条例', '促进个体工商户发展条例', '保障中小企业款项支付条例']),
    );
  });

  it('reads a strategy that opens its clause before the verb (科教兴区、科技富民战略深入实施)', () => {
    const text = '新招聘教师176名，办学条件和教育水平整体提升。科技投入进一步加大，科教兴区、科技富民战略深入实施。';
    expect(names(text)).toEqual(expect.arrayContaining(['科教兴区战略', '科技富民战略']));
  });

  it('reads regional programmes named without a head word, in the enumeration after the verb', () => {
    const text =
      '增强区域发展平衡性协调性。统筹推进西部大开发、东北全面振兴、中部地区崛起、东部率先发展，中西部地区经济增速总体高于东部地区。';
    expect(names(text)).toEqual(['西部大开发', '东北全面振兴', '中部地区崛起', '东部率先发展']);
  });

  it('reads a region’s development written 开发, and the Hainan pilot free trade zone built', () => {
    // 2019 State Council work report (tune): the four regional strategies after one verb; 海南自贸试验区 is a region.
    const text = '推进西部开发、东北振兴、中部崛起、东部率先发展，出台一批改革创新举措。';
    expect(names(text)).toEqual(['西部开发', '东北振兴', '中部崛起', '东部率先发展']);
    expect(names('增设上海自贸试验区新片区，推进海南自贸试验区建设、探索建设中国特色自由贸易港。')).toContain('海南自贸试验区建设');
  });

  it('reads a region’s development that opens its clause before what it must do, or is raised to a strategy', () => {
    // 2019 State Council work report (tune).
    expect(names('长江经济带发展要坚持上中下游协同，加强生态保护修复和综合交通运输体系建设，打造高质量发展经济带。')).toContain(
      '长江经济带发展',
    );
    expect(names('将长三角区域一体化发展上升为国家战略，编制实施发展规划纲要。')).toContain('长三角区域一体化发展');
  });

  it('reads a regional programme followed by what it achieves, and every item of a list a cue verb opens', () => {
    // 2022 State Council work report: 推动西部大开发形成新格局; 自贸试验区 is no programme, 海南自由贸易港建设 is.
    expect(names('支持北京城市副中心建设。推动西部大开发形成新格局，推动东北振兴取得新突破，推动中部地区高质量发展。')).toEqual(
      expect.arrayContaining(['西部大开发', '东北振兴']),
    );
    expect(names('优化外资促进服务，推动重大项目加快落地。扎实推进自贸试验区、海南自由贸易港建设，推动开发区改革创新。')).toEqual([
      '海南自由贸易港建设',
    ]);
  });

  it('reads a national programme its name alone makes one wherever written, not where the name qualifies another noun', () => {
    // The 2015 work report (002, tune) and a provincial plan of 2024 (047, tune).
    expect(names('把“一带一路”建设与区域开发开放结合起来，加强新亚欧大陆桥、陆海口岸支点建设。')).toEqual(['“一带一路”建设']);
    expect(names('健康是群众的基本需求，我们要不断提高医疗卫生水平，打造健康中国。')).toEqual(['健康中国']);
    expect(names('发挥国际科技合作基地、“一带一路”联合实验室等作用，加大优势领域国际合作。')).not.toContain('一带一路');
  });

  it('reads the national policies and rules a work report names by their standing name (“约法三章”, the child policies)', () => {
    // The 2015 work report (002) and Hailar's 2016 one (016), both tune.
    expect(names('持之以恒纠正“四风”。严格执行国务院“约法三章”，政府性楼堂馆所、机关事业单位人员编制、“三公”经费得到有效控制。')).toContain(
      '约法三章',
    );
    expect(names('做好国家级妇幼健康优质服务示范区创建工作。切实抓好全面放开两孩政策的落实。')).toEqual(['全面放开两孩政策']);
    // The 2016 and 2019 work reports (003, 006): a national programme and the river and lake chiefs' regime.
    expect(names('深入推进新型城镇化。城镇化是现代化的必由之路，是我国最大的内需潜力和发展动能所在。')).toEqual(['新型城镇化']);
    expect(names('稳妥推进北方地区“煤改气”“煤改电”。全面建立河长制、湖长制。')).toEqual(expect.arrayContaining(['河长制', '湖长制']));
    // The 2022 work report (008, tune).
    expect(names('结算率达到60%。严格药品疫苗监管。实施三孩生育政策。加强养老服务。')).toEqual(['三孩生育政策']);
  });

  it('reads a quoted initiative built together (共建“一带一路”) and a programme named by its horizon year', () => {
    expect(names('鼓励省内技术成熟、产能充裕企业向境外转移产能或建立境外园区以及营销中心，参与共建“一带一路”，开展国际产能合作。')).toEqual(
      ['一带一路'],
    );
    expect(names('加快推进制造强国建设，深入实施“中国制造2025”，以信息技术与制造技术深度融合为主线。')).toEqual(['中国制造2025']);
    expect(names('美国“先进制造业领导力战略”、德国“国家工业\n战略 2030”、日本“社会 5.0”等以重振制造业为核心的发展战\n略。')).toEqual([
      '先进制造业领导力战略',
      '国家工业战略 2030',
    ]);
  });

  it('reads a law and an opinion named after a cue verb, but no 执法 or 方法', () => {
    expect(
      names('依照宪法和基本法有效实施对特别行政区的全面管治权，制定实施香港特别行政区维护国家安全法，落实“爱国者治港”原则。'),
    ).toContain('香港特别行政区维护国家安全法');
    expect(names('全面落实促进民营经济发展壮大的意见及配套举措，进一步解决市场准入、要素获取等方面问题。')).toEqual([
      '促进民营经济发展壮大的意见',
    ]);
    expect(names('推动行政审批、行政执法、公共资源交易等全流程数字化运行、管理和监督。')).toEqual([]);
  });

  it('does not take the amount a plan commits, nor a plan to be finished, for a plan’s name (Hailar 2016, 016)', () => {
    expect(names('具体来讲，就是要全力完成今年66个重点项目54亿元的投资计划。')).toEqual([]);
    expect(names('确保尽早投产；推进前期的要抓紧完成规划、土地、环评等报批手续，妥善解决影响项目落地的制约因素。')).toEqual([]);
  });

  it('does not take a combination of strategies, an effective way, a special regulation or a technical standard for a plan', () => {
    // The 2015 and 2019 work reports (002, 006) and the 2023 ageing-friendly report (066), all tune.
    expect(names('拓展区域发展新空间。统筹实施“四大板块”和“三个支撑带”战略组合。')).not.toContain('“三个支撑带”战略');
    expect(names('推行中期财政规划管理。制定盘活财政存量资金的有效办法。')).not.toContain('盘活财政存量资金的有效办法');
    expect(names('要根治拖欠农民工工资问题，抓紧制定专门行政法规，确保付出辛劳和汗水的农民工按时拿到应有的报酬。')).toEqual([]);
    const standards =
      '推动《移动互联网应用程序适老化技术规范》“《Web信息\n无障碍通用设计规范》等在内的20项以上急需标准出台，重\n点修订《互联网应用适老化通用设计规范》，';
    expect(names(standards)).toEqual([]);
  });

  it('does not take a kind of plan for a plan (…相关规定, 有关科技计划, 统一规划)', () => {
    expect(names('积极承担国家和省有关科技计划（专项、基金）。')).toEqual([]);
    expect(names('出台数据相关条例，促进地方规范推进数据汇聚治理。')).toEqual([]);
    expect(names('从五个方面加大保障力度，确保规划有效实施。')).toEqual([]);
  });

  it('reads a title in traditional script: the graph names it as written and keeps the simplified form as an alias', () => {
    const text = toTraditional(
      '为贯彻落实《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，加快推动智能制造发展，特制定本规划。',
    );
    const outline = plans(text).find((n) => n.name.startsWith('中華人民共和國'))!;
    expect(outline.name).toBe('中華人民共和國國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要');
    expect(outline.aliases).toContain('中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
    expect(outline.properties.level).toBe('national');
  });
});

describe('the level of a plan named in the text', () => {
  const level = (text: string, name: string) => plans(text).find((n) => n.name === name)?.properties.level;

  it('reads it from the name, or from the level word right before the name', () => {
    const text =
      '在区人大、政协的监督和支持下，深入贯彻落实党的十八大、十八届三中全会精神和自治区“8337”发展思路，紧紧围绕“两个中心”建设。坚决贯彻中央八项规定、自治区28条规定，全面规范办公用房和公务用车。';
    expect(level(text, '“8337”发展思路')).toBe('provincial');
    expect(level(text, '中央八项规定')).toBe('national');
    expect(level(text, '自治区28条规定')).toBe('provincial');
  });

  it('does not take 市 in 市场 for a city’s level', () => {
    expect(
      level('进一步简政放权，放宽市场准入，全面实施市场准入负面清单制度，清单管理措施比制度建立之初压减64%。', '市场准入负面清单'),
    ).toBeUndefined();
  });
});

describe('the document’s own plan', () => {
  it('reads a title line set in spaced letters (政 府 工 作 报 告) above the occasion line', () => {
    const text =
      '政 府 工 作 报 告\n\n----2013年2月28日在海拉尔区第十四届人民代表大会第二次会议上\n\n各位代表：\n\n现在，我代表区政府向大会作工作报告，请予审议。';
    const g = graphOf(text);
    const report = g.nodes.find((n) => n.label === 'Plan' && n.aliases.includes('政府工作报告'));
    expect(report?.name).toBe('2013年海拉尔区政府工作报告');
    expect(report?.sources.map((s) => s.text)).toContain('政 府 工 作 报 告');
  });

  it('reads a title line a layout wrapped (政府工作报⏎告) above the occasion line (004)', () => {
    const text =
      '政府工作报\n告\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n国务院总理\n 李克强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。';
    expect(names(text)).toContain('2017年国务院政府工作报告');
    const report = graphOf(text).nodes.find((n) => n.name === '2017年国务院政府工作报告');
    expect(report?.sources.map((s) => s.text)).toContain('政府工作报\n告');
  });
});

describe('a notice issuing a plan', () => {
  it('is known by the plan it issues too (056: 《中共中央 国务院关于印发〈国家新型城镇化规划…〉的通知》)', () => {
    const text =
      '为贯彻落实《中共中央　国务院关于印发＜国家新型城镇化规划（2014-2020年）＞的通知》（中发[2014]4号）和《国务院关于促进信息消费扩大内需的若干意见》（国发[2013]32号）有关要求，促进智慧城市健康发展，经国务院同意，现提出以下意见。';
    const notice = plans(text).find((n) => n.name.includes('关于印发'));
    expect(notice?.aliases).toContain('国家新型城镇化规划（2014-2020年）');
  });
});

describe('titles summed up as something other than a plan (Shandong’s 2022 smart-manufacturing plan, 039)', () => {
  it('reads no plan from 《》 titles a list sums up as standards (…等地方标准), and keeps a plan cited before 等文件', () => {
    const standards =
      '组织编制《智能工厂和数字化车间建设实施指南》《智能工厂和数字化车间评估规范》等地方标准，支持龙头骨干企业参与制定标准';
    expect(names(standards)).toEqual([]);
    const plansCited = '为深入贯彻落实《“十四五”智能制造发展规划》和《山东省“十四五”制造强省建设规划》等文件精神，特制定本行动计划。';
    expect(names(plansCited)).toEqual(expect.arrayContaining(['“十四五”智能制造发展规划', '山东省“十四五”制造强省建设规划']));
  });
});

describe('a quoted head that says how work is done (Shandong’s 2024 AI plan, 051)', () => {
  it('reads no programme from a quoted project form (采取“…”项目形式), and still reads a quoted project', () => {
    expect(names('实施智能硬件加速创新计划，采取“技术攻关+产业化应用”项目形式，培育若干具有牵引性重大产品。')).not.toContain(
      '“技术攻关+产业化应用”项目',
    );
    expect(names('实施智能硬件加速创新计划，采取“技术攻关+产业化应用”项目形式，培育若干具有牵引性重大产品。')).toContain(
      '智能硬件加速创新计划',
    );
  });

  it('reads laws named without 《》: by the one word they go by, and after words that say they were revised', () => {
    // The 2015, 2016, 2019 and 2023 work reports (002, 003, 006, 009), all tune.
    expect(names('贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治方针，严格依照宪法和基本法办事。')).toEqual(
      expect.arrayContaining(['宪法', '基本法']),
    );
    // 宪制秩序 is no law named.
    expect(names('坚持依法治港治澳，维护宪法和基本法确定的特别行政区宪制秩序。')).toEqual(['宪法', '基本法']);
    expect(names('强化环境保护督察，做到奖惩分明。新修订的环境保护法必须严格执行，对超排偷排者必须依法严厉打击。')).toEqual(['环境保护法']);
    expect(names('增强消费能力。落实好新修订的个人所得税法，使符合减税政策的约8000万纳税人应享尽享。')).toContain('个人所得税法');
  });
});
