import { namesRead } from '../names-read';

// Bodies met on fresh official text (session 20's audit): each sentence is the published wording as recalled from the
// document named (body, year, title); none is from the corpus.

const agencies = (text: string, id = 'fresh') => namesRead('Agency', text, id);

// A name is given on the folded text, its brackets half-width (各区(县、市)政府), the written form its alias.
describe('governments of several levels listed as one (level-lists.ts)', () => {
  it('reads 各市、区人民政府 whole in a note of units, not 各市 and 区人民政府', () => {
    // 苏州市人民政府, 2023, 苏州市数字政府建设实施方案 (recalled wording)
    const note = '推动国家、省、市三级数据回流。（责任单位：市政务服务管理办公室、市大数据集团，各市、区人民政府）';
    const read = agencies(note);
    expect(read).toContain('各市、区人民政府');
    expect(read).not.toContain('区人民政府');
    expect(read).not.toContain('各市');
  });

  it('reads a level and the levels in brackets it stands for (各区（县、市）政府, 各县（区）人民政府)', () => {
    // 宁波市推进制造业数字化改革工作专班, 2023, 2023年工作要点 (recalled wording)
    expect(agencies('由市经信局牵头，市发改委、市数据局配合，各区（县、市）政府具体落实。')).toContain('各区(县、市)政府');
    // 南宁市人民政府, 2022, 南宁市数字经济发展“十四五”规划 (recalled wording)
    const read = agencies('各县（区）人民政府、开发区管委会和市直有关部门要按照本规划确定的目标任务，抓好贯彻落实。');
    expect(read).toContain('各县(区)人民政府');
    expect(read).not.toContain('人民政府');
  });

  it('reads a body every place of the listed levels has (各县（市）区防汛抗旱指挥部), not its tail', () => {
    // 福州市防汛抗旱指挥部, 2024, 关于做好2024年主汛期防御工作的通知 (recalled wording)
    const read = agencies(
      '福州市防汛抗旱指挥部关于做好2024年主汛期防御工作的通知\n各县（市）区防汛抗旱指挥部，市防指各成员单位：\n　　一、压实防汛责任。',
    );
    expect(read).toContain('各县(市)区防汛抗旱指挥部');
    expect(read).not.toContain('区防汛抗旱指挥部');
  });

  it('reads no list of levels before their departments (各市、县政府有关部门) and no levels run together (各省市政府)', () => {
    // Invented for the test: the departments, not the governments, are meant.
    expect(agencies('各市、县政府有关部门要加强协调。')).not.toContain('各市、县政府');
    // 052 (Digital China report): 各省市政府 is left to the kind rules, which do not read it.
    expect(agencies('各\n省市政府通过重要网站平台拓宽重大文件发布征求意见的渠道。', '052')).not.toContain('各省市政府');
  });
});

describe('bodies after a joining word (会同, 联合, 协调)', () => {
  it('reads no joining word as a place before a body (会同市发改委, 市经信局会同市发改委)', () => {
    // 合肥市政府新闻办, 2023, 《合肥市加快推进人工智能产业发展若干政策》新闻发布会 (recalled wording)
    const read = agencies('《政策》由市经信局牵头，会同市发改委、市科技局、市财政局等部门研究起草。市经信局会同市发改委研究起草。');
    expect(read).toEqual(expect.arrayContaining(['市经信局', '市发展改革委', '市科技局', '市财政局']));
    expect(read.some((n) => n.includes('会同'))).toBe(false);
  });

  it('reads no joining word opening a committee’s name (协调昆明高新区管委会)', () => {
    // 昆明市工业和信息化局, 2023, 2023年上半年工作总结和下半年工作打算 (recalled wording)
    const read = agencies('下半年，我局将配合市委组织部做好人才引进工作，协调昆明高新区管委会、经开区管委会加快园区建设。');
    expect(read).toContain('昆明高新区管委会');
    expect(read.some((n) => n.startsWith('协调'))).toBe(false);
  });

  it('reads the bodies a joining word lists, whatever they end in (…大学、…股份有限公司等单位; 会同区…中心)', () => {
    // 合肥市政府新闻办, 2023 (recalled wording)
    const read = agencies('下一步，市经信局将联合中国科学技术大学、科大讯飞股份有限公司等单位，加快建设通用人工智能产业创新中心。');
    expect(read).toEqual(expect.arrayContaining(['中国科学技术大学', '科大讯飞股份有限公司']));
    // 沈阳市和平区人民政府, 2023, 和平区优化营商环境若干措施 (recalled wording)
    expect(agencies('区财政局会同区金融发展服务中心，设立中小企业应急转贷资金。')).toContain('区金融发展服务中心');
  });

  it('reads no joint act’s object as a body (联合开办人工智能学院, 联合组建…创新中心)', () => {
    // 030 (青岛市 AI education opinion) and 059 (智慧健康养老产业发展行动计划): what is founded together is no body acting.
    expect(agencies('支持职业院校与人工智能领军企业联合开办人工智能学院，支持增设一批重点专业。', '030')).not.toContain('开办人工智能学院');
    const built = agencies(
      '支持企业、高校、科研院所、养老机构联合组建智慧健康养老技术协同创新中心、联合实验室，以健康养老需求为牵引。',
      '059',
    );
    expect(built.some((n) => n.includes('组建') || n === '联合实验室')).toBe(false);
  });
});

describe('bodies by where they stand, whatever they end in', () => {
  it('reads a company named with a dash, before its act (中国—东盟信息港股份有限公司…要发挥)', () => {
    // 南宁市人民政府, 2022, 南宁市数字经济发展“十四五”规划 (recalled wording)
    const read = agencies('中国—东盟信息港股份有限公司、广西数字广西集团有限公司要发挥平台作用。');
    expect(read).toEqual(expect.arrayContaining(['中国—东盟信息港股份有限公司', '广西数字广西集团有限公司']));
  });

  it('reads the body 由 names inside a clause before its act (平台由市智慧蓉城运行中心负责运维)', () => {
    // 成都市人民政府新闻办公室, 2023, “智慧蓉城”建设新闻发布会 (recalled wording)
    expect(agencies('“智慧蓉城”城市运行管理平台由市智慧蓉城运行中心负责运维。')).toContain('市智慧蓉城运行中心');
    // Invented for the test: 自由 is no 由 before a body.
    expect(agencies('自由贸易试验区管委会负责园区企业服务。').some((n) => n.startsWith('贸易'))).toBe(false);
  });

  it('reads a government body serving as something (相关科局作为主力军), not a company so described', () => {
    // 018 (海拉尔区 2018 work report)
    expect(agencies('政府班子全员招商，相关科局作为主力军，全面加大招商引资力度。', '018')).toContain('相关科局');
    // Seed 002 (a feature on Digital Qingdao): a company introduced by what it is.
    const feature =
      '数金公共服务有限公司作为以数字金融为业务主线的金融科技企业,在青岛市大数据发展管理局等部门的支持下,承担起了数字人民币试点落地的技术研发职能。';
    expect(agencies(feature, 'seed')).not.toContain('数金公共服务有限公司');
  });

  it('reads a centre listed beside bureaus as one of them (…、市投资促进中心为成员单位)', () => {
    // 哈尔滨市人民政府办公厅, 2023, 关于建立全市招商引资工作联席会议制度的通知 (recalled wording)
    const notice = '市商务局、市发改委、市工信局、市自然资源和规划局、市营商环境建设监督局、市投资促进中心为成员单位。';
    expect(agencies(notice)).toContain('市投资促进中心');
  });

  it('reads one body heading a title before 关于, whatever its field (…推进制造业数字化改革工作专班关于印发…)', () => {
    // 宁波市推进制造业数字化改革工作专班, 2023, 关于印发2023年工作要点的通知 (recalled wording)
    const read = agencies(
      '宁波市推进制造业数字化改革工作专班关于印发2023年工作要点的通知\n各区（县、市）数字化改革工作专班，市级有关部门：',
    );
    expect(read).toContain('宁波市推进制造业数字化改革工作专班');
    expect(read).not.toContain('制造业数字化改革工作专班');
  });

  it('reads a joint meeting’s office by itself (联席会议办公室设在市商务局)', () => {
    // 哈尔滨市人民政府办公厅, 2023, 关于建立全市招商引资工作联席会议制度的通知 (recalled wording)
    expect(agencies('联席会议办公室设在市商务局，承担联席会议日常工作。')).toContain('联席会议办公室');
  });

  it('reads a province’s own departments after 和 (省直各部门) and no drafting department (起草部门) as a body', () => {
    // 湖北省人民政府办公厅, 2022, 关于加快数字政府建设的实施意见 (recalled wording)
    expect(agencies('各市、州、县人民政府和省直各部门要建立相应工作机制。')).toContain('省直各部门');
    // 郑州市大数据管理局, 2023, 关于《郑州市城市大脑建设三年行动方案》的解读 (recalled wording)
    expect(agencies('市大数据管理局作为起草部门，现就有关内容解读如下。')).not.toContain('起草部门');
  });
});
