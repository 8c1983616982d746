import { namesRead } from '../names-read';

// An organisation named by its field and kind (…机构) acts where a cue makes it the actor of what follows
// or plays its part, quoted from the State Council work reports (001, 003, 009), the Qingdao AI pilot zone
// plan (029), the elderly digital divide plan (062), the service digitalisation plan (032), the sports events
// opinion (078) and the Qingdao marine AI model plan (050).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('organisations a cue makes act', () => {
  it('reads the organisation a cue makes innovate (鼓励金融机构创新…)', () => {
    expect(agencies('在全国开展消费金融公司试点，鼓励金融机构创新消费信贷产品。', '003')).toContain('金融机构');
  });

  it('reads an organisation in the middle of the cue’s list, passing over the enterprises and universities', () => {
    const text = '支持高校、科研机构、龙头企业联合组建人工智能产业创新联盟和行业组织，构建人工智能创新网络。';
    const read = agencies(text, '029');
    expect(read).toContain('科研机构');
    expect(read).not.toContain('高校');
  });

  it('reads an organisation whose field holds a verb-like word (新型研发机构), opening the cue’s list (037)', () => {
    const text = '鼓励新型研发机构、高等院校、科研院所和龙头骨干企业建设一批中试基地，面向行业提供检验检测、成果熟化等公共服务。';
    expect(agencies(text, '037')).toContain('新型研发机构');
  });

  it('reads a body joined to the cue’s first member by 与 (支持高校与地方政府…联合共建, 031)', () => {
    const text =
      '支持高校与地方政府、行业企业联合共建校地（企）技术研究院、工业技术研究院等新型研发机构，共同参与“1+30+N”创新创业共同体建设。';
    expect(agencies(text, '031')).toContain('地方政府');
  });

  it('reads every organisation of a list before what they do', () => {
    const text = '完善金融科技标准规则体系，推动金融机构、非银行支付机构、网络购物平台等优化用户注册、银行卡绑定和支付流程。';
    expect(agencies(text, '062')).toEqual(expect.arrayContaining(['金融机构', '非银行支付机构']));
  });

  it('reads an organisation whose part is played (充分发挥各类中介咨询机构作用), not the one served after 向', () => {
    const text = '充分发挥各类中介咨询机构作用，鼓励其向体育竞赛表演机构提供经济信息、市场预测、技术指导、法律咨询、人员培训等服务。';
    const read = agencies(text, '078');
    expect(read).toContain('各类中介咨询机构');
    expect(read.filter((n) => n.includes('体育竞赛表演机构'))).toEqual([]);
  });

  it('reads no organisation that only grows, is set up or invested in, or sums a list', () => {
    const text = [
      '发挥好高校、科研院所作用，支持新型研发机构发展。',
      '强化企业在技术创新中的主体地位，鼓励企业设立研发机构，牵头构建产学研协同创新联盟。',
      '稳步推进由民间资本发起设立中小型银行等金融机构，引导民间资本参股、投资金融机构及融资中介服务机构。',
      '3.鼓励银行、担保、小额贷款等机构创新融资方式，通过信贷风险补偿、应收账款抵押、融资担保等方式，优先支持服务业数字化发展。',
    ].join('');
    expect(agencies(text, '001').filter((n) => n.endsWith('机构'))).toEqual([]);
  });

  it('reads no hospital from its staff nor the media from their part', () => {
    expect(agencies('支持实体医疗机构从业医务人员在互联网医院多点执业。', '032')).toEqual([]);
    const text = '充分发挥门户网站、新闻机构、新媒体平台作用，积极宣传报道海洋人工智能大模型产业集聚区建设进展和成果。';
    expect(agencies(text, '050')).toEqual([]);
  });
});

describe('organisations a cue makes act, by kind alone or organised', () => {
  it('reads every organisation of a kind a cue makes act (鼓励各类机构承接…, 028), and those a body organises to act (组织…机构…开展, 062)', () => {
    expect(agencies('4．鼓励各类机构承接大科学计划，实施大科学工程。', '028')).toContain('各类机构');
    expect(
      agencies('针对老年人在日常生活中的应用困难，组织行业培训机构和专家开展专题培训，提高老年人对智能化应用的操作能力。', '062'),
    ).toContain('行业培训机构');
  });

  it('reads no organisation of a kind with no field and no qualifier naming them all (推动机关内部…, 054)', () => {
    expect(agencies('推动机关内部服务事项线上集成化办理。', '054')).toEqual([]);
  });
});

describe('organs a cue makes act', () => {
  it('reads the organ of a field a cue supports in its duties (支持…审计机关依法依规履行职责, 019), not a bare 机关 (054)', () => {
    expect(agencies('坚持无禁区、全覆盖、零容忍，支持纪检监察和审计机关依法依规履行职责，保持干部清正、政府清廉。', '019')).toContain(
      '审计机关',
    );
    expect(agencies('推动机关内部服务事项线上集成化办理。', '054')).toEqual([]);
  });
});

describe('social organisations and what follows a body', () => {
  it('reads 社会组织 a cue makes serve (060), not a list of fields of work that only grows (006, 009)', () => {
    const serves = '积极扩展数字化支撑下的线下服务功能，支持社会组织、社会工作者、志愿者等提供专业化、特色化、个性化服务。';
    expect(agencies(serves, '060')).toContain('社会组织');
    expect(agencies('引导支持社会组织、人道救助、志愿服务和慈善事业健康发展。', '006')).toEqual([]);
    expect(agencies('支持社会组织、人道救助、社会工作、志愿服务、公益慈善等健康发展。', '009')).toEqual([]);
  });

  it('reads an organisation before 面向 or 公开, the acts that open after it (059, 007)', () => {
    expect(agencies('支持第三方机构面向智能产品，研究制定测试规范和评价方法，开展检验检测及适老化认证服务。', '059')).toContain(
      '第三方机构',
    );
    expect(agencies('推动各类中介机构公开服务条件、流程、时限和收费标准。', '007')).toContain('各类中介机构');
  });
});

describe('an organisation whose field is what it does', () => {
  it('reads 研发机构 a cue makes act, its field the verb 研发 alone (063), not one a verb makes an object (建设…研发机构)', () => {
    expect(agencies('鼓励研发机构创新发展机制，加强数据共享和平台共建，开展协同创新。', '063')).toContain('研发机构');
    expect(agencies('支持建设新型研发机构，完善创新体系。', '063')).toEqual([]);
  });
});
