import { namesRead } from '../names-read';

// Bodies and projects of shapes the suffix rule does not give, on sentences quoted from the corpus tune
// documents: the State Council's work reports (001, 008, 009), its opinions on smart cities (056) and
// digital government (054), the drug regulator's plan (070), the zero-waste-city pilot (074), the
// national big-data centre opinion (061), the AI industry plan (064), Jinan's AI pilot-zone policies
// (028) and innovation measures (037), Qingdao's smart-approval report (038) and the Hailar district
// work reports (012, 014).

const agencies = (text: string) => namesRead('Agency', text);
const projects = (text: string) => namesRead('EngineeringProject', text);

describe('bodies the suffix rule does not shape', () => {
  it('reads a meeting whose decisions are followed, and a division named after its bureau', () => {
    // 009
    expect(
      agencies(
        '与此同时，我们全面落实中央经济工作会议部署，按照十三届全国人大五次会议批准的政府工作报告安排，统筹推进经济社会各领域工作。',
      ),
    ).toContain('中央经济工作会议');
    // 038
    expect(agencies('”青岛市行政审批服务局数字平台建设处负责人介绍道。')).toEqual(['青岛市行政审批服务局数字平台建设处']);
  });

  it('reads 中央 as the issuer of its No. 1 document, after a verb’s complement 好, and no 中央 inside a longer word', () => {
    // 012
    expect(
      agencies(
        '一是贯彻落实好中央一号文件精神，加强科技创新和农业技术推广，规范土地流转，落实各项惠农政策，统筹好被征地农民安置与新农村建设的关系，切实保障农畜产品稳定均衡供给。',
      ),
    ).toEqual(['中央']);
    // 003: the central state enterprises are no body
    expect(agencies('推动国有企业特别是中央企业结构调整，创新发展一批，重组整合一批，清理退出一批。')).toEqual([]);
  });

  it('reads a body the clause says was set up', () => {
    // 012
    expect(agencies('新增社会各类参保人员1.4万人；社会保障公共业务服务中心成功组建，实现了各类社会参保人员就近缴费；')).toEqual([
      '社会保障公共业务服务中心',
    ]);
  });

  it('reads each body of a list of standing-body kinds, a part after a short name, and a body named by its place', () => {
    // 054
    expect(
      agencies(
        '充分发挥全国一体化政务服务平台的数据共享枢纽作用，持续提升国家数据共享交换平台支撑保障能力，实现政府信息系统与党委、人大、政协、法院、检察院等信息系统互联互通和数据按需共享。',
      ),
    ).toEqual(['党委', '人大', '政协', '法院', '检察院']);
    // 070
    expect(agencies('建设国家局药品监管云，为国家局机关和相关直属单位完成监管数据和应用整合提供必要支撑。')).toEqual(['国家局机关']);
    // 008
    expect(agencies('设立北京证券交易所和广州期货交易所。')).toEqual(['北京证券交易所', '广州期货交易所']);
  });

  it('reads the items of a list beside a body when they end like one (国土资源部、环境保护部)', () => {
    // 056
    expect(
      agencies(
        '发展改革委、工业和信息化部、科技部、公安部、财政部、国土资源部、环境保护部、住房城乡建设部、交通运输部等要建立部际协调机制，协调解决智慧城市建设中的重大问题，加强对各地区的指导和监督，研究出台促进智慧城市健康发展以及信息化促进城镇化发展的相关政策。',
      ),
    ).toEqual(expect.arrayContaining(['发展改革委', '财政部', '国土资源部', '环境保护部', '住房城乡建设部']));
  });

  it('does not read an act (处置) as a division, nor a verb of means as part of a name', () => {
    // 074
    expect(
      agencies(
        '组织开展区域内固体废物利用处置能力调查评估，严格控制新建、扩建固体废物产生量大、区域难以实现有效综合利用和无害化处置的项目。',
      ),
    ).toEqual([]);
    // 028
    const names = agencies(
      '依托人工智能产业联盟或行业协会等机构，成立由人工智能专家、立法主体代表、科技行政主体代表、保密机关代表、相关企业代表等联合组成的济南市人工智能治理委员会，为我市负责任的推动人工智能创新发展提供专家咨询。',
    );
    expect(names).toContain('人工智能产业联盟');
    expect(names.filter((n) => n.startsWith('依托'))).toEqual([]);
  });
});

describe('projects named with a list or a rank', () => {
  it('keeps the list before 等 when a kind of works follows, and leaves the examples a batch opens before a rank', () => {
    // 014
    const roads = projects('按照整体规划，加快推进组团基础设施建设，启动变电站和开闭所主供电工程，完成呼伦大街、望城路等9条道路工程。');
    expect(roads).toContain('呼伦大街、望城路等9条道路工程');
    expect(roads).not.toContain('道路工程');
    // 009
    expect(projects('一批防汛抗旱、引水调水等重大水利工程开工建设。')).toEqual(['重大水利工程']);
  });

  it('keeps a level and a rank before the name (市级重点人才工程)', () => {
    // 037
    const names = projects(
      '深入开展人才服务基层活动，建立市级重点人才工程人选到基层开展志愿服务制度，推进专家服务基地建设，促进人才向基层流动。',
    );
    expect(names).toEqual(['市级重点人才工程']);
  });

  it('names no project where a list ends in a bare rank or a verb of means opens it', () => {
    // 061
    expect(projects('鼓励构建重点产业、重大工程数据库，为工业发展态势监测分析和预警预判提供数据支撑。')).toEqual([]);
    // 064
    expect(
      projects('依托重大工程项目，鼓励校企合作，支持高等学校加强人工智能相关学科专业建设，引导职业学校培养产业发展急需的技能型人才。'),
    ).toEqual([]);
  });
});
