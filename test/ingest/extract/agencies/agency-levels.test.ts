import { namesRead } from '../names-read';

// Superior governments a district's report names by their level or their city, and what only looks
// like a body. Sentences quoted from the Hailar district work reports (016, 017, 018, 019), the State
// Council's notices (061) and the Shandong IT plan (048), and the transport ministry's demonstration
// guide (071, a corpus document outside the gold), and a high-tech zone's regulation reposted on the web.

const agencies = (text: string) => namesRead('Agency', text, 'hailar');

describe('the region and the city above a district', () => {
  it('reads 自治区 standing alone beside 中央, in a list of levels or before what it decided', () => {
    // 016
    expect(agencies('根据中央、自治区精神和呼伦贝尔市部署，在区委领导下，区政府编制了规划。')).toContain('自治区');
    // 018
    expect(agencies('深入落实中央经济工作会议和自治区、呼伦贝尔市系列会议精神，按照区委十五届五次全会的总体部署。')).toContain('自治区');
    // 019
    expect(agencies('要全面落实中央和自治区、呼伦贝尔市支持民营经济发展政策，突出抓好“三个通道”建设。')).toContain('自治区');
  });

  it('reads no 自治区 that only names a rank or a kind of place', () => {
    // 016: a ranking within the region
    expect(agencies('基本公共卫生服务均等化工作进入自治区前列。')).not.toContain('自治区');
    // 061: the provinces, regions and municipalities are kinds of place, read as one addressee if at all
    expect(agencies('各省、自治区、直辖市及计划单列市人民政府要加强统筹。')).not.toContain('自治区');
  });

  it('reads a city the place list does not know when a cue makes it act, named with 市', () => {
    // 018, 017
    expect(agencies('“旅游+”战略深入实施，积极配合呼伦贝尔市打造“十大文化”工程。')).toContain('呼伦贝尔市');
    expect(agencies('积极配合呼伦贝尔市推进中心城区公共交通发展。')).toContain('呼伦贝尔市');
  });

  it('reads no city where the words after the cue name a kind of city or a condition', () => {
    // 048
    expect(agencies('支持有条件的市在国家政策框架下探索建设。')).toEqual([]);
    expect(agencies('支持超大城市建设智慧交通体系。')).toEqual([]);
  });
});

describe('a list beside a body that ran into its clause', () => {
  it('reads no item holding a function word (与部) and starts a kind of body after 包括/包含', () => {
    // 071
    const names = agencies(
      '实现城市公共交通企业间的业务协同，并考虑与部、省级交通运输主管部门之间的业务对接。合理部署包括交通运输主管部门和企业两个层级的数据资源体系。',
    );
    expect(names).toContain('省级交通运输主管部门');
    expect(names.filter((n) => /与部|包括/.test(n))).toEqual([]);
  });
});

describe('the governments of two levels named together', () => {
  it('reads 各区县政府 and 各区、市政府 whole, as a note or a cued subject writes them', () => {
    // 036, 046: role notes
    expect(agencies('（责任单位：市工业和信息化局、市科技局、各区县政府、济南高新区管委会）')).toEqual(
      expect.arrayContaining(['各区县政府', '济南高新区管委会']),
    );
    expect(agencies('（责任单位：市工业和信息化局、市科技局、市大数据局，各区、市政府）')).toContain('各区、市政府');
    // 030 (a corpus document outside the gold): a cue makes them act
    expect(agencies('重点纳入青岛市经济社会发展整体规划。鼓励各区市政府先行先试、大胆探索。')).toEqual(['各区市政府']);
  });

  it('reads no single government inside two levels or before 部门', () => {
    // 005: the departments of three levels, not the county government
    expect(agencies('省、市、县政府部门制定公布权责清单。')).not.toContain('县政府');
    expect(agencies('（责任单位：市工业和信息化局、市科技局、各区县政府、济南高新区管委会）')).not.toContain('县政府');
  });
});

describe('a generic body before an adverb of its act', () => {
  it('reads the departments that open a clause before 充分', () => {
    // 019
    expect(agencies('大力推行“一事通办”，各部门充分授权，不让窗口的办事员“两头跑”。')).toContain('各部门');
  });
});

describe("a development zone's administrative committee", () => {
  it('reads a 管委会 that opens a clause before its act, written in traditional characters', () => {
    // A city's regulation on its high-tech zone, article 8, as reposted at
    // http://crsrw.com/zhongguoshuiwu/61793.html (no tune document or seed has a 管委会 acting outside a role note)
    // The district government the 管委会 supports acts too (支持…區人民政府發展…: a cue, then its act), written in full.
    expect(agencies('高新區管委會應當支持所在地的區人民政府發展經濟和社會事業,形成相互促進的合作機制。')).toEqual([
      '高新区管委会',
      '区人民政府',
    ]);
  });
});
