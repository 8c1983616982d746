import { buildGraph } from '../../../src/ingest';
import type { Graph, GraphNode } from '../../../src/model';
import { genreRecords, record, SEED, seedRecords } from '../../fixtures/genre/records';

// General rules for Plans, Platforms, Agencies and a report's outlook, shown on invented text of
// the genre (another city, another year) and, where it matters, on the seeds.

const REPORT = [
  '烟台市《数字烟台2024年行动方案》实施情况',
  '2024年,我市深入落实《数字烟台2024年行动方案》,数字烟台建设取得积极成效。',
  '一、实施成效',
  '新拓展20个“烟台通码”应用场景,“一部手机游仙境”接入景区300个。“智慧海防”全域统筹调度无人机巡查。',
  '建立“全市一个政务外网”标准体系,深化“全市数据共享一个平台”建设。形成由企业码(烟企码)、个人码构成的码上服务体系。',
  '海鸥云获批全国“双跨”平台。海川科技成功入选国家级示范基地。建成全市首个海洋数据产业园,推进烟台数据中枢建设。',
  '上线以区块链结算的积分平台“仙境积分”,打造“山海仙境 烟台有礼”文化品牌,吸引企业自主上云用平台,打造10处以上智慧渔业应用基地。',
  '二、下一步工作打算',
  '2025年,我市将实施数据汇聚、数据开放等两个提升工程,编制数字烟台“十五五”发展规划,制定烟台市公共数据条例,制定产业发展行动计划。',
].join('\n');

const graph = buildGraph([record('yantai-2024-report', REPORT)]);
const labelled = (g: Graph, label: string) => g.nodes.filter((n) => n.label === label);
const names = (g: Graph, label: string) => labelled(g, label).map((n) => n.name);
const node = (g: Graph, label: string, name: string): GraphNode | undefined => labelled(g, label).find((n) => n.name === name);
const targets = (g: Graph, from: string, type: string) =>
  g.relationships.filter((r) => r.from === from && r.type === type).map((r) => g.nodes.find((n) => n.id === r.to)!.name);

describe('platforms of the genre', () => {
  it('reads quoted brands by their shape: …码, 一部手机…, 智慧…, 全市一个…, and short names in brackets', () => {
    expect(names(graph, 'Platform')).toEqual(
      expect.arrayContaining(['烟台通码', '一部手机游仙境', '智慧海防', '全市一个政务外网', '烟企码']),
    );
  });

  it('reads a quoted name cued a few characters on (“…”文化品牌) and a subject named a platform (某某获批…平台)', () => {
    expect(names(graph, 'Platform')).toEqual(expect.arrayContaining(['山海仙境 烟台有礼', '海鸥云', '仙境积分']));
  });

  it('reads …中枢 and …产业园 names', () => {
    expect(names(graph, 'Platform')).toEqual(expect.arrayContaining(['烟台数据中枢', '海洋数据产业园']));
  });

  it('takes the slogan 全市X一个平台 as the X平台, keeping the slogan as an alias', () => {
    const p = node(graph, 'Platform', '数据共享平台');
    expect(p?.aliases).toContain('全市数据共享一个平台');
  });

  it('does not take a descriptor, an award title, a counted category or 上云用平台 for a name', () => {
    const all = names(graph, 'Platform');
    for (const wrong of ['积分平台', '以区块链结算的积分平台', '海川科技', '智慧渔业应用基地', '自主上云用平台', '上云用平台']) {
      expect([wrong, all.includes(wrong)]).toEqual([wrong, false]);
    }
  });

  it('reads the seeds’ quoted brands and unquoted 柠檬豆, and not 自愿上云用平台 or a 碳普惠平台 descriptor', () => {
    const seeds = buildGraph(seedRecords());
    const read = (id: string) =>
      labelled(seeds, 'Platform')
        .filter((n) => n.sources.some((s) => s.document === id))
        .map((n) => n.name);
    expect(read(SEED.report2024)).toEqual(
      expect.arrayContaining(['智慧低空', '鲁通码', '城市码', '一部手机游青岛', '全市一家医院', '柠檬豆']),
    );
    expect(read(SEED.summary2025)).toEqual(expect.arrayContaining(['鲁通码', '城市码', '政务大模型应用支撑底座']));
    expect(read(SEED.feature2024)).not.toEqual(expect.arrayContaining(['自愿上云用平台']));
    expect(read(SEED.feature2024).filter((n) => n.endsWith('碳普惠平台'))).toEqual([]);
  });
});

describe('plans written without 《》', () => {
  it('reads a title after a drafting verb when it names a place, and not a kind of document', () => {
    expect(node(graph, 'Plan', '数字烟台“十五五”发展规划')?.properties).toMatchObject({
      kind: 'development_plan',
      city: '烟台',
      period: '2026-2030',
    });
    expect(node(graph, 'Plan', '烟台市公共数据条例')?.properties).toMatchObject({ kind: 'regulation', city: '烟台' });
    expect(names(graph, 'Plan').filter((n) => n.includes('产业发展行动计划'))).toEqual([]);
  });
});

describe('a report’s outlook', () => {
  it('is a section, not a plan: no plan is named by its heading, and the reported plan gets none of its work', () => {
    expect(names(graph, 'Plan')).not.toContain('下一步工作打算');
    const projects = labelled(graph, 'EngineeringProject');
    expect(projects.map((p) => p.name).sort()).toEqual(['数据开放提升工程', '数据汇聚提升工程']);
    expect(projects.every((p) => p.properties.year === 2025)).toBe(true);
    const reported = node(graph, 'Plan', '数字烟台2024年行动方案')!;
    expect(targets(graph, reported.id, 'HAS_TASK')).toEqual([]);
    expect(targets(graph, reported.id, 'HAS_PROJECT')).toEqual([]);
  });

  it('belongs to the annual plan it names', () => {
    const text = REPORT.replace('2025年,我市将实施', '2025年,印发《数字烟台2025年行动方案》,实施');
    const g = buildGraph([record('yantai-named', text)]);
    const annual = node(g, 'Plan', '数字烟台2025年行动方案')!;
    expect(targets(g, annual.id, 'HAS_PROJECT').sort()).toEqual(['数据开放提升工程', '数据汇聚提升工程']);
    expect(node(g, 'Plan', '下一步工作打算')).toBeUndefined();
  });

  it('leaves the seed 2025 action plan with its own 7 projects; the 2024 report’s six 提升工程 belong to it by series', () => {
    const seeds = buildGraph(seedRecords());
    const plan2025 = node(seeds, 'Plan', '数字青岛2025年行动方案')!;
    expect(targets(seeds, plan2025.id, 'HAS_PROJECT')).toHaveLength(7);
    expect(labelled(seeds, 'Plan').filter((p) => /打算$/.test(p.name))).toEqual([]);
    const outlook = labelled(seeds, 'EngineeringProject').filter(
      (p) => p.sources[0].document === SEED.report2024 && p.name.endsWith('提升工程'),
    );
    expect(outlook).toHaveLength(6);
    expect(outlook.every((p) => p.properties.plan === plan2025.id)).toBe(true);
  });
});

describe('local agencies', () => {
  it('keeps 市大数据局 of three cities apart, and merges 某市大数据局 with 市大数据局 of that city', () => {
    const g = buildGraph(genreRecords());
    const bureaus = labelled(g, 'Agency')
      .filter((a) => a.name === '市大数据局')
      .map((a) => a.properties.city)
      .sort();
    expect(bureaus).toEqual(['威海', '济南', '烟台']);
    const text = '济南市大数据局牵头起草了《数字泉城2025年行动方案》。\n一、重点任务\n建成泉城数据平台。(市大数据局牵头)';
    const one = buildGraph([record('jinan-2025', text)]);
    // Named with its city where the text writes it (not by Qingdao's short form); the short form an alias.
    expect(labelled(one, 'Agency').map((a) => [a.name, a.properties.city])).toEqual([['济南市大数据局', '济南']]);
    expect(labelled(one, 'Agency')[0].aliases).toContain('市大数据局');
  });
});
