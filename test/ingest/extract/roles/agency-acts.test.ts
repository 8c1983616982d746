import { join } from 'node:path';
import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { fileRecord, record } from '../../../fixtures/genre/records';
import { namesRead } from '../names-read';

// Who does what in a State Council opinion, read on the State Council's 2018 opinion on farm
// mechanisation (test/fixtures/corpus 077, built whole: addressees, notes of responsible ministries,
// 发文机关 and the signature), with sentences quoted from the State Council's work reports (007, 008),
// the digital-China report (052), the notice on pooling government websites (072) and the digital
// aging-friendly plan (066, a PDF's text with its line breaks and its misprinted bracket). One case
// keeps invented text: no real example was found.

const opinion = buildGraph([
  fileRecord(join(__dirname, '..', '..', '..', 'fixtures', 'corpus'), '077_govcn-2018-agri-mechanization-opinion.txt'),
]);
const agencies = (text: string) => namesRead('Agency', text);
const names = (graph: Graph) => graph.nodes.filter((n) => n.label === 'Agency').map((n) => n.name);
const byName = (graph: Graph, label: string, name: string) => graph.nodes.find((n) => n.label === label && n.name === name);
/** The role each body plays toward the node whose name starts with `to`. */
const rolesTo = (graph: Graph, to: string) =>
  Object.fromEntries(
    graph.relationships
      .filter((r) => r.type === 'RESPONSIBLE_FOR' && graph.nodes.find((n) => n.id === r.to)?.name.startsWith(to))
      .map((r) => [graph.nodes.find((n) => n.id === r.from)?.name, r.properties.role]),
  );

describe('agencies that act, by what they do', () => {
  it('reads the bodies whose part is played (充分发挥…作用)', () => {
    // 077
    expect(agencies('充分发挥行业协会在行业自律、信息交流、教育培训等方面的作用，服务引导行业转型升级。')).toEqual(['行业协会']);
  });

  it('reads two kinds written together as one (no real example found: searched the tune documents, seeds, /tmp/audit17 and /tmp/fp17 texts and stored pages for 协会商会 whose part is played; invented text of the genre)', () => {
    // The tune documents name 行业协会商会 only as what is reformed (加快行业协会商会与行政机关脱钩), not as an actor.
    const read = agencies('充分发挥行业协会商会在标准制定、人才培训等方面的作用。');
    expect(read).toContain('行业协会商会');
    expect(read).not.toContain('商会');
  });

  it('reads bodies stacked with no joining mark as the subject, whatever its verb (各地区各部门顾全大局)', () => {
    // 007
    expect(
      agencies(
        '各地区各部门顾全大局、尽责担当，上亿市场主体在应对冲击中展现出坚强韧性，广大人民群众勤劳付出、共克时艰，诠释了百折不挠的民族精神，彰显了人民是真正的英雄，这是我们战胜一切困难挑战的力量源泉。',
      ),
    ).toEqual(['各地区', '各部门']);
  });

  it('does not read a body that is being built, a level that ends a longer word, or the deputies of a congress', () => {
    // 077
    expect(
      agencies(
        '加强顶层设计与动态评估，建立健全部门协调联动、覆盖关联产业的协同创新机制，增强科研院所原始创新能力，完善以企业为主体、市场为导向的农机装备创新体系，研究部署新一代智能农业装备科研项目，支持产学研推用深度融合，推进农机装备创新中心、产业技术创新联盟建设，协同开展基础前沿、关键共性技术研究，促进种养加、粮经饲全程全面机械化创新发展。',
      ),
    ).toEqual([]);
    // 072, 008
    expect(
      agencies(
        '针对政府网站存在的建设分散、数据不通、使用不便等突出问题，建设基于统一信息资源库的政府网站集约化平台，以信息资源共享共用带动试点地区政府网站整体服务水平的提升。',
      ),
    ).toEqual([]);
    expect(agencies('全力支持特别行政区政府依法施政。')).not.toContain('区政府');
    // 052 (its line break kept)
    expect(
      agencies('乡镇覆盖率达到96.1%。全国人大代表工作信息化平台正式开\n通，汇集办理议案建议群组超2万个，推动提升人大代表履职'),
    ).toEqual([]);
  });

  it('gives a central body and the addressees no city of their own (直辖市 names a kind of city)', () => {
    // 077: the addressees and 市场监管总局 of a note
    expect(names(opinion)).toEqual(expect.arrayContaining(['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构', '市场监管总局']));
    expect(opinion.nodes.filter((a) => a.label === 'Agency' && a.properties.city !== undefined).map((a) => a.name)).toEqual([]);
  });
});

describe('the role each body plays', () => {
  it('lets only the first body of a note lead where the document says 列第一位者为牵头单位，下同', () => {
    // 077, section (四): the rule is stated in the note of section (三)
    expect(rolesTo(opinion, '建立健全现代农机流通体系')).toEqual({
      工业和信息化部: 'leads',
      发展改革委: 'carries_out',
      科技部: 'carries_out',
      农业农村部: 'carries_out',
      商务部: 'carries_out',
    });
  });

  it('gives every body of a list before 牵头 the lead', () => {
    // 077: 建立由农业农村部、工业和信息化部牵头的国家农业机械化发展协调推进机制
    const roles = rolesTo(opinion, '建立由农业农村部');
    expect([roles['农业农村部'], roles['工业和信息化部']]).toEqual(['leads', 'leads']);
  });

  it('reads the bodies a subject works with (加强与当地…、…及…等部门) as cooperating', () => {
    // 066, lines as the PDF's text breaks them
    const text = [
      '（一）加强统筹协调，强化落地实施。各省 区、市）',
      '工业和信息化主管部门、通信管理局要依托本地解决老年人',
      '运用智能技术困难工作联席会议机制，加强与当地发展改革、',
      '民政“ 老龄）、卫生健康、交通、文旅及残联等部门的沟通协',
      '调，结合实际制定任务分解表，明确时间表和路线图，及时',
    ].join('\n');
    const g = buildGraph([record('066-passage', text)]);
    expect(rolesTo(g, '工业和信息化主管部门、通信管理局要')).toMatchObject({
      工业和信息化主管部门: 'carries_out',
      通信管理局: 'carries_out',
      发展改革: 'cooperates',
      卫生健康: 'cooperates',
      交通: 'cooperates',
      文旅: 'cooperates',
      残联: 'cooperates',
    });
  });

  it('links the issuer named in the metadata and signed at the foot to the plan the document is', () => {
    // 077: 发文机关：国务院, signed 国务院 2018年12月21日
    const plan = byName(opinion, 'Plan', '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见');
    const issues = opinion.relationships.filter((r) => r.type === 'RESPONSIBLE_FOR' && r.properties.role === 'issues' && r.to === plan?.id);
    expect(issues.map((r) => byName(opinion, 'Agency', '国务院')?.id === r.from)).toEqual([true]);
    expect(issues[0].properties.year).toBe(2018);
  });
});
