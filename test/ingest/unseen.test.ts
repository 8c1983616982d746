import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import type { Graph } from '../../src/model';
import { formatQuality, loadGold, scoreGraph, type QualityReport } from '../../src/ingest/score';
import { describeGoldSet, itMeetsTheBars } from './gold-checks';
import { loadPipeline, type Pipeline } from './link/seed-pipeline';

// Documents nobody tuned the loaders for (test/fixtures/unseen): invented plans, reports and
// releases of other cities, scored against hand-checked gold with the same bars as the seeds.
// Also: the traditional-Chinese copy of the plan and a GBK copy of the report must read the same values.

const UNSEEN = join(__dirname, '../fixtures/unseen');
const DOCS = join(UNSEEN, 'docs');
const gold = loadGold(join(UNSEEN, 'gold'));
const PLAN = 'u1_weifang_plan_2024';
const REPORT = 'u2_weifang_report_2024';

describeGoldSet('the unseen gold set', gold, DOCS);

/** The numbers a document's graph reads, independent of script: kind, value, comparator, year. */
function valuesOf(graph: Graph): string[] {
  return graph.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => `${r.type} ${String(r.properties.value)} ${String(r.properties.comparator ?? '')} ${String(r.properties.year ?? '')}`)
    .sort();
}

const pipeline = loadPipeline();
describe('quality on unseen documents', () => {
  const p = pipeline as Pipeline;
  let report: QualityReport;
  beforeAll(async () => {
    const { documents } = await p.readDocuments([DOCS]);
    const graph = p.buildGraph(documents);
    report = scoreGraph(graph, gold);
    // Per document too, so every miss is listed (a Measure keeps only its first 20).
    const perDocument = gold.map((g) => {
      const r = scoreGraph(graph, [g]);
      const misses = [
        ...r.entities.recall.misses,
        ...r.values.recall.misses,
        ...r.values.precision.misses.map((m) => `extra: ${m}`),
        ...r.lineage.recall.misses,
      ];
      return `${g.document}\n${formatQuality(r)}\n  ${misses.join('\n  ')}`;
    });
    console.log(`quality against test/fixtures/unseen/gold:\n${formatQuality(report)}\n\n${perDocument.join('\n\n')}`);
  });

  it('reads all five documents', () => expect(report.documents).toHaveLength(5));
  itMeetsTheBars(() => report);
});

describe('script and encoding do not change the values read', () => {
  const p = pipeline as Pipeline;
  const graphOf = async (path: string) => p.buildGraph((await p.readDocuments([path])).documents);
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'unseen-gbk-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads the traditional-Chinese (zh-TW) plan like the simplified one', async () => {
    const simplified = valuesOf(await graphOf(join(DOCS, `${PLAN}.txt`)));
    const traditional = valuesOf(await graphOf(join(UNSEEN, 'traditional', `${PLAN}_zh-tw.txt`)));
    expect(simplified.length).toBeGreaterThanOrEqual(15);
    expect(traditional).toEqual(simplified);
  });

  it('reads a GBK copy of the report like the UTF-8 one', async () => {
    const utf8 = readFileSync(join(DOCS, `${REPORT}.txt`), 'utf8');
    const gbkPath = join(tmp, `${REPORT}.txt`);
    writeFileSync(gbkPath, iconv.encode(utf8, 'gbk'));
    const { documents } = await p.readDocuments([gbkPath]);
    expect(documents[0]?.text).toBe(utf8);
    const original = valuesOf(await graphOf(join(DOCS, `${REPORT}.txt`)));
    expect(original.length).toBeGreaterThanOrEqual(20);
    expect(valuesOf(p.buildGraph(documents))).toEqual(original);
  });
});
