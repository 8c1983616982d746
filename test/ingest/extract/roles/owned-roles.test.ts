import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Issue #11: the part a body plays read from the structure its sentence names it in — what it owns
// (its leadership, deployment, spirit or consent), the name it bears (…领导小组), the speaker's line
// of a report, a note that only lists units, a note after a sentence read as no task. Each text is
// quoted from a tune document of the corpus (number in the test's name).

const doc = (id: string, ...lines: string[]) => buildGraph([record(id, lines.join('\n'))]);

/** Each body's roles toward anything, as `name: role+role`. */
function roles(graph: Graph): Record<string, string> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out: Record<string, Set<string>> = {};
  for (const r of graph.relationships) {
    if (r.type !== 'RESPONSIBLE_FOR') continue;
    (out[byId.get(r.from)!.name] ??= new Set()).add(String(r.properties.role));
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort().join('+')]));
}

describe('what a body owns gives its part', () => {
  it('lets the bodies whose leadership a report works under lead, the speaking government carry out (013)', () => {
    const g = doc(
      'owned-013',
      '海拉尔区政府工作报告',
      '一、2012年工作回顾',
      '2012年，区政府在市委、市政府和区委的正确领导下，在区人大、政协的监督和支持下，紧紧围绕“两个中心”建设，坚持科学发展，市区共建，经济保持强劲发展，社会事业实现全面进步，主要指标总量和增速均位居全市前列。',
    );
    expect(roles(g)).toMatchObject({ 市委: 'leads', 市政府: 'leads', 区委: 'leads' });
  });

  it('lets the bodies whose deployment a plan carries out lead it, though no task is read there (057)', () => {
    const g = doc(
      'owned-057',
      '数字经济促进共同富裕实施方案',
      '为全面贯彻党的二十大精神，深入落实党中央、国务院决策部署，推动数字技术和实体经济深度融合，不断做强做优做大我国数字经济，通过数字化手段促进解决发展不平衡不充分问题，推进全体人民共享数字时代发展红利，助力在高质量发展中实现共同富裕，特制定本实施方案。',
    );
    expect(roles(g)).toMatchObject({ 党中央: 'leads', 国务院: 'leads' });
  });

  it('makes the meeting whose spirit a plan follows its issuer (075)', () => {
    const g = doc(
      'owned-075',
      '国家职业教育改革实施方案',
      '为贯彻全国教育大会精神，进一步办好新时代职业教育，落实《中华人民共和国职业教育法》，制定本实施方案。',
    );
    expect(roles(g)).toMatchObject({ 全国教育大会: 'issues' });
  });

  it('makes the body whose consent a notice is issued with its issuer (078)', () => {
    const g = doc(
      'owned-078',
      '国务院办公厅关于加快发展体育竞赛表演产业的指导意见',
      '为破解有关难题，加快体育竞赛表演产业发展，经国务院同意，现提出以下意见：',
    );
    expect(roles(g)).toMatchObject({ 国务院: 'issues' });
  });

  it('lets the body whose overall charge a year’s results came from lead (003: 党中央统揽全局)', () => {
    const g = doc(
      'owned-003',
      '政府工作报告',
      '一、2015年工作回顾',
      '过去一年取得的成绩，是以习近平同志为总书记的党中央统揽全局、科学决策的结果，是全党全军全国各族人民齐心协力、顽强拼搏的结果。',
    );
    expect(roles(g)).toMatchObject({ 党中央: 'leads' });
  });

  it('makes the body whose rules are carried out their issuer, not the subject bound by rules (014, 075)', () => {
    const rules = doc(
      'owned-014',
      '海拉尔区政府工作报告',
      '一、2013年工作回顾',
      '坚决贯彻中央八项规定、自治区28条规定，全面规范办公用房和公务用车，共清理区直行政事业单位超标办公用房6069平方米，封存超标车辆12台。',
    );
    expect(roles(rules)).toMatchObject({ 中央: 'issues' });
    const bound = doc(
      'owned-075',
      '国家职业教育改革实施方案',
      '各级政府要建立与办学规模、培养成本、办学质量等相适应的财政投入制度，地方政府要按规定制定并落实职业院校生均经费标准或公用经费标准。',
    );
    expect(roles(bound)['地方政府']).toBe('carries_out');
  });

  it('reads a deployment named by its topic with 有关 (072: 党中央、国务院关于…工作有关部署)', () => {
    const g = doc(
      'owned-072',
      '政府网站集约化试点工作方案',
      '为贯彻落实党中央、国务院关于加强全国网络安全和信息化工作有关部署，推进政府网站互联互通融合发展，现就开展政府网站集约化试点工作，制定以下方案。',
    );
    expect(roles(g)).toMatchObject({ 党中央: 'leads', 国务院: 'leads' });
  });

  it('reads what a numbered session of a body deploys as the body’s (013: 区委十四届五次全委扩大会议的部署)', () => {
    const g = doc(
      'session-013',
      '海拉尔区政府工作报告',
      '二、2013年工作安排',
      '今年政府工作的总体要求是：深入贯彻落实党的十八大精神，以邓小平理论、“三个代表”重要思想和科学发展观为指导，按照“美丽发展、科学崛起、共享繁荣”和市区共建的总体要求，围绕区委十四届五次全委扩大会议的部署，继续实施富民强区战略，做强做优县域经济，加快新型城镇化进程。',
    );
    expect(roles(g)).toMatchObject({ 区委: 'leads' });
  });

  it('lets the body a government keeps in line with lead (004: 同党中央保持高度一致)', () => {
    const g = doc(
      'in-line-004',
      '政府工作报告',
      '三、2017年重点工作任务',
      '要坚持党的领导，牢固树立“四个意识”，坚决维护以习近平同志为核心的党中央权威，自觉在思想上政治上行动上同党中央保持高度一致，加快转变政府职能、提高行政效能，更好为人民服务。',
    );
    expect(roles(g)['党中央']).toContain('leads');
  });

  it('makes every body of a list before 印发 an issuer (052: 中共中央、国务院印发《…》)', () => {
    const g = doc(
      'issued-052',
      '数字中国发展报告（2022年）',
      '一、数字中国建设顶层设计不断完善',
      '中共中央、国务院印发《数字',
      '中国建设整体布局规划》，按照夯实基础、赋能全局、强化能',
      '力、优化环境的战略路径，明确了数字中国建设“2522”的整体',
      '框架，从党和国家事业发展全局的战略高度作出了全面部署。',
    );
    expect(roles(g)).toMatchObject({ 中共中央: 'issues', 国务院: 'issues' });
  });

  it('lets the bodies whose guidance the work is done under lead, not the one whose part is played (029)', () => {
    const g = doc(
      'owned-029',
      '青岛市建设国家人工智能创新应用先导区实施方案',
      '四、保障措施',
      '加强组织协调。在工信部和省人工智能先导区工作专班的指导下，充分发挥市人工智能工作专班的作用，建立国家人工智能创新应用先导区建设协同推进机制和人工智能产业共同体长效运作机制。',
    );
    const r = roles(g);
    expect(r).toMatchObject({ 工业和信息化部: 'leads', 省人工智能先导区工作专班: 'leads' });
    expect(r['市人工智能工作专班']).not.toBe('leads');
  });
});

describe('what a list of bodies does together', () => {
  it('makes them partners (025: …等部门要加强协调)', () => {
    const g = doc(
      'together-025',
      '山东省支持工业大数据发展的实施方案',
      '三、保障措施',
      '（一）健全工作机制。工业和信息化、网信、科技、财政、国资、大数据、通信管理等部门要加强协调，统筹推进工业大数据发展。',
    );
    expect(roles(g)).toMatchObject({ 网信: 'cooperates', 科技: 'cooperates', 财政: 'cooperates', 国资: 'cooperates' });
  });
});

describe('a part the roles have no word for', () => {
  it('gives the bodies whose supervision a report works under none, and those whose leadership it follows theirs (017)', () => {
    const g = doc(
      'unnamed-017',
      '海拉尔区政府工作报告',
      '一、2016年工作回顾',
      '过去的一年,面对错综复杂的经济形势和繁重紧迫的改革发展任务,区政府紧紧围绕市委、市政府的决策部署,在区委的正确领导下,在区人大依法监督和区政协的民主监督下,依靠全区各族干部群众,统筹稳增长、促改革、调结构、惠民生、保生态,凝心聚力、攻坚克难,经济和社会事业保持良好的发展态势,较好地完成了年初确定的各项目标任务。',
    );
    const r = roles(g);
    expect(r).toMatchObject({ 市委: 'leads', 市政府: 'leads', 区委: 'leads' });
    expect(r['区人大']).toBeUndefined();
    expect(r['区政协']).toBeUndefined();
  });
});

describe('a body opening its clause before a modal, where no task is read', () => {
  it('carries the report out (002: 各地要从实际出发)', () => {
    const g = doc(
      'modal-002',
      '政府工作报告',
      '二、2015年工作总体部署',
      '7%左右的速度可以实现比较充分的就业。各地要从实际出发，积极进取、挖掘潜力，努力争取更好结果。',
    );
    expect(roles(g)).toMatchObject({ 各地: 'carries_out' });
  });

  it('leads where the modal’s act is to lead (066: …要牵头设立)', () => {
    const g = doc(
      'modal-066',
      '促进数字技术适老化高质量发展工作方案',
      '（四）发挥智库作用，助力行业治理。中国信息通信研',
      '究院、中国互联网协会要牵头设立数字技术适老化专家咨询',
      '委员会，对数字技术适老化发展过程中战略性、前瞻性问题',
      '开展深入研究，及时提出政策建议。',
    );
    expect(roles(g)).toMatchObject({ 中国信息通信研究院: 'leads', 中国互联网协会: 'leads' });
  });
});

describe('a leading body by its name', () => {
  it('lets a leading group the plan sets up lead (054)', () => {
    const g = doc(
      'leading-054',
      '国务院关于加强数字政府建设的指导意见',
      '七、加强党对数字政府建设工作的领导',
      '成立数字政府建设工作领导小组，统筹指导协调数字政府建设，由国务院领导同志任组长，办公室设在国务院办公厅，具体负责组织推进落实。',
    );
    expect(roles(g)).toMatchObject({ 数字政府建设工作领导小组: 'leads' });
  });
});

describe('the body a report is delivered for', () => {
  it('reports it (010: 我代表国务院，向大会报告政府工作)', () => {
    const g = doc(
      'speaker-010',
      '政府工作报告',
      '各位代表：',
      '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。',
    );
    expect(roles(g)).toMatchObject({ 国务院: 'reports' });
  });
});

describe('notes the task reading leaves', () => {
  it('reads a note that only lists units as those carrying the task out (030)', () => {
    const g = doc(
      'bare-note-030',
      '青岛市中小学人工智能教育行动计划',
      '二、主要任务',
      '统筹规划课程实施，小学一至三年级开设人工智能启蒙课程，采取视频授课模式，每月一课时；其他年级（初、高中毕业年级除外）采取常规授课模式，每月至少两课时。（基教处、装备信息中心、教科院、各区市）',
    );
    expect(roles(g)).toMatchObject({ 基教处: 'carries_out', 装备信息中心: 'carries_out', 教科院: 'carries_out', 各区市: 'carries_out' });
  });

  it('reads the note after a sentence that holds no task (028)', () => {
    const g = doc(
      'untasked-note-028',
      '济南市促进人工智能产业发展的若干政策措施',
      '8．加大人才引进力度。',
      '对引进落地的人工智能领域诺奖团队、院士团队及人工智能领域人才，可享受我市相应的人才政策。（责任单位：市委组织部、市人力资源社会保障局、市科技局）',
    );
    expect(roles(g)).toMatchObject({ 市委组织部: 'carries_out', 市人力资源社会保障局: 'carries_out', 市科技局: 'carries_out' });
  });
});
