import { join } from 'node:path';
import { buildGraph, identityReader, loadLexicon, readDocuments } from '../../../src/ingest';
import type { Graph } from '../../../src/model';

// Work reports find their series by what their own text says: who delivers them (我代表…), to
// which congress, and the year. Real reports: two State Council years, three Hailar years (one
// GBK, one naming its district only through its congress), and an action plan that is no report.

const CORPUS = join(__dirname, '../../fixtures/corpus');
const SERIES = join(__dirname, '../../fixtures/series');
const FILES = [
  join(CORPUS, '009_cn-state-council-gwr-2023.txt'),
  join(CORPUS, '010_cn-state-council-gwr-2024.txt'),
  join(SERIES, '012_hailar-district-gwr-2012.txt'),
  join(CORPUS, '013_hailar-district-gwr-2013.txt'),
  join(SERIES, '019_hailar-district-gwr-2019.txt'),
  join(CORPUS, '023_digital-shandong-2019-action-plan.txt'),
];

let graph: Graph;
beforeAll(async () => {
  const { documents, rejected } = await readDocuments(FILES);
  expect(rejected).toEqual([]);
  graph = buildGraph(documents);
}, 120_000);

const plans = () => graph.nodes.filter((n) => n.label === 'Plan' && n.properties.kind === 'work_report');
const byId = () => new Map(graph.nodes.map((n) => [n.id, n]));

describe('reading a work report’s identity', () => {
  it('reads issuer, genre and year from the opening address; a plan is no report', () => {
    const reader = identityReader(loadLexicon());
    const read = graph.documents.map((d) => reader.read(d)).map((i) => i && [i.document, i.issuer, i.genre, i.year]);
    expect(read).toEqual([
      ['009_cn-state-council-gwr-2023', '国务院', '政府工作报告', 2023],
      ['010_cn-state-council-gwr-2024', '国务院', '政府工作报告', 2024],
      // 我代表区政府 / 我代表区人民政府: the district is the one whose congress hears the report
      ['012_hailar-district-gwr-2012', '海拉尔区政府', '政府工作报告', 2012],
      ['013_hailar-district-gwr-2013', '海拉尔区政府', '政府工作报告', 2013],
      ['019_hailar-district-gwr-2019', '海拉尔区政府', '政府工作报告', 2019],
      undefined,
    ]);
  });

  it('quotes the address it read, exactly as the document has it', () => {
    const reader = identityReader(loadLexicon());
    for (const d of graph.documents) {
      const id = reader.read(d);
      if (!id) continue;
      expect(d.text.slice(id.source.start, id.source.end)).toBe(id.source.text);
      expect(id.source.text).toMatch(/^我代表/);
    }
  });
});

describe('series in the graph', () => {
  it('makes one plan per report, named by year, issuer and genre, described by its document', () => {
    const described = new Map(graph.relationships.filter((r) => r.type === 'DESCRIBES').map((r) => [r.to, r.from]));
    expect(
      plans()
        .map((p) => [p.name, described.get(p.id)])
        .sort(),
    ).toEqual([
      ['2012年海拉尔区政府工作报告', '012_hailar-district-gwr-2012'],
      ['2013年海拉尔区政府工作报告', '013_hailar-district-gwr-2013'],
      ['2019年海拉尔区政府工作报告', '019_hailar-district-gwr-2019'],
      ['2023年国务院政府工作报告', '009_cn-state-council-gwr-2023'],
      ['2024年国务院政府工作报告', '010_cn-state-council-gwr-2024'],
    ]);
  });

  it('knows a report by the genre its address gives it, titled so or not (the name its own plan is read under)', () => {
    const aliases = Object.fromEntries(plans().map((p) => [p.name, p.aliases]));
    expect(aliases['2023年国务院政府工作报告']).toEqual(['政府工作报告']);
    // Titled 政 府 工 作 报 告, spaced, and addressed 我代表区政府向大会作工作报告: the same genre, as the
    // document's own plan (政府工作报告, read from its title line) is named; that plan is the report's.
    expect(aliases['2012年海拉尔区政府工作报告']).toEqual(['政府工作报告']);
    const report = plans().find((n) => n.name === '2012年海拉尔区政府工作报告')!;
    expect(report.sources.map((s) => s.text)).toContain('政 府 工 作 报 告');
  });

  it('holds one plan per report: a report calling itself 政府工作报告 is that year’s and that government’s, not one across the series', () => {
    const generic = graph.nodes.filter((n) => n.label === 'Plan' && n.name === '政府工作报告');
    expect(generic.flatMap((n) => n.sources.map((s) => s.document))).toEqual([]);
    const levels = Object.fromEntries(plans().map((p) => [p.name, p.properties.level]));
    expect(levels).toMatchObject({ '2019年海拉尔区政府工作报告': 'district', '2024年国务院政府工作报告': 'national' });
    // Each report holds the tasks of its own text only.
    const nodes = byId();
    const crossing = graph.relationships.filter(
      (r) =>
        r.type === 'HAS_TASK' &&
        nodes.get(r.from)?.properties.kind === 'work_report' &&
        nodes.get(r.to)!.sources[0]!.document !== nodes.get(r.from)!.sources[0]!.document,
    );
    expect(crossing).toEqual([]);
    const tasks = (name: string) => graph.relationships.filter((r) => r.type === 'HAS_TASK' && nodes.get(r.from)?.name === name).length;
    expect(tasks('2019年海拉尔区政府工作报告')).toBeGreaterThan(20);
  });

  it('chains only consecutive years of one issuer: 2013 → 2012 and 2024 → 2023, never 2019 → 2013', () => {
    const nodes = byId();
    const succeeds = graph.relationships
      .filter((r) => r.type === 'SUCCEEDS' && nodes.get(r.from)?.properties.kind === 'work_report')
      .map((r) => [nodes.get(r.from)!.name, nodes.get(r.to)!.name])
      .sort();
    expect(succeeds).toEqual([
      ['2013年海拉尔区政府工作报告', '2012年海拉尔区政府工作报告'],
      ['2024年国务院政府工作报告', '2023年国务院政府工作报告'],
    ]);
  });

  it('gives a report the tasks that set its targets', () => {
    const nodes = byId();
    const report = plans().find((p) => p.name === '2023年国务院政府工作报告')!;
    const held = graph.relationships.filter((r) => r.type === 'HAS_TASK' && r.from === report.id).map((r) => nodes.get(r.to)!);
    expect(held.every((t) => t.sources[0]!.document === '009_cn-state-council-gwr-2023')).toBe(true);
    expect(held.map((t) => t.sources[0]!.text).join('\n')).toContain('国内生产总值增长5%左右');
  });

  it('leads 2023’s GDP growth target to the 2024 report’s 增长5.2%, once, marked with its series', () => {
    const nodes = byId();
    const led = graph.relationships.filter(
      (r) =>
        r.type === 'LED_TO' &&
        r.properties.series === '国务院政府工作报告' &&
        nodes.get(String(r.properties.via))?.name === '国内生产总值增长',
    );
    expect(led.length).toBeGreaterThan(0);
    for (const r of led) {
      expect(nodes.get(r.from)!.sources[0]!.document).toBe('009_cn-state-council-gwr-2023');
      expect(
        nodes
          .get(r.to)!
          .sources.map((s) => s.text)
          .join(''),
      ).toContain('增长5.2%');
      expect(r.properties).toMatchObject({ basis: 'indicator' });
    }
    const ids = graph.relationships.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
