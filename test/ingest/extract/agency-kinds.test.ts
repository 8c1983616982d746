import { buildGraph } from '../../../src/ingest';
import type { Graph } from '../../../src/model';
import { record } from '../../fixtures/genre/records';

// Bodies and projects of shapes the suffix rule does not give: invented text of the genre (another
// city and another bureau), shaped like the reports and plans of the corpus.

const TEXT = [
  '威海市数字政府建设工作报告',
  '一、工作进展',
  '按照省委经济工作会议部署，威海市大数据局统筹处牵头，会同市行政审批服务局政务服务二处推进数据共享。',
  '推动政府信息系统与党委、人大、政协、法院、检察院等信息系统互联互通，区域内固体废物利用处置能力持续提升。',
  '建设国家局政务云，为国家局机关提供云服务。支持企业在深圳证券交易所上市。',
  '依托人工智能产业联盟开展对接活动。',
  '财政部、国土资源部、环境保护部等要建立协调机制。',
  '完成海滨大道、青岛路等6条道路工程，建成防汛、排涝等重大水利工程。深入实施市级重点人才工程。',
  '加强产业、重大工程协同布局，依托重大工程开展应用示范。',
].join('\n');

const graph = buildGraph([record('weihai-report', TEXT)]);
const names = (g: Graph, label: string) => g.nodes.filter((n) => n.label === label).map((n) => n.name);

describe('bodies the suffix rule does not shape', () => {
  it('reads a meeting whose decisions are followed, and a division named after its bureau', () => {
    expect(names(graph, 'Agency')).toEqual(
      expect.arrayContaining(['省委经济工作会议', '威海市大数据局统筹处', '市行政审批服务局政务服务二处']),
    );
  });

  it('reads 中央 as the issuer of its No. 1 document, after a verb’s complement 好 (the Hailar district’s 2012 report)', () => {
    const g = buildGraph([record('hailar-2012', '一是贯彻落实好中央一号文件精神，加强科技创新和农业技术推广。')]);
    expect(names(g, 'Agency')).toEqual(['中央']);
    // 中央 inside a longer word is no body.
    expect(names(buildGraph([record('enterprises', '支持中央企业参与数字化转型。')]), 'Agency')).toEqual([]);
  });

  it('reads a body the clause says was set up (the Hailar district’s 2012 report)', () => {
    const g = buildGraph([record('hailar-2012', '社会保障公共业务服务中心成功组建，实现了各类社会参保人员就近缴费。')]);
    expect(names(g, 'Agency')).toEqual(['社会保障公共业务服务中心']);
  });

  it('reads each body of a list of standing-body kinds, and a part after a short name or a place', () => {
    expect(names(graph, 'Agency')).toEqual(
      expect.arrayContaining(['党委', '人大', '政协', '法院', '检察院', '国家局机关', '深圳证券交易所']),
    );
  });

  it('reads the items of a list beside a body when they end like one (国土资源部、环境保护部)', () => {
    expect(names(graph, 'Agency')).toEqual(expect.arrayContaining(['财政部', '国土资源部', '环境保护部']));
  });

  it('does not read an act (处置) as a division, nor a verb of means as part of a name', () => {
    const agencies = names(graph, 'Agency');
    expect(agencies.filter((n) => n.endsWith('利用处'))).toEqual([]);
    expect(agencies).toContain('人工智能产业联盟');
    expect(agencies.filter((n) => n.startsWith('依托'))).toEqual([]);
  });
});

describe('projects named with a list or a rank', () => {
  it('keeps the list before 等 when a kind of works follows, and leaves it when a rank does', () => {
    const projects = names(graph, 'EngineeringProject');
    expect(projects).toEqual(expect.arrayContaining(['海滨大道、青岛路等6条道路工程', '重大水利工程', '市级重点人才工程']));
    expect(projects).not.toContain('道路工程');
    expect(projects).not.toContain('人才工程');
  });

  it('names no project where a list ends in a bare rank or a verb of means opens it', () => {
    const projects = names(graph, 'EngineeringProject');
    expect(projects.filter((n) => n.includes('、重大工程') || n.startsWith('依托'))).toEqual([]);
  });
});
