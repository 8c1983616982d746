import { namesRead } from '../names-read';

// Standing bodies by structure, not by list: a level and a kind (区政协, 市法院, 区政府党组), a province's
// full name before a body, and name endings of bodies set up for a task. Quoted tune text (018, 019,
// 024, 025, 029, 052, 023); where a sentence is adapted, the comment says how.

const agencies = (text: string) => namesRead('Agency', text);

describe('standing bodies written as a level and a kind', () => {
  it('reads the government’s party group and the party committee whose plan it follows (018)', () => {
    expect(agencies('政府党组按照区委统一的安排部署迅速学习宣传贯彻党的十九大精神')).toEqual(expect.arrayContaining(['政府党组', '区委']));
  });

  it('reads a court, a procuratorate and a supervisory commission by their level (024, the cc line without its label)', () => {
    const read = agencies('市委各部门，市人大常委会办公厅，市政协办公厅，市监委，济南警备区，市法院，市检察院。');
    expect(read).toEqual(expect.arrayContaining(['市监委', '市法院', '市检察院']));
  });

  it('still reads no body on a routing line (024, as written)', () => {
    const read = agencies('抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，济南警备区，市法院，市检察院。');
    expect(read).not.toEqual(expect.arrayContaining(['市法院']));
    expect(read).not.toContain('市检察院');
  });

  it('reads a people’s congress and a political consultative conference of the district (019)', () => {
    expect(agencies('自觉接受区人大及其常委会的法律监督、工作监督和区政协的民主监督')).toEqual(
      expect.arrayContaining(['区人大及其常委会', '区政协']),
    );
  });

  it('reads courts written with their full kind (019’s sentence, 区人大 written as the district courts)', () => {
    expect(agencies('自觉接受区人民法院、区人民检察院的法律监督')).toEqual(expect.arrayContaining(['区人民法院', '区人民检察院']));
  });

  it('does not read a deployment as a body listed after a party committee (019, 市委和区委 written as 政府)', () => {
    const read = agencies('坚决落实中央、自治区党委、政府作出的决策部署');
    expect(read).toContain('自治区党委');
    expect(read.filter((n) => n.endsWith('部署'))).toEqual([]);
  });
});

describe('the departments of a government', () => {
  it('reads a levelled government’s departments as the body acting, not the government (012, adapted: 区政府各部门, 区政府有关部门)', () => {
    const read = agencies('二是切实转变作风，提高行政服务能力。区政府各部门要把主要精力放在干工作、抓落实上');
    expect(read).toContain('区政府各部门');
    expect(read).not.toContain('区政府');
    expect(agencies('四是坚持从严治政，提高拒腐防变能力。区政府有关部门要严格规范工作人员的从政行为')).toContain('区政府有关部门');
  });

  it('still reads the government’s departments written without a level (012, as written)', () => {
    expect(agencies('二是切实转变作风，提高行政服务能力。政府各部门要把主要精力放在干工作、抓落实上')).toContain('政府各部门');
  });
});

describe('a province’s full name opens its bodies’ names', () => {
  it('keeps the province in a committee the plan sets up (025)', () => {
    expect(agencies('建立山东省工业大数据专家咨询委员会。探索在企业中建立和推广总信息师（总数据师）制度。')).toContain(
      '山东省工业大数据专家咨询委员会',
    );
  });

  it('keeps the province in the general office that issues (023), also for a province the city list lacks (adapted: 内蒙古自治区)', () => {
    expect(agencies('山东省人民政府办公厅2019年3月15日印发')).toContain('山东省人民政府办公厅');
    expect(agencies('内蒙古自治区人民政府办公厅2019年3月15日印发')).toContain('内蒙古自治区人民政府办公厅');
  });

  it('keeps 自治区 whole before a department of the region (014, adapted: 自治区政府 written as 自治区林业和草原局)', () => {
    const read = agencies('被自治区林业和草原局授予重点区域绿化先进单位，获得2013年自治区文明城市测评第一名');
    expect(read).toContain('自治区林业和草原局');
    expect(read).not.toContain('区林业和草原局');
  });
});

describe('central bodies and bodies set up for a task', () => {
  it('reads the joint discipline and supervision body and the science foundation by their names (052)', () => {
    expect(agencies('中央纪委国家监委机关推动基层小微权力“监督一点通”信息')).toContain('中央纪委国家监委');
    expect(agencies('2022年，国家自然科学基金委数字与数字交叉领域资助国家杰出青年')).toContain('国家自然科学基金委员会');
  });

  it('reads a headquarters and a management committee by their ending (029, adapted: 工作专班 written as 指挥部; 028’s note bodies as a subject)', () => {
    expect(agencies('在工信部和省人工智能先导区指挥部的指导下，充分发挥市人工智能工作专班的作用')).toContain('省人工智能先导区指挥部');
    expect(agencies('济南新旧动能转换先行区管委会负责。')).toContain('济南新旧动能转换先行区管委会');
  });
});

describe('a task list’s labels outside brackets', () => {
  // 037 and 036 write their labels in a bracketed note; the same labels open a line of their own here (adapted:
  // brackets taken out, the note set on its own line).
  const NOTE = '牵头单位：市地方金融监管局、市科技局、人民银行济南分行营管部、人民银行莱芜市中心支行，责任单位：莱芜银保监分局';

  it('reads every body after a label that opens a line, whatever its ending (037, adapted)', () => {
    const read = agencies(`探索投资收益最大化让渡创新创业团队的股权基金退出模式。\n${NOTE}\n`);
    expect(read).toEqual(expect.arrayContaining(['市地方金融监管局', '莱芜银保监分局', '人民银行莱芜市中心支行']));
  });

  it('reads the bodies of a label opening a sentence (036, adapted)', () => {
    const read = agencies('推进城市数据资源体系建设。责任单位：市工业和信息化局、市委机要保密局、各区县政府、济南高新区管委会\n');
    expect(read).toEqual(expect.arrayContaining(['各区县政府', '济南高新区管委会', '市委机要保密局']));
  });
});

describe('collective and people’s bodies by their form', () => {
  it('reads the Youth League’s provincial committee whole, not as the party committee (031, adapted: the note written as a sentence)', () => {
    const read = agencies('加强学生思想政治教育。省委教育工委、省委宣传部、团省委要加强统筹。');
    expect(read).toContain('团省委');
    expect(read).not.toContain('省委');
  });

  it('reads the people’s bodies of a level by their kind (031, adapted: 省残联 beside 省红十字会 and 市文联)', () => {
    expect(agencies('加强特殊教育。省残联、省红十字会、市文联要积极参与。')).toEqual(
      expect.arrayContaining(['省残联', '省红十字会', '市文联']),
    );
  });

  it('reads a central bureau’s survey team in a province (044, adapted: the bank’s branch written as the statistics bureau’s)', () => {
    expect(agencies('（牵头单位：省统计局；责任单位：国家统计局山东调查总队）')).toContain('国家统计局山东调查总队');
    expect(agencies('国家统计局山东调查总队要加强数据核查。')).toContain('国家统计局山东调查总队');
  });

  it('reads every province as the subject that acts, not as a cue’s object (061, as written and adapted to open its clause)', () => {
    expect(agencies('引导各省（自治区、直辖市）充分整合利用现有资源，以市场需求为导向')).toEqual([]);
    expect(agencies('数据中心布局更加合理。各省（自治区、直辖市）要充分整合利用现有资源')).toContain('各省(自治区、直辖市)');
    expect(agencies('数据中心布局更加合理。各省、自治区、直辖市要充分整合利用现有资源')).toContain('各省、自治区、直辖市');
  });
});
