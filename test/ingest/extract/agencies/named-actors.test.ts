import { buildGraph } from '../../../../src/ingest';
import { join } from 'node:path';
import { fileRecord, record } from '../../../fixtures/genre/records';

// Agencies read by where they stand, on real text of corpus documents outside the gold: 061 and 066
// whole (test/fixtures/agencies), lines of 016, 030, 043, 047, 056 and 074 quoted as published.

const DOCS = join(__dirname, '../../../fixtures/agencies');
const OPINION = '061_cn-national-bigdata-center-system-opinion-2020';
const PRINTED = '066_cn-digital-aging-friendly-plan-2023';

// 074, 047, 056, 043: bodies in task notes and as the subject of a clause; 030: a note of units.
const TASKS = [
  '健全固体废物统计制度，统一工业固体废物数据统计范围、口径和方法，完善农业废弃物、建筑垃圾统计方法。（生态环境部牵头，国家发展改革委、工业和信息化部、住房城乡建设部、农业农村部、国家统计局参与）',
  '实施方案按程序报送生态环境部，经生态环境部会同有关部门组织专家评审通过后实施。',
  '实施企业上市培育计划，省财政给予相应奖励补助。（省科技厅、人民银行山东省分行牵头，省委金融办、省财政厅、金融监管总局山东监管局配合）',
  '城市人民政府要从城市发展的战略全局出发研究制定智慧城市建设方案。',
  '充分发挥省数办统筹协调作用，加强工作谋划，优化工作推进机制。',
  '组建人工智能教育课程团队，形成贯通基础教育的人工智能教育课程体系。（装备信息中心、教科院）',
  '财政部门要加大投入。',
].join('\n');

// 016: a district's work report, its government named where it speaks.
const REPORT = [
  '政 府 工 作 报 告',
  '　　各位代表：',
  '　　现在，我代表海拉尔区人民政府向大会作工作报告，并请区政协委员和列席会议的同志提出意见。',
  '区政府在市委、市政府和区委的坚强领导下，按照自治区党委“8337”发展思路要求，围绕“两个中心”建设。',
].join('\n');

// 036, 061, 075, 044: generic bodies that act, written with more than one qualifier or as members.
const GENERIC = [
  '各级各有关部门要提高认识，明确职责任务，加大推进力度，确保工作落实。',
  '对于效益差、能耗高的小散数据中心，要加快改造升级，提升效能。',
  '各成员单位要加强沟通协调，做好相关政策配套衔接。',
  '及时研究解决产业链面临的新情况、新问题。各级各部门要健全跨层级、跨区域协同机制。',
  '建立网络安全责任制，明确城市人民政府及有关部门负责人、要害信息系统运营单位负责人的网络信息安全责任，建立责任追究机制。',
].join('\n');

const graph = buildGraph([
  record('036-generic', GENERIC),
  fileRecord(DOCS, `${OPINION}.txt`),
  fileRecord(DOCS, `${PRINTED}.txt`),
  record('074-tasks', TASKS),
  record('016-report', REPORT),
]);
const agencies = (doc: string) =>
  graph.nodes.filter((n) => n.label === 'Agency' && n.sources.some((s) => s.document === doc)).map((n) => n.name);

describe('agencies named by where they stand, on real text', () => {
  it('reads the issuers signed at the foot, without the spaces of the layout', () => {
    expect(agencies(OPINION)).toEqual(expect.arrayContaining(['国家发展改革委', '中央网信办', '工业和信息化部', '国家能源局']));
    expect(agencies(OPINION).some((n) => / /.test(n))).toBe(false);
  });

  it('reads an institute and an association that lead, across a wrapped line', () => {
    expect(agencies(PRINTED)).toEqual(expect.arrayContaining(['中国信息通信研究院', '中国互联网协会']));
  });

  it('reads the subjects of a clause and each body of a 等部门 list, 及 joining the last', () => {
    const names = agencies(PRINTED);
    // (发展改革 stands before 民政“ 老龄）, a note the PDF's conversion broke: the list walk stops there.)
    expect(names).toEqual(expect.arrayContaining(['工业和信息化主管部门', '通信管理局', '卫生健康', '交通', '文旅', '残联']));
    // 工业和信息化 is one field: its 和 joins no two bodies.
    expect(names).not.toContain('信息化主管部门');
  });

  it('reads ministries the lexicon knows as central vocabulary, in notes and after 经', () => {
    expect(agencies('074-tasks')).toEqual(
      expect.arrayContaining(['生态环境部', '国家发展改革委', '住房城乡建设部', '农业农村部', '国家统计局']),
    );
  });

  it('reads a central body’s branch in a province whole', () => {
    const names = agencies('074-tasks');
    expect(names).toEqual(expect.arrayContaining(['人民银行山东省分行', '金融监管总局山东监管局', '省委金融办']));
    expect(names).not.toContain('金融监管总局');
  });

  it('reads a government that acts, a body after a clause-opening verb, and a note that only lists units', () => {
    const names = agencies('074-tasks');
    expect(names).toEqual(expect.arrayContaining(['城市人民政府', '省数办', '装备信息中心', '教科院']));
    expect(names).not.toContain('充分发挥省数办');
  });

  it('does not read a kind of department (财政部门) as the ministry (财政部)', () => {
    expect(agencies('074-tasks')).not.toContain('财政部');
  });

  it('reads generic bodies with two qualifiers or as members where they act, not the heads of a body (负责人)', () => {
    expect(agencies('036-generic')).toEqual(expect.arrayContaining(['各级各有关部门', '各成员单位', '各级各部门']));
    expect(agencies('036-generic')).not.toContain('城市人民政府');
    // (061) a data centre that must be upgraded is a facility, not a body.
    expect(agencies('036-generic').filter((n) => n.endsWith('数据中心'))).toEqual([]);
  });

  it('reads a district government named where the report speaks for it', () => {
    expect(agencies('016-report')).toEqual(expect.arrayContaining(['海拉尔区人民政府', '自治区党委', '市委', '区委']));
  });
});
