import * as iconv from 'iconv-lite';
import { buildGraph, sliceGraph } from '../../src/ingest';
import { decodeDocument } from '../../src/ingest/decode';
import { toExport, type Graph, type GraphNode, type GraphRelationship } from '../../src/model';
import { genreRecords, record, SEED, seedRecords } from '../fixtures/genre/records';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: { Converter(o: { from: string; to: string }): (s: string) => string } = require('opencc-js');

const seeds = seedRecords();
const graph = buildGraph(seeds);
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const node = (g: Graph, label: string, name: string): GraphNode | undefined => g.nodes.find((n) => n.label === label && n.name === name);
const out = (g: Graph, id: string, type: string) => g.relationships.filter((r) => r.from === id && r.type === type);
const into = (g: Graph, id: string, type: string) => g.relationships.filter((r) => r.to === id && r.type === type);

/** Every value on an indicator: [kind, value, year, comparator or qualifier, document prefix]. */
function timeline(g: Graph, indicator: string): (string | number | undefined)[][] {
  const ind = node(g, 'Indicator', indicator);
  if (!ind) return [];
  return [...into(g, ind.id, 'SETS_TARGET'), ...into(g, ind.id, 'MEASURED')]
    .map((r: GraphRelationship) => [
      r.type === 'SETS_TARGET' ? 'target' : 'reported',
      r.properties.value as number,
      r.properties.year as number,
      (r.properties.comparator ?? r.properties.qualifier) as string | undefined,
      r.sources[0].document.slice(0, 3),
    ])
    .sort((a, b) => String(a[4]).localeCompare(String(b[4])) || (a[1] as number) - (b[1] as number));
}

describe('the graph of the five seeds', () => {
  it('fills each document’s kind, title, date and period', () => {
    const doc = (id: string) => graph.documents.find((d) => d.id === id)!;
    expect(doc(SEED.interpretation2025)).toMatchObject({ kind: 'interpretation', date: '2025-05-16', period: '2025' });
    expect(doc(SEED.news2023)).toMatchObject({ kind: 'news', date: '2023-03-20', period: '2023' });
    expect(doc(SEED.summary2025)).toMatchObject({ kind: 'work_summary', period: '2025H1' });
    expect(doc(SEED.report2024).title).not.toBe('');
  });

  it('tracks 5G基站数 across years: 2023 and 2025 targets, 2024 reported', () => {
    expect(timeline(graph, '5G基站数')).toEqual([
      ['reported', 42700, 2024, '累计', '000'],
      ['target', 33500, 2023, '=', '001'],
      ['target', 45000, 2025, '>=', '003'],
    ]);
  });

  it('puts 在用标准机架总数 and 数据中心标准机架数 on one indicator', () => {
    expect(timeline(graph, '数据中心标准机架数')).toEqual([
      ['reported', 57000, 2024, '超', '000'],
      ['target', 45000, 2023, '>=', '001'],
      ['reported', 52000, 2024, undefined, '002'],
      ['target', 65000, 2025, '>=', '003'],
    ]);
  });

  it('expands 超2240亿条 to 224000000000 条 with the qualifier 超', () => {
    const ind = node(graph, 'Indicator', '公共数据总量')!;
    expect(into(graph, ind.id, 'MEASURED').map((r) => r.properties)).toContainEqual(
      expect.objectContaining({ value: 224000000000, unit: '条', qualifier: '超' }),
    );
    expect(ind.properties.unit).toBe('条');
  });

  it('resolves the GDP share target to the dictionary name', () => {
    expect(timeline(graph, '数字经济核心产业增加值占GDP比重')).toEqual([['target', 12, 2025, '>=', '003']]);
  });

  it('gives the 2025 plan its number, counts, seven projects, implemented plans and predecessor', () => {
    const plan = node(graph, 'Plan', '数字青岛2025年行动方案')!;
    expect(plan.properties).toMatchObject({ docNumber: '青政办字【2025】21号', taskCount: 54, projectCount: 7 });
    expect(out(graph, plan.id, 'HAS_PROJECT')).toHaveLength(7);
    expect(
      out(graph, plan.id, 'IMPLEMENTS')
        .map((r) => byId.get(r.to)!.name)
        .sort(),
    ).toEqual(['山东省“十四五”数字强省建设规划', '数字中国建设整体布局规划', '数字青岛发展规划(2023—2025年)'].sort());
    expect(out(graph, plan.id, 'SUCCEEDS').map((r) => byId.get(r.to)!.name)).toEqual(['数字青岛2024年行动方案']);
    expect(out(graph, plan.id, 'PART_OF').map((r) => byId.get(r.to)!.name)).toEqual(['数字青岛2.0']);
    expect(
      into(graph, plan.id, 'DESCRIBES')
        .map((r) => r.from)
        .sort(),
    ).toEqual([SEED.interpretation2025, SEED.summary2025]);
  });

  it('gives the 2023 plan 51 tasks, six projects and 12 projects in all, and its drafter', () => {
    const plan = node(graph, 'Plan', '数字青岛2023年行动方案')!;
    expect(plan.properties).toMatchObject({ taskCount: 51, projectCount: 6 });
    expect(out(graph, plan.id, 'HAS_PROJECT')).toHaveLength(12);
    const drafts = into(graph, plan.id, 'RESPONSIBLE_FOR').map((r) => [byId.get(r.from)!.name, r.properties.role]);
    // 001: 市政府新闻办举行的新闻发布会上获悉……市大数据局……牵头起草了《数字青岛2023年行动方案》
    expect(drafts).toEqual([
      ['市大数据局', 'drafts'],
      ['市政府新闻办', 'reports'],
    ]);
    expect(out(graph, node(graph, 'Plan', '数字青岛2024年行动方案')!.id, 'SUCCEEDS').map((r) => byId.get(r.to)!.name)).toEqual([
      '数字青岛2023年行动方案',
    ]);
  });

  it('merges one programme written three ways into one Plan', () => {
    const programme = node(graph, 'Plan', '数字青岛2.0')!;
    expect(programme.properties.kind).toBe('programme');
    expect(new Set(programme.sources.map((s) => s.document.slice(0, 3)))).toEqual(new Set(['000', '002', '003']));
    expect(
      into(graph, programme.id, 'PART_OF')
        .map((r) => byId.get(r.from)!.name)
        .sort(),
    ).toEqual(['数字青岛2024年行动方案', '数字青岛2025年行动方案']);
  });

  it('relates 城市云脑2.0 to 城市云脑 and attaches the 2025 task to it', () => {
    const v2 = node(graph, 'Platform', '城市云脑2.0')!;
    expect(out(graph, v2.id, 'RELATED_TO').map((r) => byId.get(r.to)!.name)).toEqual(['城市云脑']);
    expect(into(graph, v2.id, 'INVOLVES').map((r) => byId.get(r.from)!.name)).toContain('建成“城市云脑2.0”');
    expect(new Set(node(graph, 'Platform', '城市云脑')!.sources.map((s) => s.document.slice(0, 3)))).toEqual(
      new Set(['000', '001', '004']),
    );
  });

  it('merges 青岛市大数据发展管理局 into 市大数据局', () => {
    const agency = node(graph, 'Agency', '市大数据局')!;
    expect(agency.aliases).toContain('青岛市大数据发展管理局');
    const roles = out(graph, agency.id, 'RESPONSIBLE_FOR').map((r) => r.properties.role);
    // One body across the five documents: it drafts, interprets, reports, issues and leads.
    expect([...new Set(roles)].sort()).toEqual(['carries_out', 'drafts', 'interprets', 'issues', 'leads', 'reports']);
  });

  it('reads nothing from the heating-pipeline article', () => {
    const news = seeds.find((d) => d.id === SEED.news2023)!;
    const start = news.text.indexOf('西海岸新区华能董家口电厂长输热力管线项目投入试运行');
    const late = graph.nodes.filter(
      (n) => ['Task', 'Result', 'Indicator'].includes(n.label) && n.sources.some((s) => s.document === news.id && s.start >= start),
    );
    expect(late).toEqual([]);
  });

  it('files the 2025 H2 outlook of the summary as tasks of the 2025 plan period', () => {
    const tasks = graph.nodes.filter((n) => n.label === 'Task' && n.properties.document === SEED.summary2025);
    expect(tasks.length).toBeGreaterThanOrEqual(12);
    expect(new Set(tasks.map((t) => t.properties.period))).toEqual(new Set(['2025H2']));
  });

  it('has every node and relationship quote its exact source text', () => {
    const text = new Map(seeds.map((d) => [d.id, d.text]));
    const bad = [...graph.nodes, ...graph.relationships]
      .flatMap((x) => (x.sources.length ? x.sources : [{ document: '?', start: 0, end: 0, text: 'none' }]))
      .filter((s) => text.get(s.document)?.slice(s.start, s.end) !== s.text);
    expect(bad).toEqual([]);
  });

  it('is deterministic: the same documents in another order give the same JSON', () => {
    const again = buildGraph([...seeds].reverse());
    expect(JSON.stringify(toExport(again))).toBe(JSON.stringify(toExport(graph)));
  });

  it('reads two files with the same text as one document', () => {
    const copy = { ...seeds[0], id: 'zzz_copy', path: 'copy.txt' };
    const g = buildGraph([...seeds, copy]);
    expect(g.documents.map((d) => d.id)).not.toContain('zzz_copy');
    expect(g.nodes.length).toBe(graph.nodes.length);
  });

  it('slices the graph per document in time order, with merged facts', () => {
    const slices = sliceGraph(graph);
    expect(slices.map((s) => s.document.id.slice(0, 3))).toEqual(['001', '000', '002', '003', '004']);
    const s5g = slices.find((s) => s.document.id === SEED.interpretation2025)!.nodes.find((n) => n.name === '5G基站数')!;
    expect(s5g.sources.length).toBeGreaterThan(1); // the full node, not just this document's part
  });

  it('reads a traditional-Chinese copy of a seed to the same indicator names and values', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const id = SEED.interpretation2025;
    const original = seeds.find((d) => d.id === id)!;
    const traditional = record(id, toTraditional(original.text));
    expect(traditional.text).not.toBe(original.text);
    const values = (g: Graph) =>
      g.relationships
        .filter((r) => r.type === 'SETS_TARGET')
        .map((r) => `${g.nodes.find((n) => n.id === r.to)!.name}=${r.properties.value}`)
        .sort();
    expect(values(buildGraph([traditional]))).toEqual(values(buildGraph([original])));
  });
});

describe('documents of the genre the seeds never showed', () => {
  const genre = buildGraph(genreRecords());
  const plan = (name: string) => node(genre, 'Plan', name)!;

  it('reads a 济南 action plan: its plan, projects, tasks with lead and cooperating agencies, targets', () => {
    const p = plan('数字泉城2024年行动方案');
    expect(p.properties).toMatchObject({
      kind: 'action_plan',
      year: 2024,
      city: '济南',
      docNumber: '济政办字〔2024〕9号',
      taskCount: 36,
      projectCount: 4,
    });
    expect(out(genre, p.id, 'HAS_PROJECT').map((r) => genre.nodes.find((n) => n.id === r.to)!.name)).toEqual([
      '算力网络筑基工程',
      '产业数字化提速工程',
      '政务服务增效工程',
    ]);
    const task = node(genre, 'Task', '新建5G基站不少于3000个')!;
    expect(into(genre, task.id, 'RESPONSIBLE_FOR').map((r) => [genre.nodes.find((n) => n.id === r.from)!.name, r.properties.role])).toEqual(
      [
        ['市工业和信息化局', 'leads'],
        ['市通信管理局', 'cooperates'],
      ],
    );
    expect(timeline(genre, '5G基站数').filter((v) => v[4] === 'jin')).toEqual([
      ['target', 3000, 2024, '>=', 'jin'],
      ['target', 26000, 2024, '=', 'jin'],
    ]);
    expect(timeline(genre, '数据中心标准机架数').filter((v) => v[4] === 'jin')).toEqual([['target', 32000, 2024, '>=', 'jin']]);
  });

  it('reads a 威海 report: results on the same indicators, no facts from its problems, next year’s targets', () => {
    expect(timeline(genre, '5G基站数').filter((v) => v[4] === 'wei')).toEqual([
      ['reported', 13500, 2024, '累计', 'wei'],
      ['target', 16000, 2025, '>=', 'wei'],
    ]);
    expect(timeline(genre, '公共数据总量').filter((v) => v[4] === 'wei')).toEqual([['reported', 8500000000, 2024, '超', 'wei']]);
    expect(genre.nodes.some((n) => n.name.includes('不足500个'))).toBe(false);
    expect(genre.documents.find((d) => d.id.startsWith('weihai'))!.kind).toBe('implementation_report');
  });

  it('reads a 烟台 interpretation: document number, implemented plans, the interpreting agency', () => {
    const p = plan('数字烟台2025年工作要点');
    expect(p.properties).toMatchObject({ docNumber: '烟政办字【2025】5号', taskCount: 24, projectCount: 3, city: '烟台' });
    expect(out(genre, p.id, 'IMPLEMENTS')).toHaveLength(2);
    expect(into(genre, p.id, 'RESPONSIBLE_FOR').map((r) => r.properties.role)).toEqual(['interprets']);
    expect(timeline(genre, '数据交易额')).toEqual([['target', 300000000, 2025, '>=', 'yan']]);
  });

  it('reads the 济南 plan written in traditional Chinese the same way', () => {
    const jinan = genreRecords().find((d) => d.id.startsWith('jinan'))!;
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const g = buildGraph([record(jinan.id, toTraditional(jinan.text))]);
    // The plan is named as written; its simplified name is an alias, so either script finds it.
    const plan = g.nodes.find((n) => n.label === 'Plan' && n.aliases?.includes('数字泉城2024年行动方案'));
    expect(plan?.name).toBe('數字泉城2024年行動方案');
    expect(plan?.properties.taskCount).toBe(36);
    expect(timeline(g, '5G基站数')).toEqual([
      ['target', 3000, 2024, '>=', 'jin'],
      ['target', 26000, 2024, '=', 'jin'],
    ]);
    const task = g.nodes.find((n) => n.label === 'Task' && n.name.startsWith('新建5G基站'))!;
    expect(task.sources[0].text).toBe(task.name); // spans quote the traditional original
    expect(task.name).toContain('新建5G基站不少於3000個');
  });

  it('reads a GBK-encoded file, decoded by the reader, to the same facts', () => {
    const weihai = genreRecords().find((d) => d.id.startsWith('weihai'))!;
    const decoded = decodeDocument(iconv.encode(weihai.text, 'gbk'));
    expect(decoded.text).toBe(weihai.text);
    const g = buildGraph([record(weihai.id, decoded.text, 'weihai.gbk.txt', decoded.encoding)]);
    expect(timeline(g, '5G基站数')).toEqual([
      ['reported', 13500, 2024, '累计', 'wei'],
      ['target', 16000, 2025, '>=', 'wei'],
    ]);
  });
});
