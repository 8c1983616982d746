import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildGraph, readDocuments } from '../../../src/ingest';

// Metadata delivered with the files: a manifest.json beside the documents (or one folder up, as a
// corpus keeps docs/ beside it) dates a document whose text gives no date, so its results are
// placed in time; the text's own date still wins, and a broken manifest is reported, not fatal.

const FIXTURES = path.join(__dirname, '../../fixtures/corpus');
const UNDATED = '038_qingdao-smart-approval-5plus-report-2021.txt'; // opens 今年以来, no date anywhere
const DATED = '009_cn-state-council-gwr-2023.txt'; // ——2023年3月5日在第十四届全国人民代表大会第一次会议上

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plangraph-manifest-'));
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  return dir;
}

const text = (name: string) => fs.readFile(path.join(FIXTURES, name), 'utf8');

function periodOf(graph: ReturnType<typeof buildGraph>, quote: string): unknown {
  const r = graph.relationships.find((x) => x.type === 'MEASURED' && x.sources.some((s) => s.text.includes(quote)));
  return r?.properties.period;
}

describe('a manifest delivered with the documents', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true }))));

  it('dates an undated report, so what it has done stands as of its month', async () => {
    const without = await folder({ [UNDATED]: await text(UNDATED) });
    const withManifest = await folder({
      [`docs/${UNDATED}`]: await text(UNDATED),
      'manifest.json': JSON.stringify([{ file: UNDATED, title: '数据赋能创新 打造全链条智能审批新模式', published: '2021-12-14' }]),
    });
    dirs.push(without, withManifest);

    const plain = await readDocuments([without]);
    expect(plain.documents[0]!.date).toBeUndefined();
    expect(periodOf(buildGraph(plain.documents), '199个高频事项')).toBeUndefined();

    const read = await readDocuments([withManifest]);
    expect(read.rejected).toEqual([]);
    expect(read.documents[0]).toMatchObject({ date: '2021-12-14', title: '数据赋能创新 打造全链条智能审批新模式' });
    const graph = buildGraph(read.documents);
    expect(graph.documents[0]).toMatchObject({ date: '2021-12-14', title: '数据赋能创新 打造全链条智能审批新模式' });
    expect(periodOf(graph, '199个高频事项')).toBe('2021-12');
  });

  it('gives a plan the years its delivered title names, in any language (051: …AI Industry (2025 - 2027))', async () => {
    const PLAN = '051_shandong-ai-industry-sci-tech-plan-2024.txt'; // 力争到2027年; dated 2024-12, its title not in the text
    const entry = {
      file: PLAN,
      title: '山东省科技创新引领人工智能产业发展行动计划',
      dataset_title_en: "Action Plan for Scientific and Technological Innovation - Led Development of Shandong's AI Industry (2025 - 2027)",
      dataset_release_date: '2024-12-06',
    };
    const dir = await folder({ [`docs/${PLAN}`]: await text(PLAN), 'manifest.json': JSON.stringify([entry]) });
    dirs.push(dir);
    const read = await readDocuments([dir]);
    expect(read.documents[0]).toMatchObject({ period: '2025-2027' });
    const yearly = buildGraph(read.documents).relationships.find(
      (r) => r.type === 'SETS_TARGET' && r.sources.some((s) => s.text.includes('每年布局150项以上基础研究项目')),
    );
    // A yearly target runs over the plan's years, 2025–2027, not from the year it was issued.
    expect(yearly?.properties.period).toBe('2025-2027');
  });

  it('never overrides the date a document gives itself', async () => {
    const dir = await folder({
      [DATED]: await text(DATED),
      'manifest.json': JSON.stringify({ documents: [{ file: DATED, published: '2019-01-01' }] }),
    });
    dirs.push(dir);
    const graph = buildGraph((await readDocuments([dir])).documents);
    expect(graph.documents[0]!.date).not.toBe('2019-01-01');
    expect(periodOf(graph, '国内生产总值增长3%')).toBe('2022');
  });

  it('reports a manifest it cannot use and reads the documents without it', async () => {
    const dir = await folder({ [UNDATED]: await text(UNDATED), 'manifest.json': '{ "documents": [ { "title": "no file" } ] }' });
    dirs.push(dir);
    const { documents, rejected } = await readDocuments([dir]);
    expect(documents.map((d) => d.id)).toEqual([UNDATED.replace('.txt', '')]);
    expect(documents[0]!.date).toBeUndefined();
    expect(rejected).toEqual([
      { path: path.join(dir, 'manifest.json'), reason: expect.stringMatching(/^manifest not used: .*\{ file, title\?, published\? \}/) },
    ]);
  });
});
