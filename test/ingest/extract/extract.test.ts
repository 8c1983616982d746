import { extractDocument, type DocumentFacts, type NodeFact } from '../../../src/ingest/extract';
import { loadLexicon } from '../../../src/ingest/lexicon';
import { segment } from '../../../src/ingest/segment';
import { SEED, seedRecords } from '../../fixtures/genre/records';

// Facts read from one seed at a time, before resolution: the names as written, the spans.

const lexicon = loadLexicon();
const facts = new Map(seedRecords().map((d) => [d.id, extractDocument(segment(d, lexicon), lexicon)]));
const of = (id: string): DocumentFacts => facts.get(id)!;
const named = (f: DocumentFacts, label: string) => f.nodes.filter((n) => n.label === label);
const names = (f: DocumentFacts, label: string) => [...new Set(named(f, label).map((n) => n.name))];
const rels = (f: DocumentFacts, type: string) => f.relationships.filter((r) => r.type === type);
const plan = (f: DocumentFacts, name: string): NodeFact =>
  named(f, 'Plan').find((p) => p.name === name && Object.keys(p.properties).length > 3) ?? named(f, 'Plan').find((p) => p.name === name)!;

describe('plans', () => {
  it('reads the 2025 plan’s document number, declared task and project counts from the interpretation', () => {
    const p = named(of(SEED.interpretation2025), 'Plan').find((x) => x.properties.docNumber)!;
    expect(p.name).toBe('数字青岛2025年行动方案');
    expect(p.properties).toMatchObject({
      docNumber: '青政办字【2025】21号',
      taskCount: 54,
      projectCount: 7,
      year: 2025,
      kind: 'action_plan',
      level: 'municipal',
    });
  });

  it('reads 51 tasks and six projects declared for the 2023 plan', () => {
    const p = named(of(SEED.news2023), 'Plan').find((x) => x.properties.taskCount !== undefined)!;
    expect(p.properties).toMatchObject({ taskCount: 51, projectCount: 6, year: 2023 });
  });

  it('links the 2025 plan to the three plans it implements and to the 数字青岛2.0 programme', () => {
    const f = of(SEED.interpretation2025);
    expect(rels(f, 'IMPLEMENTS').map((r) => r.to.name)).toEqual([
      '数字中国建设整体布局规划',
      '山东省“十四五”数字强省建设规划',
      '数字青岛发展规划(2023—2025年)',
    ]);
    expect(rels(f, 'PART_OF').map((r) => [r.from.name, r.to.name])).toEqual([['数字青岛2025年行动方案', '数字青岛2.0']]);
    expect(rels(f, 'DESCRIBES').map((r) => r.to.name)).toContain('数字青岛2025年行动方案');
  });

  it('classifies plans by level and kind, and leaves reports and lists out', () => {
    const f = of(SEED.report2024);
    expect(plan(f, '数字中国建设整体布局规划').properties).toMatchObject({ kind: 'national_plan', level: 'national' });
    expect(plan(f, '山东省“十四五”数字强省建设规划').properties).toMatchObject({
      kind: 'provincial_plan',
      level: 'provincial',
      period: '2021-2025',
    });
    expect(plan(f, '数字青岛2.0').properties.kind).toBe('programme');
    expect(names(of(SEED.summary2025), 'Plan')).not.toContain('公共数据资源社会价值与经济价值评价报告');
    // 为数字中国、数字强省建设贡献了“青岛方案”: the nation's programme (the corpus gold's session-17 class); 第七届数字中国建设峰会
    // is an event named after it, no plan.
    expect(names(of(SEED.feature2024), 'Plan')).toEqual(['数字青岛2.0', '数字中国']);
  });

  it('has the 2024 plan carried out inside 数字青岛2.0 and implementing two higher plans', () => {
    const f = of(SEED.report2024);
    expect(rels(f, 'PART_OF').map((r) => [r.from.name, r.to.name])).toEqual([['数字青岛2024年行动方案', '数字青岛2.0']]);
    expect(rels(f, 'IMPLEMENTS').map((r) => r.to.name)).toEqual(['数字中国建设整体布局规划', '山东省“十四五”数字强省建设规划']);
  });
});

describe('engineering projects', () => {
  it('reads the seven 2025 projects from the headings, in order', () => {
    const f = of(SEED.interpretation2025);
    expect(names(f, 'EngineeringProject')).toEqual([
      '数字经济提质工程',
      '数字政府提质工程',
      '数字文化提质工程',
      '数字社会提质工程',
      '数字生态文明提质工程',
      '数据基础设施筑基工程',
      '综合保障体系配套工程',
    ]);
    expect(rels(f, 'HAS_PROJECT')).toHaveLength(7);
  });

  it('reads the six 创新工程 headings and the 实施…工程 inside the 2023 text, but not the 2.0 programme', () => {
    const got = names(of(SEED.news2023), 'EngineeringProject');
    expect(got).toEqual(
      expect.arrayContaining([
        '数字政府场景变革创新',
        '数字社会服务变革创新',
        '数字经济模式变革创新',
        '数字基础设施韧性变革创新',
        '数字生态机制变革创新',
        '综合保障体制变革创新',
        '城市云脑能力提升工程',
        '“无证明城市”扩面工程',
        '“数字机关+”工程',
        '底线民生服务样板工程',
      ]),
    );
    expect(got.some((n) => n.includes('六大'))).toBe(false);
    expect(names(of(SEED.feature2024), 'EngineeringProject')).toEqual([]);
  });

  it('reads the enumerated 六个提升工程 of the 2024 report’s outlook as 2025 projects', () => {
    const all = named(of(SEED.report2024), 'EngineeringProject');
    // 深入落实数字产业化“十大工程”: the set of projects of the year under review is named too, with its owner.
    expect(all.map((p) => p.name)).toContain('数字产业化“十大工程”');
    const projects = all.filter((p) => p.name !== '数字产业化“十大工程”');
    expect(projects.map((p) => p.name)).toContain('数据基础制度提升工程');
    expect(projects).toHaveLength(6);
    expect(projects.every((p) => p.properties.year === 2025 && p.properties.domain === '数据要素')).toBe(true);
  });
});

describe('tasks and results', () => {
  it('reads tasks in plan sections and results in report sections, none from problems', () => {
    const f = of(SEED.summary2025);
    const tasks = named(f, 'Task');
    const results = named(f, 'Result');
    expect(tasks.every((t) => t.properties.period === '2025H2')).toBe(true);
    expect(tasks.map((t) => t.name)).toContain('年底前打造不少于20个社会化“无证明”应用场景');
    expect(results.map((r) => r.name)).toContain('入表金额超3亿元');
    expect([...tasks, ...results].some((t) => t.name.includes('还不够'))).toBe(false);
  });

  it('yields no task, result or indicator from the heating-pipeline article', () => {
    const f = of(SEED.news2023);
    const start = f.document.text.indexOf('西海岸新区华能董家口电厂长输热力管线项目投入试运行');
    const late = f.nodes.filter((n) => ['Task', 'Result', 'Indicator'].includes(n.label) && n.span.start >= start);
    expect(late).toEqual([]);
    expect(f.nodes.some((n) => /热力|供热|燃煤/.test(n.name))).toBe(false);
  });

  it('gives 2025 tasks their project, domain and the plan', () => {
    const f = of(SEED.interpretation2025);
    const task = named(f, 'Task').find((t) => t.name === '力争5G基站数达4.5万个')!;
    expect(task.properties).toMatchObject({ year: 2025, domain: '数字基础设施', mode: 'plan' });
    expect(task.refs?.project?.name).toBe('数据基础设施筑基工程');
    expect(task.refs?.plan?.name).toBe('数字青岛2025年行动方案');
  });

  it('does not treat quoted speech in a feature article as results', () => {
    const results = named(of(SEED.feature2024), 'Result');
    expect(results.some((r) => r.name.includes('我们'))).toBe(false);
  });
});

describe('indicators and values', () => {
  const value = (id: string, indicator: string) =>
    of(id)
      .relationships.filter((r) => (r.type === 'SETS_TARGET' || r.type === 'MEASURED') && r.to.name === indicator)
      .map((r) => r.properties);

  it('reads a ranking, a year and 5G as no values', () => {
    const all = of(SEED.report2024)
      .relationships.filter((r) => r.type === 'MEASURED')
      .map((r) => r.properties.value);
    expect(all).not.toContain(6); // 列全国第6位
    expect(all).not.toContain(2024);
    expect(all).not.toContain(5);
  });

  it('names what a number measures from the words before or after it', () => {
    expect(value(SEED.report2024, '无人机飞行成果')[0]).toMatchObject({ value: 76000, unit: '个', qualifier: '累计' });
    expect(value(SEED.news2023, '人工智能教育示范校')[0]).toMatchObject({ value: 20, unit: '个', year: 2023 });
    expect(value(SEED.news2023, '居民电子健康档案动态使用率')[0]).toMatchObject({ value: 80, unit: '%' });
    expect(value(SEED.interpretation2025, '网络零售额')[0]).toMatchObject({ value: 310000000000, unit: '元', comparator: '>=' });
    expect(value(SEED.interpretation2025, '智能算力占比')[0]).toMatchObject({ value: 35, unit: '%' });
    expect(value(SEED.news2023, '智能工厂、数字化车间和自动化生产线')[0]).toMatchObject({ value: 80, comparator: '>=' });
  });

  it('reads several values from one clause', () => {
    const f = of(SEED.report2024);
    const clause = f.relationships.filter((r) => r.type === 'MEASURED' && r.span.text === '16家企业完成入表金额超8000万元');
    expect(clause.map((r) => r.properties.value).sort()).toEqual([16, 80000000]);
  });

  it('dates a value 截至今年4月 in a 2024 article as of 2024-04', () => {
    expect(value(SEED.feature2024, '数字经济核心产业增加值同比增长')[0]).toMatchObject({
      value: 21,
      asOf: '2024-04',
      year: 2024,
      qualifier: '同比',
    });
  });
});

describe('agencies', () => {
  it('reads who drafted the 2023 plan, who interprets 2025 and who reports in the summary', () => {
    const role = (id: string, r: string) =>
      rels(of(id), 'RESPONSIBLE_FOR')
        .filter((x) => x.properties.role === r)
        .map((x) => [x.from.name, x.properties.role, x.to.name]);
    expect(role(SEED.news2023, 'drafts')).toEqual([['市大数据局', 'drafts', '《数字青岛2023年行动方案》'.slice(1, -1)]]);
    expect(role(SEED.interpretation2025, 'interprets')).toEqual([['市大数据局', 'interprets', '数字青岛2025年行动方案']]);
    expect(role(SEED.summary2025, 'reports')).toEqual([['市大数据局', 'reports', '数字青岛2025年行动方案']]);
  });

  it('gives the summary’s author the plans it 印发/出台/编制 with no subject, with the period of the act', () => {
    const acts = rels(of(SEED.summary2025), 'RESPONSIBLE_FOR').filter((x) => x.to.label === 'Plan' && x.properties.role !== 'reports');
    expect(acts.every((x) => x.from.name === '市大数据局')).toBe(true);
    const issued = acts.filter((x) => x.properties.role === 'issues').map((x) => x.to.name);
    expect(issued).toEqual(expect.arrayContaining(['数字青岛2025年行动方案', '青岛市数据要素市场发展政策实施细则']));
    const drafted = acts.filter((x) => x.properties.role === 'drafts');
    expect(drafted.find((x) => x.to.name === '数字青岛“十五五”发展规划')?.properties.period).toBe('2025H2');
    expect(drafted.find((x) => x.to.name === '青岛市政务大模型管理办法')?.properties.period).toBe('2025H1');
  });

  it('links 发改 and 财政 in 会同发改、财政等部门 to the result as cooperating, and the author as leading', () => {
    const on = rels(of(SEED.summary2025), 'RESPONSIBLE_FOR').filter(
      (x) => x.to.label === 'Result' && x.to.name.includes('会同发改、财政等部门'),
    );
    expect(on.map((x) => [x.from.name, x.properties.role]).sort()).toEqual([
      ['发改', 'cooperates'],
      ['市大数据局', 'leads'],
      ['财政', 'cooperates'],
    ]);
  });

  it('reads agencies by prefix and ending, and lists before 等部门', () => {
    // A standing coordination body (联席会议) acts like any other (the corpus gold counts 部际联席会议).
    expect(names(of(SEED.news2023), 'Agency').sort()).toEqual(
      ['市大数据局', '市政府新闻办', '数字经济发展联席会议', '数字青岛建设领导小组', '数字青岛改革建设专家委员会'].sort(),
    );
    expect(names(of(SEED.summary2025), 'Agency')).toEqual(expect.arrayContaining(['发改', '财政', '省发展改革委', '市大数据局']));
    // Central bodies are read by name (被国务院评为, 工信部评定), an alliance by its ending.
    expect(names(of(SEED.feature2024), 'Agency').sort()).toEqual(
      ['青岛市大数据发展管理局', '国务院', '工信部', '公共数据运营全国统一大市场联盟'].sort(),
    );
  });
});

describe('platforms', () => {
  it('reads quoted, suffixed and known platform names', () => {
    const all = new Set([...facts.values()].flatMap((f) => names(f, 'Platform')));
    for (const p of [
      '城市云脑',
      '城市云脑2.0',
      '爱山东',
      '公共数据运营平台',
      '青岛大数据交易中心',
      '青碳行',
      '卡奥斯',
      '健康云脑',
      '青岛市算力调度服务平台',
    ]) {
      expect([p, all.has(p)]).toEqual([p, true]);
    }
  });

  it('links a task to the platform it names', () => {
    const f = of(SEED.interpretation2025);
    const involves = rels(f, 'INVOLVES').map((r) => [r.from.name, r.to.name]);
    expect(involves).toContainEqual(['建成“城市云脑2.0”', '城市云脑2.0']);
  });
});
