import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';
import { namesRead } from '../names-read';

// Forms of bodies met on fresh official text (session 19's audit of notices, implementation plans and their news):
// bodies named after a zone, a committee's full ending, party committees with 中共, counts of bodies, addressee lines
// and sets of cities. Each passage is written as recalled from the document named (the wording may differ slightly
// from the published page; the bodies and their order are as published).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('bodies named after a zone (新区, 园区)', () => {
  it('reads a zone’s bureaus with the zone’s name, not from its level word (新区改革发展局)', () => {
    // 河北雄安新区管理委员会, 雄安新区数字城市建设实施方案 (2022)
    const plan = '（一）新区改革发展局牵头，会同新区公共服务局、新区财政金融局推进城市计算中心建设。';
    const read = agencies(plan, 'xiongan');
    expect(read).toEqual(expect.arrayContaining(['新区改革发展局', '新区公共服务局', '新区财政金融局']));
    expect(read.some((n) => n.startsWith('区') || n.startsWith('会同'))).toBe(false);
  });

  it('reads a science park’s committee whole (中关村科技园区管理委员会)', () => {
    // 中共北京市委办公厅 北京市人民政府办公厅, 关于加快建设全球数字经济标杆城市的实施方案 (2021), news of its issue
    const news = '北京经济技术开发区管委会、中关村科技园区管理委员会要推进数字经济园区建设，各区政府要承担属地责任。';
    const read = agencies(news, 'beijing');
    expect(read).toContain('中关村科技园区管理委员会');
    expect(read).not.toContain('区管理委员会');
  });

  it('reads a zone’s committee with its city after the zone (天府新区成都管委会)', () => {
    // 成都市人民政府, 成都市进一步促进新经济高质量发展若干政策措施 (成府发〔2022〕8号)
    const note = '（责任单位：市经信局、市科技局、成都高新区管委会、天府新区成都管委会）';
    expect(agencies(note, 'chengdu')).toContain('天府新区成都管委会');
  });
});

describe('committees written in full', () => {
  it('reads 管委会 whole after a level and a zone (由市高新区管委会负责)', () => {
    // 菏泽市人民政府, 菏泽市数字政府建设实施方案 (2023)
    const plan = '在市委、市政府统一领导下，由市大数据局牵头，建立工作推进机制。由市高新区管委会负责园区数字化改造。';
    const read = agencies(plan, 'heze');
    expect(read).toContain('市高新区管委会');
    expect(read).not.toContain('市高新区管委');
  });

  it('reads a zone’s committee with a note in brackets inside its name (杭州高新区（滨江）管委会)', () => {
    // 杭州市人民政府办公厅, 杭州市加快推进人工智能产业创新发展实施方案 (2024)
    const plan = '（三）建设人工智能产业集聚区。由杭州高新区（滨江）管委会牵头，打造具有全球影响力的人工智能产业集群。';
    expect(agencies(plan, 'hangzhou')).toContain('杭州高新区(滨江)管委会');
  });

  it('reads a commission named by one character of its field (市科委), not run into the next body', () => {
    // 上海市人民政府办公厅, 上海市促进城市数字化转型的若干政策措施 (沪府办发〔2021〕13号)
    const plan = '（十一）市国资委推动市属国有企业开放应用场景，市科委会同市经济信息化委支持建设数字化转型功能型平台。';
    const read = agencies(plan, 'shanghai');
    expect(read).toEqual(expect.arrayContaining(['市科委', '市经济信息化委']));
    expect(read.some((n) => n.includes('会同'))).toBe(false);
  });

  it('reads a government’s press office whole (山东省人民政府新闻办公室)', () => {
    // 山东省人民政府新闻办公室, press conference on 山东省制造业数字化转型提标行动方案（2023—2025年） (2023)
    const news = '2023年3月2日，山东省人民政府新闻办公室举行新闻发布会，请省工业和信息化厅有关负责同志解读。';
    const read = agencies(news, 'shandong');
    expect(read).toContain('山东省人民政府新闻办公室');
    expect(read).not.toContain('山东省人民政府');
  });

  it('reads 中共 as part of a city’s party committee office (中共北京市委办公厅)', () => {
    // Beijing's joint notice of the 全球数字经济标杆城市 plan (2021), news of its issue
    const news = '近日，中共北京市委办公厅、北京市人民政府办公厅印发了《关于加快建设全球数字经济标杆城市的实施方案》。';
    const read = agencies(news, 'beijing-office');
    expect(read).toContain('中共北京市委办公厅');
    expect(read).not.toContain('北京市委办公厅');
  });
});

describe('counts and sets of bodies', () => {
  it('reads no count of departments after their place as a body (河南省三部门联合印发…)', () => {
    // 河南省发展改革委 news of a joint notice (河南省三部门联合印发《关于支持数字经济重点项目建设的若干措施》)
    const news = '河南省三部门联合印发《关于支持数字经济重点项目建设的若干措施》\n近日，河南省发展改革委、省财政厅、省自然资源厅联合印发。';
    const read = agencies(news, 'henan');
    expect(read).toContain('省财政厅');
    expect(read).not.toContain('河南省三部门');
  });

  it('reads no body of places a count closes (萧山、余杭两区政府)', () => {
    // 杭州市加快推进人工智能产业创新发展实施方案 (2024)
    const plan = '由杭州高新区（滨江）管委会牵头，联合萧山、余杭两区政府，打造具有全球影响力的人工智能产业集群。';
    expect(agencies(plan, 'hangzhou-two').some((n) => n.includes('两区'))).toBe(false);
  });

  it('reads cities closed by 等市, or each written with 市, opening a clause before their act', () => {
    // 浙江省人民政府办公厅, 浙江省数字经济“一号工程”升级版实施方案 (浙政办发〔2023〕9号)
    const zhejiang = '各市、县（市、区）政府要落实属地责任，杭州、宁波、温州等市要发挥示范引领作用。';
    expect(agencies(zhejiang, 'zhejiang')).toEqual(expect.arrayContaining(['杭州市', '宁波市', '温州市']));
    // 河南省发展改革委 news of 关于支持数字经济重点项目建设的若干措施
    const henan = '省发展改革委负责建立项目库。郑州市、洛阳市要发挥中心城市带动作用，打造数字经济核心区。';
    expect(agencies(henan, 'henan-cities')).toEqual(expect.arrayContaining(['郑州市', '洛阳市']));
  });

  it('reads a province’s cities and prefectures acting in a numbered item (一、各市（州）人民政府要…)', () => {
    // 贵州省大数据发展管理局, notice on digital government (2022)
    const notice = '一、各市（州）人民政府要加强组织领导，明确本地区数字政府建设牵头部门。';
    const read = agencies(notice, 'guizhou');
    expect(read).toContain('各市(州)人民政府');
    expect(read).not.toContain('人民政府');
  });

  it('reads no kind summing a list of committees as a body (…委员会等专业标准化技术组织)', () => {
    // 中央网信办 市场监管总局 工业和信息化部, 信息化标准建设行动计划（2024—2027年）, news of its issue
    const news = '充分发挥全国信息技术标准化技术委员会、全国网络安全标准化技术委员会等专业标准化技术组织作用。';
    const read = agencies(news, 'standards');
    expect(read).toEqual(expect.arrayContaining(['全国信息技术标准化技术委员会', '全国网络安全标准化技术委员会']));
    expect(read.some((n) => n.endsWith('技术组织'))).toBe(false);
  });
});

describe('addressees and list items read whole', () => {
  it('reads an addressee line right under the title line (no document number between)', () => {
    // 贵州省大数据发展管理局, notice on digital government (2022)
    const notice =
      '贵州省大数据发展管理局关于推进数字政府建设的通知\n各市（州）人民政府、贵安新区管委会，省直有关部门：\n　　为贯彻落实《国务院关于加强数字政府建设的指导意见》，省大数据局会同省委网信办、省发展改革委制定了本通知。\n　　一、各市（州）人民政府要加强组织领导，明确本地区数字政府建设牵头部门。\n　　二、省直有关部门要按照“云上贵州”一朵云要求，推进业务系统迁移上云，省大数据局负责做好统筹调度。\n　　三、省财政厅要做好资金保障，省审计厅对项目资金使用情况开展审计监督。\n贵州省大数据发展管理局\n2022年5月10日';
    expect(agencies(notice, 'guizhou-notice')).toEqual(expect.arrayContaining(['各市(州)人民政府', '贵安新区管委会', '省直有关部门']));
  });

  it('reads an addressee line that names a zone’s committee (青岛西海岸新区管委)', () => {
    // 青岛市人民政府办公厅, 青岛市推进数字经济高质量发展若干措施 (2023)
    const notice =
      '青岛市人民政府办公厅关于印发青岛市推进数字经济高质量发展若干措施的通知\n青政办发〔2023〕5号\n各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位：\n　　《青岛市推进数字经济高质量发展若干措施》已经市政府同意，现印发给你们，请认真组织实施。';
    expect(agencies(notice, 'qingdao')).toContain('青岛西海岸新区管委');
  });

  it('reads a list item longer than the neighbour rule’s reach whole or not at all (新疆生产建设兵团发展改革委)', () => {
    // 国家发展改革委 国家数据局, 数字经济促进共同富裕实施方案 (发改数据〔2023〕1770号), its addressee line
    const line = '各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委、数据管理部门：';
    expect(agencies(line, 'ndrc').some((n) => n.startsWith('疆'))).toBe(false);
  });
});

describe('organisations that act, whatever their ending', () => {
  it('reads companies, universities and laboratories opening a clause before their act', () => {
    // 天津市算力基础设施建设实施方案, news of its issue (2024)
    const tianjin = '市通信管理局负责网络基础设施建设；国网天津市电力公司负责做好数据中心电力保障。';
    expect(agencies(tianjin, 'tianjin')).toContain('国网天津市电力公司');
    // 杭州市加快推进人工智能产业创新发展实施方案 (2024): a list closed by 等 before its act
    const hangzhou = '市数据资源局负责统筹全市公共算力资源，之江实验室、浙江大学等参与建设算力调度平台。';
    expect(agencies(hangzhou, 'hangzhou-lab')).toEqual(expect.arrayContaining(['之江实验室', '浙江大学']));
  });
});

describe('one body under two written forms', () => {
  it('reads a city’s government written after its province as the city’s, with the province’s form an alias', () => {
    // 菏泽市人民政府, 菏泽市数字政府建设实施方案 (菏政发〔2023〕6号): the title names the issuer with its province,
    // the signature without it.
    const notice =
      '山东省菏泽市人民政府关于印发菏泽市数字政府建设实施方案的通知\n菏政发〔2023〕6号\n各县区人民政府，市政府各部门：\n　　现将《菏泽市数字政府建设实施方案》印发给你们，请认真贯彻执行。\n菏泽市人民政府\n2023年4月20日';
    const graph = buildGraph([record('heze-issuer', notice)]);
    const bodies = graph.nodes.filter((n) => n.label === 'Agency' && n.name === '菏泽市人民政府');
    expect(bodies).toHaveLength(1);
    expect(bodies[0].aliases).toContain('山东省菏泽市人民政府');
  });
});

describe('task tables', () => {
  it('reads every body of a task table’s role columns, whatever its ending', () => {
    // 江苏省政府办公厅, 江苏省制造业智能化改造和数字化转型三年行动计划（2022—2024年） (苏政办发〔2021〕109号), its table of
    // tasks as a decoded document lays it out (cells apart by tabs)
    const table =
      '重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n1\t实施智能化改造工程\t省工业和信息化厅\t省发展改革委、省科技厅、省财政厅\n2\t推进工业互联网建设\t省工业和信息化厅、省通信管理局\t省大数据管理中心\n3\t强化金融支持\t省地方金融监管局\t人民银行南京分行、江苏银保监局';
    const read = agencies(table, 'jiangsu-table');
    expect(read).toEqual(expect.arrayContaining(['省大数据管理中心', '人民银行南京分行', '江苏银保监局', '省通信管理局']));
    expect(read.some((n) => n.includes('工程') || n.includes('支持'))).toBe(false);
  });
});

describe('forms met on a second set of fresh notices', () => {
  it('reads a province’s short name before a known bureau as part of it (山东省大数据局)', () => {
    // 济南市人民政府新闻办公室, press conference on 济南市数字政府建设实施方案: bodies of two levels in one passage
    const news = '市大数据局表示，将会同市发展改革委加快推进“数字泉城”建设。山东省大数据局、浪潮集团有限公司将给予技术支持。';
    const read = agencies(news, 'jinan-press');
    expect(read).toContain('山东省大数据局');
    expect(read).not.toContain('省大数据局');
  });

  it('reads two levels before a level note acting (各区县（市）人民政府要…)', () => {
    // 長沙市人民政府, 長沙市數字經濟發展三年行動計劃 (長政發〔2023〕9號), in its traditional-script page
    const plan = '湖南湘江新區管委會要發揮引領作用，各區縣（市）人民政府要落實屬地責任。';
    const read = agencies(plan, 'changsha');
    expect(read).toContain('各区县(市)人民政府');
    expect(read).not.toContain('人民政府');
  });

  it('reads addressees parted by a semicolon, zones sharing a committee head named with it', () => {
    // 苏州市人民政府, 苏州市数字经济发展规划 (苏府〔2022〕30号)
    const notice =
      '苏州市人民政府关于印发苏州市数字经济发展规划的通知\n苏府〔2022〕30号\n各市、区人民政府，苏州工业园区、苏州高新区、太仓港口管委会；市各委办局，各直属单位：\n　　现将《苏州市数字经济发展规划》印发给你们，请认真贯彻落实。';
    const read = agencies(notice, 'suzhou');
    expect(read).toEqual(expect.arrayContaining(['苏州工业园区管委会', '苏州高新区管委会', '太仓港口管委会', '市各委办局']));
    expect(read).not.toContain('市各委');
  });

  it('reads a centre that takes a task on (…中心承担…工作)', () => {
    // 青岛市大数据发展管理局, 青岛市公共数据运营试点管理暂行办法 (青数发〔2023〕2号)
    const rule = '第五条　市大数据局负责统筹协调公共数据运营试点工作。青岛市大数据发展中心承担公共数据运营平台建设运维工作。';
    expect(agencies(rule, 'qingdao-rule')).toContain('青岛市大数据发展中心');
  });
});
