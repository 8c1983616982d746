import { buildGraph } from '../../../src/ingest';
import type { Graph } from '../../../src/model';
import { record } from '../../fixtures/genre/records';

// Agencies and projects read by where they stand, not from a list: invented text of the genre
// (another city), shaped like the notices, action plans and reports of the corpus.

const NOTICE = [
  '烟台市人民政府办公厅关于印发烟台市数字经济三年行动方案的通知',
  '各区、市人民政府，市政府各部门，各直属机构：',
  '现将《烟台市数字经济三年行动方案》印发给你们，请认真贯彻执行。',
  '一、重点任务',
  '1.建设算力中心。加快建设绿色数据中心，提升算力服务能力和水平。（牵头单位：市工业和信息化局，责任单位：市大数据局、烟台海洋研究中心，有关区、市政府）',
  '2.深化数据共享。推动教育、公安、民政等部门数据共享，明确责任部门，打破跨部门数据壁垒（市委组织部、市委编办负责）。',
  '实施数字经济核心产业培育工程和数字农业示范工程。不搞面子工程、形象工程。',
  '每年组织实施100项重大科技创新工程，引进国外智能化技术改造工程服务商。',
  '成功引入烟台滨海文化旅游度假区项目，一期工程开工建设。',
  '专栏一 数字乡村示范提升工程',
  '1.建设乡村数据平台。实施智慧农机推广工程。',
  '二、保障措施',
  '各级政府要加强组织领导。各区县、各有关部门要完善配套政策，抓好任务落实。',
  '《烟台市人民政府办公厅关于加强数据安全工作的意见》同时废止。',
  '抄送：市委各部门，市人大常委会办公厅，市政协办公厅。',
  '烟台市人民政府办公厅 2024年3月1日印发',
].join('\n');

// A report laid out for print in lines of one width: the layout wraps lines in the middle of names.
const WRAPPED = [
  '烟台市数字政府建设情况报告',
  '一、工作进展',
  '市法院、市检察院与市行政审批服务局共同推进信息系统互联互通工作，最高',
  '人民检察院在我市开展数字检察试点工作，全市加快实施中小企业数字化促进',
  '工程，全年新增上云企业1200家，建成数字化车间和智能工厂共计52个，',
  '推进城市数据资源体系建设，完善公共数据开放平台功能，提升数据共享水平，',
  '加快建设一体化政务服务平台，全年网上办理政务服务事项超过一百万件以上，',
  '持续优化营商环境，企业开办时间压缩至一个工作日以内，群众满意度持续提升。',
].join('\n');

const notice = buildGraph([record('yantai-notice', NOTICE)]);
const report = buildGraph([record('yantai-report', WRAPPED)]);
const names = (g: Graph, label: string) => g.nodes.filter((n) => n.label === label).map((n) => n.name);

describe('agencies by where they stand', () => {
  it('reads every body of a role note after its label, whatever its ending (…中心, 区、市政府)', () => {
    expect(names(notice, 'Agency')).toEqual(
      expect.arrayContaining(['市工业和信息化局', '市大数据局', '烟台海洋研究中心', '有关区、市政府']),
    );
  });

  it('reads the party bodies with one character before their ending and the bodies of an enumeration', () => {
    expect(names(notice, 'Agency')).toEqual(expect.arrayContaining(['市委组织部', '市委编办', '教育', '公安', '民政']));
  });

  it('reads the addressees of a notice and the body that heads a title it names', () => {
    expect(names(notice, 'Agency')).toEqual(expect.arrayContaining(['各区、市人民政府', '市政府各部门', '各直属机构']));
    const issuer = notice.nodes.find((n) => n.label === 'Agency' && n.name === '烟台市人民政府办公厅');
    expect(issuer?.sources.map((x) => x.start)).toContain(NOTICE.indexOf('《烟台市人民政府办公厅关于') + 1);
  });

  it('reads generic bodies that act (各级政府要…, 各区县、各有关部门要…), not a kind of body in passing', () => {
    const all = names(notice, 'Agency');
    expect(all).toEqual(expect.arrayContaining(['各级政府', '各区县', '各有关部门']));
    for (const wrong of ['明确责任部门', '责任部门', '跨部门', '部门']) expect([wrong, all.includes(wrong)]).toEqual([wrong, false]);
  });

  it('does not read the bodies a notice is only copied to (抄送：…)', () => {
    const all = names(notice, 'Agency');
    for (const copied of ['市人大常委会办公厅', '市政协办公厅']) expect([copied, all.includes(copied)]).toEqual([copied, false]);
  });

  it('reads a name the layout broke over two lines, its span quoting the text as written', () => {
    const body = report.nodes.find((n) => n.label === 'Agency' && n.name === '最高人民检察院');
    expect(body?.sources[0].text).toBe('最高\n人民检察院');
    expect(names(report, 'Agency')).toContain('市行政审批服务局');
  });
});

describe('engineering projects of the genre', () => {
  it('reads both of two joined 工程 and none of a pejorative pair', () => {
    const all = names(notice, 'EngineeringProject');
    expect(all).toEqual(expect.arrayContaining(['数字经济核心产业培育工程', '数字农业示范工程']));
    for (const wrong of ['面子工程', '形象工程', '面子工程、形象工程']) expect([wrong, all.includes(wrong)]).toEqual([wrong, false]);
  });

  it('leaves a count out of a name and a trade (工程服务商) out of the projects', () => {
    const all = names(notice, 'EngineeringProject');
    expect(all).toContain('重大科技创新工程');
    expect(all.some((n) => n.includes('服务商') || n.includes('国外智能化技术改造'))).toBe(false);
  });

  it('names a phase by the project before it, and a 专栏 box by its heading', () => {
    expect(names(notice, 'EngineeringProject')).toEqual(expect.arrayContaining(['烟台滨海文化旅游度假区一期工程', '数字乡村示范提升工程']));
  });

  it('puts a 工程 named inside a 专栏 box under the box’s project (PART_OF)', () => {
    const id = (name: string) => notice.nodes.find((n) => n.label === 'EngineeringProject' && n.name === name)?.id;
    const partOf = notice.relationships.filter((r) => r.type === 'PART_OF' && r.from === id('智慧农机推广工程')).map((r) => r.to);
    expect(partOf).toEqual([id('数字乡村示范提升工程')]);
  });

  it('reads a 工程 the layout broke over two lines', () => {
    expect(names(report, 'EngineeringProject')).toContain('中小企业数字化促进工程');
  });
});
