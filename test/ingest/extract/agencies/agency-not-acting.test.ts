import { namesRead } from '../names-read';

// Words shaped like bodies where no body acts, quoted from tune documents: standing bodies built
// (075), a local rule (062), a duty yet to be given (071, 078), and two levels sharing one office in a
// task's note of units (030), a building named after its body (014).

const agencies = (text: string) => namesRead('Agency', text);

describe('words shaped like bodies where none acts', () => {
  it('reads no 工会 or 共青团 where their organisations are built (075)', () => {
    const text =
      '有效发挥基层党组织的战斗堡垒作用和共产党员的先锋模范作用，带动学校工会、共青团等群团组织和学生会组织建设，汇聚每一位师生员工的积极性和主动性。';
    const names = agencies(text);
    expect(names).not.toContain('工会');
    expect(names).not.toContain('共青团');
  });

  it('reads no place from 地方性法规 (062)', () => {
    const names = agencies('各地区要围绕出行、就医、消费、办事等老年人日常生活需求，推动相关地方性法规制修订工作。');
    expect(names).toContain('各地区');
    expect(names).not.toContain('相关地方');
  });

  it('reads no department a duty is to be given to (071, 078)', () => {
    expect(agencies('城市交通运输主管部门应完善数据采集与更新管理相关制度，明确各项数据的采集责任部门及业务流程。')).not.toContain(
      '采集责任部门',
    );
    expect(agencies('明确体育赛事开展的基本条件、规则、程序和各环节责任部门，提高标准化水平。')).not.toContain('各环节责任部门');
  });

  it('reads no 各区 alone where it opens two levels sharing the office after them in a note of units (030)', () => {
    const names = agencies('鼓励超算中心分时复用，提高核心设备利用率。（装备信息中心、各区、市教体局）');
    expect(names).not.toContain('各区');
    expect(names.some((n) => n.endsWith('市教体局'))).toBe(true);
  });

  it('reads no body whose secretariat or standards work others take on or join (037, 022)', () => {
    expect(agencies('对当年承担国际标准化技术委员会秘书处的企业，给予最高100万元扶持。')).toEqual([]);
    expect(agencies('建立省重点行业数据、接口和应用标准体系，积极参与国家人工智能产业联盟标准制定，形成一批技术领先的团体标准。')).toEqual(
      [],
    );
  });

  it('reads no international body the country negotiates with or takes part in (001, 052, 031)', () => {
    expect(agencies('推进中美、中欧投资协定谈判，加快与韩国、澳大利亚、海湾合作委员会等自贸区谈判进程。')).toEqual([]);
    expect(agencies('深度参与国际电信联盟（ITU）、国际标准化组织（ISO）、国际电工委员会（IEC）等国际标准组织标准研制。')).toEqual([]);
    expect(agencies('充分发挥孔子学院总部体验基地、国际儒学联合会曲阜研修基地等综合文化交流平台作用。')).not.toContain('国际儒学联合会');
  });

  it('reads no bureau whose name only says whose building rose (014)', () => {
    const text = '东海写字楼、区国税局综合业务用房主体封顶，森工集团棚户区改造项目一期工程完工，红星美凯龙主力店项目开工建设。';
    expect(agencies(text)).not.toContain('区国税局');
  });
});
