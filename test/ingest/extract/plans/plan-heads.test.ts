import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Heads of plans official writing uses beside 规划, 方案 and 行动, on sentences quoted from the tune
// documents: a campaign named by the wrong it deals with, a counted set of rules a body lays down,
// a document known by its number in the year's series, a quoted decision rule; and a name glossed
// by a Latin acronym, which is a body's, not a plan's.

const names = (text: string) =>
  buildGraph([record('excerpt', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('a campaign named by the wrong it deals with (…治理活动, …整治活动)', () => {
  it('reads the city’s clean-up of illegal building it takes part in (016)', () => {
    const text =
      '坚持“依法征收、阳光征收、做好群众工作”三项原则，结合呼伦贝尔市开展城市违法建设治理活动，科学安排征地拆迁，严格落实主体责任。';
    expect(names(text)).toContain('城市违法建设治理活动');
  });

  it('gives the campaign the level of the place that carries it out, named before the cue (016)', () => {
    const text = '关于某事\n\n结合呼伦贝尔市开展城市违法建设治理活动，科学安排征地拆迁。深入开展全区环境卫生整治活动。';
    const levels = Object.fromEntries(
      buildGraph([record('excerpt', text)])
        .nodes.filter((n) => n.label === 'Plan')
        .map((n) => [n.name, n.properties.level]),
    );
    expect(levels).toEqual({ 城市违法建设治理活动: 'municipal', 全区环境卫生整治活动: 'district' });
  });

  it('reads none where the clean-up is only described by what it targets (016)', () => {
    const text = '加强城市精细化管理，集中开展对五马六乱、广告牌匾等影响市容市貌的整治活动，严厉打击私搭乱建。';
    expect(names(text)).toEqual([]);
  });
});

describe('a counted set of rules a body lays down (…十项要求)', () => {
  it('reads the city committee’s ten requirements beside the eight rules and the region’s 28 (017)', () => {
    const text = '严格落实党风廉政建设责任制,严格落实中央八项规定、自治区党委28条配套规定和呼伦贝尔市委十项要求,政府自身建设持续加强。';
    expect(names(text)).toEqual(expect.arrayContaining(['中央八项规定', '呼伦贝尔市委十项要求']));
  });

  it('reads none for the requirements of a body, uncounted (075)', () => {
    const text = '全面贯彻党的教育方针，落实中央教育工作领导小组各项要求，保证职业教育改革发展正确方向。';
    expect(names(text)).toEqual([]);
  });
});

describe('a document known by its number in the year’s series (一号文件)', () => {
  it('reads the central No. 1 document whose spirit is carried out (012)', () => {
    const text = '全年实施重点农牧业项目33个。一是贯彻落实好中央一号文件精神，加强科技创新和农业基础设施建设。';
    expect(names(text)).toEqual(['中央一号文件']);
  });

  it('reads none for a file cited by its issuing number', () => {
    expect(names('各地要按照国办发〔2017〕47号文件要求，做好政府网站集约化工作。')).toEqual([]);
  });
});

describe('a quoted decision rule (“三重一大”决策机制)', () => {
  it('reads the rule carried out (019)', () => {
    const text = '提高代表、委员建议、议案、提案办理质量。严格落实“三重一大”决策机制，健全重大行政决策法定程序。';
    expect(names(text)).toEqual(['“三重一大”决策机制']);
  });

  it('reads none for a decision mechanism named by its means (043)', () => {
    expect(names('建立健全大数据辅助科学决策机制，提高经济运行监测预测水平。')).toEqual([]);
  });
});

describe('a name glossed by a Latin acronym', () => {
  it('reads no plan in the standards body (3GPP) a text takes part in (052)', () => {
    const text = '积极参与第三代合作伙伴计划（3GPP）等全球知名标准化组织活动，在自动驾驶、大数据等领域牵头制定国际标准。';
    expect(names(text)).toEqual([]);
  });

  it('still reads a plan followed by its edition year in brackets', () => {
    expect(names('认真落实国家新一代人工智能发展规划（2017），加快人工智能产业发展。')).toContain('国家新一代人工智能发展规划');
  });
});

describe('the level a strategy makes strong, written in its name (…强国, …强区)', () => {
  const levels = (text: string) =>
    Object.fromEntries(
      buildGraph([record('excerpt', text)])
        .nodes.filter((n) => n.label === 'Plan')
        .map((n) => [n.name, n.properties.level]),
    );

  it('gives a district’s strategies the district level (012, 013)', () => {
    const text = '关于某事\n\n坚定不移地实施科技强区战略，深入实施富民强区战略和科教兴区战略，推动经济社会全面发展。';
    expect(levels(text)).toEqual({ 科技强区战略: 'district', 富民强区战略: 'district', 科教兴区战略: 'district' });
  });

  it('gives the nation’s the national level in a city’s text (024)', () => {
    const text = '关于某事\n\n深入贯彻落实制造强国、网络强国战略，推动先进制造业和数字经济高质量发展。';
    expect(levels(text)).toEqual({ 制造强国战略: 'national', 网络强国战略: 'national' });
  });
});

describe('a policy listed among the papers a text draws up', () => {
  it('reads the policy after a regulation and a scheme of the same list (023)', () => {
    const text =
      '健全完善相关法规制度和政策措施，制定出台电子政务和政务数据管理办法、数字政府建设实施方案、数字经济创新创业政策，修订完善省政务信息系统项目管理办法。';
    expect(names(text)).toEqual(expect.arrayContaining(['数字政府建设实施方案', '数字经济创新创业政策']));
  });

  it('reads none where the list is of the fields a policy serves (010)', () => {
    expect(names('全面实施跨境服务贸易负面清单。出台服务贸易、数字贸易创新发展政策。加快内外贸一体化发展。')).not.toContain(
      '数字贸易创新发展政策',
    );
  });
});
