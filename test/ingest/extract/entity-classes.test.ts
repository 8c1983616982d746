import { buildGraph } from '../../../src/ingest';
import type { Graph } from '../../../src/model';
import { record } from '../../fixtures/genre/records';

// Classes of plans, agencies and projects the gold documents 050 and 060 showed, each on passages
// quoted from corpus documents (number in the comment), most of them outside the gold.

const of = (label: string, g: Graph) => g.nodes.filter((n) => n.label === label).map((n) => n.name);
const read = (label: string, text: string) => of(label, buildGraph([record('entity-classes', text)]));
// Names are compared as a reader sees them: full- and half-width brackets are one.
const plain = (names: string[]) => names.map((n) => n.replace(/（/g, '(').replace(/）/g, ')'));

describe('agencies of these classes', () => {
  it('reads an item of a 等部门 list that closes with a note in brackets (060)', () => {
    const text =
      '民政、政法、网络安全和信息化、发展改革、工业和信息化、公安、财政、住房城乡建设（城市管理）、农业农村等部门要加强对智慧社区建设的组织领导';
    expect(plain(read('Agency', text))).toEqual(expect.arrayContaining(['民政', '公安', '住房城乡建设(城市管理)', '农业农村']));
  });

  it.each([
    // 060: the grassroots levels that act (可因地制宜…)
    ['乡镇（街道）、村（社区）可因地制宜探索开发符合本地实际的特色应用', ['乡镇(街道)', '村(社区)']],
    // 004: a local government as the subject of 可
    ['地方政府可在法定权限范围内，制定出台招商引资优惠政策', ['地方政府']],
    // 050: chambers of commerce listed with associations as one subject
    ['各部门、单位及行业协会、商会等要积极发挥自身作用，做好政策宣传和科普讲解', ['各部门', '行业协会', '商会']],
    // 050: a panel of experts the plan sets up
    ['聘请业内专家学者和领军人才组建海洋人工智能大模型专家智库，对重大战略举措建言献策', ['海洋人工智能大模型专家智库']],
    // 054: a standards body the opinion sets up, the act (设立) no part of its name
    ['研究设立全国数字政府标准化技术组织，统筹推进数字政府标准化工作', ['全国数字政府标准化技术组织']],
    // 026: a team of experts set up beside a service organisation
    ['组建传统产业智能化技术改造专家指导团队和行业公益服务组织，开展诊断服务', ['传统产业智能化技术改造专家指导团队']],
  ])('reads the acting bodies of %s', (text, expected) => {
    expect(plain(read('Agency', text))).toEqual(expect.arrayContaining(expected));
  });
});

describe('plans of these classes', () => {
  it('reads a quoted roadmap a plan drafts as a plan (050)', () => {
    const text = '制定“科技＋产业”路线图，明确海洋人工智能大模型创新链、产业链、资金链、人才链，开展产业链招商。';
    expect(read('Plan', text).map((n) => n.replace(/[+＋]/, '+'))).toEqual(expect.arrayContaining(['“科技+产业”路线图']));
  });
});

describe('projects of these classes', () => {
  it('reads no project from 工程、项目, works and projects of a field in general (050)', () => {
    expect(read('EngineeringProject', '加强海洋人工智能大模型对重大海洋工程、项目的支撑作用。')).toEqual([]);
  });

  it('still reads a named 工程 of the same text (060)', () => {
    const text = '实施城乡社区综合服务设施智慧化改造工程，加快部署政务通用自助服务一体机。';
    expect(read('EngineeringProject', text)).toEqual(['城乡社区综合服务设施智慧化改造工程']);
  });
});

describe('members are no body', () => {
  it('reads the committee, not 区政协各位委 out of its members (018)', () => {
    const text = '现在，我代表海拉尔区人民政府向大会报告工作，请予审议，并请区政协各位委员和列席会议的同志提出意见。';
    const names = read('Agency', text);
    expect(names).toEqual(expect.arrayContaining(['海拉尔区人民政府']));
    expect(names.filter((n) => n.endsWith('委'))).toEqual([]);
  });
});

describe('products are no plans', () => {
  it.each([
    // 027: a heading that promises solutions, and a product a hospital offers
    ['1.形成一批具有引领性的人工智能融合应用场景和解决方案。'],
    ['鼓励将临床经验与数字化、人工智能技术相结合，推出更高效更低成本的医疗解决方案，推广临床辅助决策系统、智能化医学设备。'],
  ])('reads no plan from a 解决方案: %s', (text) => {
    expect(read('Plan', text)).toEqual([]);
  });
});

describe('a central body inside a longer name', () => {
  it('reads an institute of the academy whole, where the sentence names it (050)', () => {
    const names = read('Agency', '打造一批重点实验室、人工智能创新平台。推动中国科学院海洋研究所海洋大数据中心创新发展。');
    expect(names).toEqual(['中国科学院海洋研究所']);
  });

  it('reads no body from a facility named after the academy and a place (041)', () => {
    expect(read('Agency', '加快中科院济南科创城等重大载体建设，高质量建设崂山实验室。')).toEqual([]);
  });
});

describe('a body after a preposition (075)', () => {
  const text = [
    '国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责管理监督考核院校外、院校内职业技能等级证书的实施（技工院校内由人力资源社会保障行政部门负责），国务院人力资源社会保障行政部门组织制定职业标准。',
    '联席会议统筹协调全国职业教育工作，研究协调解决工作中重大问题，听取国家职业教育指导咨询委员会等方面的意见建议，部署实施职业教育改革创新重大事项，每年召开两次会议，各成员单位就有关工作情况向联席会议报告。',
  ].join('\n');
  const names = read('Agency', text);

  it('reads the body after 由 in a note, not the place before it', () => {
    expect(names).toEqual(expect.arrayContaining(['人力资源社会保障行政部门']));
    expect(names.filter((n) => n.includes('由'))).toEqual([]);
  });

  it('reads no body across 向 (the one a report goes to)', () => {
    expect(names.filter((n) => n.includes('向'))).toEqual([]);
  });
});

describe('the plan a document is, named by its delivered title', () => {
  // 062 (two of its sentences): no title line; the manifest delivers the title, the text calls itself 本实施方案.
  const text =
    '随着我国互联网、大数据、人工智能等信息技术快速发展，智能化服务得到广泛应用，深刻改变了生产生活方式，提高了社会治理和服务效能。为进一步推动解决老年人在运用智能技术方面遇到的困难，让老年人更好共享信息化发展成果，制定本实施方案。';
  const plans = (title: string) =>
    buildGraph([{ ...record('062-own', text), title }])
      .nodes.filter((n) => n.label === 'Plan')
      .map((n) => n.name);

  it('takes the title that ends in what the text calls itself', () => {
    expect(plans('关于切实解决老年人运用智能技术困难的实施方案')).toEqual(['关于切实解决老年人运用智能技术困难的实施方案']);
  });

  it('keeps 本实施方案 when no title is delivered', () => {
    expect(plans('')).toEqual(['本实施方案']);
  });

  it('takes the plan a notice issues, and a title whose span of years follows what the text calls itself', () => {
    expect(plans('国务院办公厅关于印发《关于切实解决老年人运用智能技术困难的实施方案》的通知')).toEqual([
      '关于切实解决老年人运用智能技术困难的实施方案',
    ]);
    expect(plans('关于切实解决老年人运用智能技术困难的实施方案（2021—2023年）')).toEqual([
      '关于切实解决老年人运用智能技术困难的实施方案（2021—2023年）',
    ]);
  });
});

describe('one head shared by a list opened by two cues (054)', () => {
  it('reads each strategy once, neither the cue nor the head twice', () => {
    const names = read('Plan', '经过多年发展，围绕实施网络强国战略、大数据战略等作出了一系列重大部署。');
    expect(names).toEqual(['网络强国战略', '大数据战略']);
  });
});
