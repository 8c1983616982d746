import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';
import { parts, projects } from './project-parts';

// Issue #11 (projects have a hierarchy): a 专栏 box whose label shares its heading's line, the items a box
// lists as headings of their own, and a project heading whose text a sibling line ends. Texts are excerpts of
// official documents as recalled (wording close to the published text, not checked letter by letter); the
// 新基建 plan is marked as composed where it is.

// 中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要 (2021), 专栏9 and the head of 专栏10.
const WATER_BOX = [
  '专栏9 国家水网骨干工程',
  '01 重大引调水',
  '推动南水北调东中线后续工程建设，深化南水北调西线工程方案比选论证。',
  '02 供水保障',
  '加快建设海南天角潭、云南黑滇池、四川向家坝灌区一期、新疆库尔干等水源工程，推进大型灌区节水改造和现代化建设。',
  '03 防洪减灾',
  '建设雄安新区防洪工程，实施长江中下游崩岸治理和重要蓄滞洪区建设。',
  '专栏10 现代能源体系建设工程',
  '01 大型清洁能源基地',
  '建设雅鲁藏布江下游水电基地。',
].join('\n');

describe('a 专栏 box with its label on the heading line', () => {
  it('names the project without the label, and its numbered items hold the works named in them', () => {
    const g = buildGraph([record('box-14th-fyp', WATER_BOX)]);
    expect(projects(g)).toEqual(expect.arrayContaining(['国家水网骨干工程', '现代能源体系建设工程']));
    expect(projects(g).filter((n) => n.includes('专栏'))).toEqual([]);
    expect(parts(g)).toEqual(
      [
        '南水北调东中线后续工程 → 国家水网骨干工程',
        '南水北调西线工程 → 国家水网骨干工程',
        '海南天角潭、云南黑滇池、四川向家坝灌区一期、新疆库尔干等水源工程 → 国家水网骨干工程',
        '雄安新区防洪工程 → 国家水网骨干工程',
      ].sort(),
    );
  });
});

describe('the text a project heading heads', () => {
  it('ends at a line marked as its sibling, though that line was read as no heading (北京, 数字经济标杆城市实施方案)', () => {
    const text = [
      '北京市关于加快建设全球数字经济标杆城市的实施方案',
      '（四）实施国际数据枢纽工程。建设北京国际大数据交易所，打造数据跨境流动服务平台。',
      '（五）实施数字技术创新策源工程、数字产业化发展工程和数字化赋能工程。',
      '同时深入实施“海聚工程”“高聚工程”，引进数字经济领域高层次人才。',
    ].join('\n');
    const g = buildGraph([record('heading-end', text)]);
    expect(projects(g)).toEqual(expect.arrayContaining(['国际数据枢纽工程', '数字技术创新策源工程', '海聚工程', '高聚工程']));
    expect(parts(g)).toEqual([]);
  });
});

describe('a counted set whose works are sibling headings', () => {
  it('reads the seven headed works after 新基建“七大工程” as its parts (composed in the shape of a provincial 新基建 plan)', () => {
    const text = [
      '二、重点任务',
      '围绕信息基础设施、融合基础设施、创新基础设施三个方面，重点实施新基建“七大工程”。',
      '（一）5G网络建设工程。加快5G基站规模化部署。',
      '（二）数据中心建设工程。统筹布局大型、超大型数据中心。',
      '（三）工业互联网建设工程。建设工业互联网标识解析二级节点。',
      '（四）人工智能建设工程。打造人工智能应用场景示范区。',
      '（五）特高压建设工程。推进特高压输电通道建设。',
      '（六）城际高速铁路和城市轨道交通建设工程。开工建设城际铁路3条。',
      '（七）新能源汽车充电桩建设工程。到2022年累计建成充电桩10万个。',
    ].join('\n');
    const g = buildGraph([record('set-headings', text)]);
    const whole = g.nodes.find((n) => n.label === 'EngineeringProject' && n.name.includes('七大工程'))!.name;
    expect(parts(g)).toHaveLength(7);
    expect(parts(g).every((p) => p.endsWith(`→ ${whole}`))).toBe(true);
  });

  it('reads no parts when fewer headings than the count follow', () => {
    const text = [
      '重点实施新基建“七大工程”。',
      '（一）5G网络建设工程。加快5G基站规模化部署。',
      '（二）数据中心建设工程。统筹布局数据中心。',
    ].join('\n');
    expect(parts(buildGraph([record('set-short', text)]))).toEqual([]);
  });
});
