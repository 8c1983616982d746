import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';
import { namesRead } from '../names-read';

// How a government body's name is built and written, read by structure: fields listed before one head, places of
// every level (towns, banners, new areas), units named after their body, and one body written in full and short.
// Quoted tune text (016, 037, 038, 070, 071, 073, 019); where a sentence is adapted, the comment says how.

const agencies = (text: string) => namesRead('Agency', text);
const agencyNodes = (text: string) => buildGraph([record('forms', text)]).nodes.filter((n) => n.label === 'Agency');

describe('fields listed before one head', () => {
  it('reads each field of the list as a body, with the head as its other form (073)', () => {
    const nodes = agencyNodes('政务新媒体要接受宣传、网信部门的有关业务统筹指导。');
    expect(nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['宣传', '网信部门']));
    expect(nodes.find((n) => n.name === '宣传')?.aliases).toContain('宣传部门');
  });

  it('reads the first field where the list opens its clause (038)', () => {
    expect(agencies('相对集中行政许可权改革后，审批、监管部门相关工作人员、业务信息沟通过程中可能存在“时差”“错位”。')).toEqual(
      expect.arrayContaining(['审批', '监管部门']),
    );
  });

  it('reads no people or firms listed before a department as sharing its head (070, 071)', () => {
    expect(agencies('一是建设药品追溯协同服务平台，为企业和社会公众、监管部门提供公共服务')).not.toContain('社会公众');
    const read = agencies('乘客出行信息服务平台可根据服务需求和形式的不同，由企业、交通运输主管部门共同建设；');
    expect(read).not.toContain('企业');
  });

  it('reads no list of counts or of scopes as fields (054: 跨地区、跨部门)', () => {
    expect(agencies('推动跨地区、跨部门、跨层级数据共享')).toEqual([]);
  });
});

describe('places of every level before a body', () => {
  it('keeps a town before its government and party committee (018, adapted: 哈克镇老年养护院 written as the town’s government)', () => {
    expect(agencies('重点实施哈克镇政府老年养护院建设。哈克镇政府要加强统筹。')).toContain('哈克镇政府');
    expect(agencies('在奋斗镇党委的领导下，加快奋斗镇田园综合体建设')).toContain('奋斗镇党委');
  });

  it('reads no clause words before a level as a place (016)', () => {
    const read = agencies('我代表海拉尔区人民政府向大会作工作报告，并请区政协委员和列席会议的同志提出意见。');
    expect(read).toContain('区政协');
    expect(read).not.toContain('并请区政协');
  });

  it('keeps a banner of five characters before its government (019, adapted: 海拉尔区 written as 新巴尔虎左旗)', () => {
    expect(agencies('新巴尔虎左旗政府要加强统筹。')).toContain('新巴尔虎左旗政府');
  });

  it('keeps a new area’s name whole, not a zone’s (052, adapted: 上海临港新区 as a government)', () => {
    expect(agencies('临港新区政府要加快推进。')).toContain('临港新区政府');
    expect(agencies('支持济南高新区政府加快推进。')).not.toContain('济南高新区政府');
  });
});

describe('where a name ends', () => {
  it('does not run across a joining word before a province’s name (028)', () => {
    const text =
      '对牵头承担或参与实施人工智能相关领域国家科技重大专项、国家重点研发计划和山东省厅市会商项目的单位，按照国拨经费给予配套支持。';
    expect(agencies(text).filter((n) => n.includes('和'))).toEqual([]);
  });
});

describe('offices of a committee', () => {
  it('reads a committee’s office whole without a level before it (052, adapted: 国务院 left out)', () => {
    expect(agencies('安全生产委员会办公室印发《“十四五”国家安全生产规划》。')).toContain('安全生产委员会办公室');
  });
});

describe('the self-governing bodies of a neighbourhood', () => {
  it('reads a residents’ committee and a street office a cue makes act, as 村（居）委会 is (062, adapted)', () => {
    const text = '鼓励亲友、社区居委会、街道办事处、老年协会、志愿者等为老年人运用智能化产品提供相应帮助。';
    expect(agencies(text)).toEqual(expect.arrayContaining(['社区居委会', '街道办事处', '老年协会']));
  });
});

describe('units named after their body', () => {
  it('reads a bureau’s branch and a brigade whole (037, adapted: 莱芜银保监分局 written as a city bureau’s branch)', () => {
    const read = agencies('市生态环境局海拉尔分局要加强执法，市公安局交警支队要加强管理。');
    expect(read).toEqual(expect.arrayContaining(['市生态环境局海拉尔分局', '市公安局交警支队']));
    expect(read).not.toContain('市生态环境局');
  });
});

describe('one body written in full and short', () => {
  it('is one node, the short form an alias, where the document names one district (016)', () => {
    const nodes = agencyNodes(
      '我代表海拉尔区人民政府向大会作工作报告，并请区政协委员和列席会议的同志提出意见。区政府在市委、市政府和区委的坚强领导下，紧紧依靠全区各族干部群众。',
    );
    const government = nodes.filter((n) => n.name.endsWith('政府') && n.name.includes('区'));
    expect(government.map((n) => n.name)).toEqual(['海拉尔区人民政府']);
    expect(government[0].aliases).toContain('区政府');
  });

  it('is one node where the full name writes the city above the district (019)', () => {
    const nodes = agencyNodes(
      '呼伦贝尔市海拉尔区人民政府代区长  萨国文\n过去的一年，在区委的坚强领导下，在区人大、政协的监督支持下，区政府团结带领全区各族人民。',
    );
    const government = nodes.filter((n) => n.name.endsWith('政府'));
    expect(government.map((n) => n.name)).toEqual(['呼伦贝尔市海拉尔区人民政府']);
    expect(government[0].aliases).toContain('区政府');
  });

  it('keeps two districts’ governments apart, the short form belonging to neither (050, adapted: the note as a sentence)', () => {
    const nodes = agencyNodes('崂山区政府、城阳区政府要加强协同。区政府要加强统筹。');
    expect(nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['崂山区政府', '城阳区政府', '区政府']));
  });
});

// The short form a text gives a body it has just named ((以下简称园区科创委)) is that body's short name, not a body called
// 以下简称…: recalled from the wording of Suzhou Industrial Park's 2022 rules for its AI policies (recalled, not checked
// against the published text).
describe('a short form given in brackets', () => {
  it('reads 园区科创委, not 以下简称园区科创委', () => {
    const read = namesRead(
      'Agency',
      '本细则由苏州工业园区管理委员会科技创新委员会（以下简称园区科创委）负责组织实施，园区财政局按照职责分工配合做好相关工作。',
    );
    expect(read.some((n) => n.includes('以下简称') || n.startsWith('简称'))).toBe(false);
  });
});
