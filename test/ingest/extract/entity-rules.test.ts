import { join } from 'node:path';
import { buildGraph } from '../../../src/ingest';
import type { Graph, GraphNode } from '../../../src/model';
import { fileRecord, record, SEED, seedRecords } from '../../fixtures/genre/records';

// General rules for Plans, Platforms, Agencies and a report's outlook, shown on the seeds read whole
// (Qingdao's 2024 report 000, the 2023 plan's news 001, the 2024 feature 002, the 2025 plan's
// interpretation 003, the 2025 summary 004) and on Qingdao's and Jinan's plans in the corpus (046,
// 036). Two cases keep invented text: no real example was found.

const labelled = (g: Graph, label: string) => g.nodes.filter((n) => n.label === label);
const node = (g: Graph, label: string, name: string): GraphNode | undefined => labelled(g, label).find((n) => n.name === name);
const targets = (g: Graph, from: string, type: string) =>
  g.relationships.filter((r) => r.from === from && r.type === type).map((r) => g.nodes.find((n) => n.id === r.to)!.name);

const seedDocs = seedRecords();
const seeds = buildGraph(seedDocs);
/** The names of one label's nodes read from one seed in the graph of all seeds. */
const readIn = (id: string, label: string) =>
  labelled(seeds, label)
    .filter((n) => n.sources.some((s) => s.document === id))
    .map((n) => n.name);
/** One seed built as a graph of its own. */
const alone = (id: string) => buildGraph(seedDocs.filter((d) => d.id === id));

describe('platforms of the genre', () => {
  it('reads quoted brands by their shape: …码, 一部手机…, 智慧…, 全市一个…, and short names in brackets', () => {
    // 000: 新拓展12个“鲁通码”应用场景…; 超36万人次体验“一元通乘”服务; “智慧低空”…; 建立“全市一个数字机关”标准规范体系
    expect(readIn(SEED.report2024, 'Platform')).toEqual(
      expect.arrayContaining(['智慧低空', '鲁通码', '城市码', '一部手机游青岛', '全市一家医院', '全市一个数字机关']),
    );
    // 004: 形成由个人码(鲁通码)、企业码、事物码构成的“城市码”服务治理体系
    expect(readIn(SEED.summary2025, 'Platform')).toEqual(expect.arrayContaining(['鲁通码', '城市码']));
  });

  it('reads a quoted name cued a few characters on (“…”文化品牌) and a subject named a platform (某某获批…平台)', () => {
    // 003: 打造“山东手造 青岛有礼”文化品牌; 000: 柠檬豆获批全国“双跨”平台
    expect(readIn(SEED.interpretation2025, 'Platform')).toContain('山东手造 青岛有礼');
    expect(readIn(SEED.report2024, 'Platform')).toContain('柠檬豆');
  });

  it('reads …中枢 and …产业园 names', () => {
    // 001: 深化一体化城市数据中枢建设; 002: 建成全省首个数据要素产业园
    expect(readIn(SEED.news2023, 'Platform')).toContain('一体化城市数据中枢');
    expect(readIn(SEED.feature2024, 'Platform')).toContain('数据要素产业园');
  });

  it('takes the slogan 全市X一个平台 as the X平台, keeping the slogan as an alias', () => {
    // 001: 加快“全市公共数据运营一个平台”建设
    expect(node(alone(SEED.news2023), 'Platform', '公共数据运营平台')?.aliases).toContain('全市公共数据运营一个平台');
  });

  it('does not take a descriptor, an award title, a counted category or 上云用平台 for a name', () => {
    // 002: 全国首个以数字人民币结算的碳普惠平台“青碳行”; 以此吸引中小企业自主、自愿上云用平台
    const feature = readIn(SEED.feature2024, 'Platform');
    expect(feature).toContain('青碳行');
    expect(feature.filter((n) => n.endsWith('碳普惠平台') || n.endsWith('上云用平台'))).toEqual([]);
    // 000: 获评“世界智慧城市使能技术大奖”; 003: 打造100家数字化转型企业标杆、10处以上智慧农业应用基地
    expect(readIn(SEED.report2024, 'Platform').filter((n) => n.includes('大奖'))).toEqual([]);
    expect(readIn(SEED.interpretation2025, 'Platform').filter((n) => n.includes('智慧农业应用基地'))).toEqual([]);
  });
});

describe('plans written without 《》', () => {
  it('reads a title after a drafting verb when it names a place, and not a kind of document', () => {
    // 004: 高标准编制数字青岛“十五五”发展规划
    expect(node(alone(SEED.summary2025), 'Plan', '数字青岛“十五五”发展规划')?.properties).toMatchObject({
      kind: 'development_plan',
      city: '青岛',
      period: '2026-2030',
    });
    // 003: 制定青岛市数据条例
    expect(node(alone(SEED.interpretation2025), 'Plan', '青岛市数据条例')?.properties).toMatchObject({ kind: 'regulation', city: '青岛' });
    // 000: 制定新一代信息技术、视听电子等产业发展行动计划
    expect(readIn(SEED.report2024, 'Plan').filter((n) => n.includes('产业发展行动计划'))).toEqual([]);
  });
});

describe('a report’s outlook', () => {
  it('is a section, not a plan: no plan is named by its heading, and the reported plan gets none of its work', () => {
    // 000: 三、下一步工作打算 …实施数据基础制度、…、数据要素生态等六个提升工程
    expect(labelled(seeds, 'Plan').filter((p) => /打算$/.test(p.name))).toEqual([]);
    const reported = node(seeds, 'Plan', '数字青岛2024年行动方案')!;
    expect(targets(seeds, reported.id, 'HAS_TASK')).toEqual([]);
    expect(targets(seeds, reported.id, 'HAS_PROJECT')).toEqual([]);
  });

  it('leaves the seed 2025 action plan with its own 7 projects; the 2024 report’s six 提升工程 belong to it by series', () => {
    const plan2025 = node(seeds, 'Plan', '数字青岛2025年行动方案')!;
    expect(targets(seeds, plan2025.id, 'HAS_PROJECT')).toHaveLength(7);
    const outlook = labelled(seeds, 'EngineeringProject').filter(
      (p) => p.sources[0].document === SEED.report2024 && p.name.endsWith('提升工程'),
    );
    expect(outlook).toHaveLength(6);
    expect(outlook.every((p) => p.properties.plan === plan2025.id)).toBe(true);
  });

  it('belongs to the annual plan it names (no real example found: searched the seeds and tune reports for an outlook naming its year’s plan in 《》; invented text of the genre)', () => {
    const text = [
      '烟台市《数字烟台2024年行动方案》实施情况',
      '一、实施成效',
      '建成全市首个海洋数据产业园。',
      '二、下一步工作打算',
      '2025年,印发《数字烟台2025年行动方案》,实施数据汇聚、数据开放等两个提升工程。',
    ].join('\n');
    const g = buildGraph([record('yantai-named', text)]);
    const annual = node(g, 'Plan', '数字烟台2025年行动方案')!;
    expect(targets(g, annual.id, 'HAS_PROJECT').sort()).toEqual(['数据开放提升工程', '数据汇聚提升工程']);
    expect(node(g, 'Plan', '下一步工作打算')).toBeUndefined();
  });
});

describe('local agencies', () => {
  it('keeps 市大数据局 of two cities apart, each the city its document names', () => {
    // 046 (Qingdao) and the seed 004 (Qingdao), 036 (Jinan): （责任单位：市工业和信息化局、市大数据局、…）
    const corpus = join(__dirname, '..', '..', 'fixtures', 'corpus');
    const g = buildGraph([
      fileRecord(corpus, '046_qingdao-ai-industry-action-plan-2024-2026.txt'),
      fileRecord(corpus, '036_jinan-digital-pioneer-city-plan-2021.txt'),
      seedDocs.find((d) => d.id === SEED.summary2025)!,
    ]);
    const bureaus = labelled(g, 'Agency')
      .filter((a) => a.name === '市大数据局')
      .map((a) => a.properties.city)
      .sort();
    expect(bureaus).toEqual(['济南', '青岛']);
  });

  it('merges 某市大数据局 with 市大数据局 of that city (no real example found: searched the seeds and tune documents for a city’s 大数据局 named both ways; invented text of the genre)', () => {
    const text = '济南市大数据局牵头起草了《数字泉城2025年行动方案》。\n一、重点任务\n建成泉城数据平台。(市大数据局牵头)';
    const one = buildGraph([record('jinan-2025', text)]);
    // Named with its city where the text writes it (not by Qingdao's short form); the short form an alias.
    expect(labelled(one, 'Agency').map((a) => [a.name, a.properties.city])).toEqual([['济南市大数据局', '济南']]);
    expect(labelled(one, 'Agency')[0].aliases).toContain('市大数据局');
  });
});
