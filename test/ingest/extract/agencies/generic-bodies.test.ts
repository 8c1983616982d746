import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Generic bodies (各部门, 有关部门, 行业协会 …) are agencies only where they act. Each passage is
// quoted from a corpus document (its number in the comment): where the body is the clause's subject
// or is cued to act it is read; where it is an object, a place or an owner it is not.

const agencies = (g: Graph) => g.nodes.filter((n) => n.label === 'Agency');
const names = (text: string) => agencies(buildGraph([record('generic-bodies', text)])).map((n) => n.name);

describe('generic bodies that act', () => {
  it.each([
    // 056: the State Council's departments concerned, and each government-affairs department, as subjects
    ['完善管理制度。国务院有关部门要加快研究制定智慧城市建设的标准体系、评价体系和审计监督体系', ['国务院有关部门']],
    [
      '进一步加强政务部门信息共享和信息更新管理。各政务部门应根据职能分工，将本部门建设管理的信息资源授权有需要的部门无偿使用',
      ['各政务部门'],
    ],
    // 010: two bodies written together open the clause and act (要)
    ['稳是大局和基础，各地区各部门要多出有利于稳预期、稳增长、稳就业的政策', ['各地区', '各部门']],
    // 014: a government's departments as the subject
    ['政府各部门要严格执行中央“八项规定”', ['政府各部门']],
    // 063: after 会同, the bodies a ministry works with
    ['工业和信息化部会同有关部门做好规划的组织实施', ['有关部门']],
    // 059: after 指导和支持, a list closed by 等
    ['标准体系。指导和支持标准组织、行业协会等研制行业急需标准', ['标准组织', '行业协会']],
    // 063: a list of three kinds of body as one subject
    ['动规划的贯彻落实。有关部门、各地方、相关行业组织要加强协同', ['有关部门', '各地方', '相关行业组织']],
    // 041: the provincial departments a partner works with
    ['加强与省直有关部门沟通合作', ['省直有关部门']],
    // 046: an organisation listed with firms after a cue
    ['鼓励行业协会、企业举办形式多样的人工智能展会', ['行业协会']],
    // 002: the mass organisations supported to take part
    ['加快行业协会商会与行政机关脱钩。支持群团组织依法参与社会治理，发展专业社会工作', ['群团组织']],
    // 009: the supervising body of the same level
    ['依法接受同级人大及其常委会的监督', ['同级人大']],
    // 009: the meeting whose decision is carried out
    ['落实党的二十大精神，按照中央经济工作会议部署，扎实推进中国式现代化', ['中央经济工作会议']],
    // 043: a meeting whose longer name opens with its level (全省) right after the lead
    ['重要批示指示精神，全面落实全省数字经济高质量发展工作会议部署要求，推动全省', ['全省数字经济高质量发展工作会议']],
    // 033: a province's cities as the subject, and cued
    ['各市要结合本地实际，抓紧制定与行动计划相衔接的实施方案', ['各市']],
    ['鼓励各市强化双招双引，针对智能传感器产业链重点领域', ['各市']],
    // 005: a level of government opening the clause and answering for something (对…负总责)
    [
      '防范化解地方政府债务风险。严禁各类违法违规举债、担保等行为。省级政府对本辖区债务负总责，省级以下各级地方政府各负其责',
      ['省级政府', '省级以下各级地方政府'],
    ],
  ])('reads the acting bodies of %s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // 038: the departments are where data flows, not who acts
    ['费时费力，且各部门之间的数据互通更是“难上加难”。'],
    // 070: the departments are what a network connects to
    ['为信息资源共享开放提供网络互联的必要支撑，同时实现与国家各部门互联互通。'],
    // 010: the regions own the advantages
    ['充分发挥各地区比较优势，按照主体功能定位，积极融入和服务构建新发展格局。'],
    // 041: the associations are a means
    ['支持领航型企业发挥产业链“链主”作用，通过行业协会、产业联盟等方式，在技术攻关等方面带动关联企业'],
    // 041: a mechanism between departments
    ['建立健全各部门横向协同、上下联动工作机制'],
  ])('reads no generic body where it is an object: %s', (text) => {
    expect(names(text).filter((n) => /各部门|各地区|行业协会/.test(n))).toEqual([]);
  });

  it('reads the places as a whole where they open a clause and act (地方要…, 地方和企业要…; 001, 004), not a measure (009)', () => {
    expect(names('地方要优化整合扶贫资源，实行精准扶贫，确保扶贫到村到户。')).toContain('地方');
    expect(names('专项奖补资金要及时拨付，地方和企业要落实相关资金与措施，确保分流职工就业有出路、生活有保障。')).toContain('地方');
    expect(names('采取联合办公、地方承诺等办法，提高项目审批效率。')).not.toContain('地方');
  });

  it('reads an organisation by its kind that 推动 makes act before its act (056), not a part of one (054)', () => {
    expect(names('大力推动政府部门将企业信用、产品质量、食品药品安全、综合交通、公用设施等信息资源向社会开放')).toContain('政府部门');
    expect(names('推动机关内部服务事项线上集成化办理')).toEqual([]);
  });

  it('reads the counties of a province’s cities written with their note (各市县(市、区), 043) and an elderly association (062)', () => {
    expect(names('深入开展新型智慧城市优秀案例推广应用活动，鼓励各市县(市、区)、高等院校、科研院所、企业等积极参与')).toContain(
      '各市县(市、区)',
    );
    expect(names('鼓励亲友、村（居）委会、老年协会、志愿者等为老年人运用智能化产品提供相应帮助。')).toContain('老年协会');
  });

  it('reads no longer meeting name that does not open with a level (a sentence run into it)', () => {
    expect(names('为贯彻落实国家关于数字经济高质量发展工作会议部署，制定本方案').filter((n) => n.endsWith('工作会议'))).toEqual([]);
  });

  it.each([
    // 039: the cities cued to draw up their own plans
    ['加强省市联动，鼓励各市根据本行动计划研究制定符合当地智能制造发展阶段和产业特点的工作方案', ['各市']],
    // 051: the cities cued to try first
    ['鼓励各市在重点领域先行先试，开展全域全时“人工智能+”场景应用', ['各市']],
    // 039: the associations written with their learned societies (协（学）会, named in half-width brackets as other
    // bracketed kinds) play a part, with the alliances after them
    ['通过政府购买服务等方式充分发挥行业协（学）会、产业联盟、科研院所在促进智能制造发展方面的积极作用', ['行业协(学)会', '产业联盟']],
  ])('reads the cities and associations of a provincial plan that act: %s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it('reads no city where 市 opens another word (各市场主体, 各市政府 as before)', () => {
    // 026 (tune): the market players are no body; 023: 各市政府 is read whole where it acts, never cut to 各市
    expect(names('支持各市场主体参与智能化技术改造').filter((n) => n.startsWith('各市'))).toEqual([]);
    expect(names('（省大数据局牵头，各有关部门、各市政府配合）').filter((n) => n === '各市')).toEqual([]);
  });

  it('reads no city in a market (070: 鼓励各级药品监管部门与相关市场主体、第三方机构合作)', () => {
    expect(names('鼓励各级药品监管部门与相关市场主体、第三方机构合作').filter((n) => n.includes('市'))).toEqual([]);
  });

  it('reads the State Council’s departments whole where they take part, and no unnamed joint conference (062)', () => {
    const text = '建立国家发展改革委、国家卫生健康委牵头，国务院各有关部门参加的部际联席会议机制，明确责任分工，加强统筹推进。';
    const read = names(text);
    expect(read).toEqual(expect.arrayContaining(['国务院各有关部门', '国家发展改革委', '国家卫生健康委']));
    expect(read).not.toContain('国务院');
    expect(read).not.toContain('部际联席会议');
  });

  it('reads a special committee (专委会) of a leading group whole, not the group it sits in (069)', () => {
    const text = '充分发挥国家制造强国建设领导小组车联网产业发展专委会的作用，加强统筹推进，强化部门合作，解决关键问题。';
    expect(names(text)).toEqual(['国家制造强国建设领导小组车联网产业发展专委会']);
  });

  it('keeps 各地区 and 各地 of one document as one agency, named as first written (052)', () => {
    const text = '2022 年，各地区、各部门、各领域积极探索实践。\n化、服务供给规范化、企业和群众办事便利化。各地积极推进数字政府建设。';
    const regions = agencies(buildGraph([record('generic-regions', text)])).filter((n) => n.name.startsWith('各地'));
    expect(regions.map((n) => n.name)).toEqual(['各地区']);
    expect(regions[0].aliases).toContain('各地');
  });
});

describe('organisations named by their kind, as the subject of a clause', () => {
  it.each([
    // 007: the financial institutions are told what to do
    ['压实各方责任，坚决守住不发生系统性风险的底线。金融机构要坚守服务实体经济的本分。', '金融机构'],
    // 062: the first of a list of subjects before 要
    ['7．提供多渠道挂号等就诊服务。医疗机构、相关企业要完善电话、网络、现场等多种预约挂号方式', '医疗机构'],
    // 075: an organisation named by its field before 应
    ['培训评价组织应对接职业标准，与国际先进标准接轨', '培训评价组织'],
    // 031: organs of the party and the state, named by their field, first of the subjects before 要
    ['以岗位需求为目标的人才使用机制。党政机关、事业单位、国有企业要带头扭转“唯名校”“唯学历”的用人导向', '党政机关'],
  ])('reads the organisation opening %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    // 075: a kind with no field of its own (下属) names no one
    ['行政部门要简政放权并履行好监管职责，相关下属机构要优化服务，对于违规收取费用的要严肃处理。', /下属机构/],
    // 059: a verb opens the clause; the organisation is its object, not its subject
    ['1.远程医疗：鼓励医疗机构应用 5G、超高清视频、医疗机器人等技术', /鼓励/],
    // 052: an adverb that is no act word of a subject
    ['全国广电机构积极推进媒体融合发展', /广电机构/],
  ])('reads no organisation in %s', (text, pattern) => {
    expect(names(text).filter((n) => pattern.test(n))).toEqual([]);
  });
});
