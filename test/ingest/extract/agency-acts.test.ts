import { buildGraph } from '../../../src/ingest';
import type { Graph } from '../../../src/model';
import { record } from '../../fixtures/genre/records';

// Who does what in a State Council opinion: invented text of the genre, shaped like the opinions of
// the corpus (addressees, notes of responsible ministries, bodies named by what they do).

const OPINION = [
  '国务院关于推进智慧渔业发展的指导意见',
  '发文机关：国务院',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '一、主要任务',
  '（一）完善渔业装备体系。推进渔业装备创新中心、海洋渔业产业联盟建设。（农业农村部、科技部、市场监管总局等负责。列第一位者为牵头单位，下同）',
  '（二）发挥社会力量。充分发挥行业协会商会在标准制定、人才培训等方面的作用。建立由农业农村部、交通运输部牵头的渔业协调推进机制，统筹解决突出问题。',
  '（三）加强协同。各地区要加强与当地发展改革、财政及自然资源等部门的沟通协调，形成工作合力。',
  '一年来，各单位各部门顾全大局、勇于担当，工作取得新进展。',
  '二、保障措施',
  '支持特别行政区政府参与合作。推动试点地区政府网站集约化。全国人大代表建议办理平台持续完善。',
  '国务院',
  '2025年1月10日',
].join('\n');

const g = buildGraph([record('fishery-opinion', OPINION)]);
const agencies = (graph: Graph) => graph.nodes.filter((n) => n.label === 'Agency');
const names = (graph: Graph) => agencies(graph).map((n) => n.name);
const byName = (graph: Graph, label: string, name: string) => graph.nodes.find((n) => n.label === label && n.name === name);
/** The role each body plays toward the node whose name starts with `to`. */
const rolesTo = (graph: Graph, to: string) =>
  Object.fromEntries(
    graph.relationships
      .filter((r) => r.type === 'RESPONSIBLE_FOR' && graph.nodes.find((n) => n.id === r.to)?.name.startsWith(to))
      .map((r) => [graph.nodes.find((n) => n.id === r.from)?.name, r.properties.role]),
  );

describe('agencies that act, by what they do', () => {
  it('reads the bodies whose part is played (充分发挥…作用), two kinds written together as one', () => {
    expect(names(g)).toContain('行业协会商会');
    expect(names(g)).not.toContain('商会');
  });

  it('reads bodies stacked with no joining mark as the subject, whatever its verb (各单位各部门顾全大局)', () => {
    expect(names(g)).toEqual(expect.arrayContaining(['各单位', '各部门']));
  });

  it('does not read a body that is being built, a level that ends a longer word, or the deputies of a congress', () => {
    expect(names(g)).not.toContain('海洋渔业产业联盟');
    expect(names(g)).not.toContain('区政府');
    expect(names(g)).not.toContain('全国人民代表大会');
  });

  it('gives a central body and the addressees no city of their own (直辖市 names a kind of city)', () => {
    expect(names(g)).toEqual(expect.arrayContaining(['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构', '市场监管总局']));
    expect(
      agencies(g)
        .filter((a) => a.properties.city !== undefined)
        .map((a) => a.name),
    ).toEqual([]);
  });
});

describe('the role each body plays', () => {
  it('lets only the first body of a note lead where the document says 列第一位者为牵头单位', () => {
    expect(rolesTo(g, '推进渔业装备创新中心')).toEqual({ 农业农村部: 'leads', 科技部: 'carries_out', 市场监管总局: 'carries_out' });
  });

  it('gives every body of a list before 牵头 the lead', () => {
    const roles = rolesTo(g, '建立由农业农村部');
    expect([roles['农业农村部'], roles['交通运输部']]).toEqual(['leads', 'leads']);
  });

  it('reads the bodies a subject works with (加强与当地…、…及…等部门) as cooperating', () => {
    const roles = rolesTo(g, '各地区要加强与当地');
    expect(roles).toMatchObject({ 各地区: 'carries_out', 发展改革: 'cooperates', 财政: 'cooperates', 自然资源: 'cooperates' });
  });

  it('links the issuer named in the metadata and signed at the foot to the plan the document is', () => {
    const plan = byName(g, 'Plan', '国务院关于推进智慧渔业发展的指导意见');
    const issues = g.relationships.filter((r) => r.type === 'RESPONSIBLE_FOR' && r.properties.role === 'issues' && r.to === plan?.id);
    expect(issues.map((r) => byName(g, 'Agency', '国务院')?.id === r.from)).toEqual([true]);
    expect(issues[0].properties.year).toBe(2025);
  });
});
