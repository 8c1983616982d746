import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { cityName, generateCorpus, generateDocument, writeCorpus, type SyntheticDocument } from '../../bench/generate';

// The benchmark corpus must be reproducible (same seed, same bytes), varied (many cities and
// years) and of the genre (outline markers, 工程 headings, targets, reported values), and must
// not copy the seed documents.

const SEEDS_DIR = join(__dirname, '../../seeds');
const corpus = (seed: string, n: number): SyntheticDocument[] => [...generateCorpus(seed, n)];
const sample = corpus('test-seed', 240);
const ofKind = (kind: string) => sample.filter((d) => d.kind === kind);

describe('determinism', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const written = (seed: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-gen-'));
    dirs.push(dir);
    writeCorpus(dir, { seed, count: 30, variants: true });
    return readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))] as const);
  };

  it('writes the same file names and bytes for the same seed', () => {
    const a = written('s1');
    const b = written('s1');
    expect(a.map(([f]) => f)).toEqual(b.map(([f]) => f));
    a.forEach(([, bytes], i) => expect(bytes.equals(b[i]![1])).toBe(true));
  });

  it('writes different documents for a different seed', () => {
    const a = written('s1').map(([f]) => f);
    const b = written('s2').map(([f]) => f);
    expect(a.filter((f) => b.includes(f))).toEqual([]);
  });

  it('makes a small corpus the prefix of a larger one', () => {
    const big = corpus('test-seed', 300);
    expect(big.slice(0, 240).map((d) => d.text)).toEqual(sample.map((d) => d.text));
    expect(generateDocument('test-seed', 77).text).toBe(sample[77]!.text);
  });
});

describe('variety', () => {
  it('covers several invented cities and a dozen years', () => {
    expect(new Set(sample.map((d) => d.city)).size).toBe(4);
    expect(new Set(sample.map((d) => d.year)).size).toBe(12);
    const names = Array.from({ length: 2000 }, (_, i) => cityName('other', i));
    expect(new Set(names).size).toBe(2000);
  });

  it('gives each document a unique id of the seeds’ shape', () => {
    expect(new Set(sample.map((d) => d.id)).size).toBe(sample.length);
    sample.forEach((d) => expect(d.id).toMatch(/^\d{5}_[0-9a-f]{16}$/));
  });

  it('does not copy any 14-character run of the seed documents', () => {
    const runs = new Set<string>();
    for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
      for (const line of text.split('\n')) for (let i = 0; i + 14 <= line.length; i++) runs.add(line.slice(i, i + 14));
    }
    const copied = sample.flatMap((d) => {
      for (let i = 0; i + 14 <= d.text.length; i++) if (runs.has(d.text.slice(i, i + 14))) return [`${d.id}: ${d.text.slice(i, i + 14)}`];
      return [];
    });
    expect(copied).toEqual([]);
  });
});

describe('genre', () => {
  it('action plans have outline markers, 实施…工程 headings and numbered tasks matching the declared count', () => {
    for (const d of ofKind('action_plan')) {
      expect(d.text).toMatch(/^一、/m);
      expect(d.text).toMatch(/^[(（]一[)）]实施\S+工程$/m);
      const declared = Number(/大工程(\d+)项重点任务/.exec(d.text)?.[1]);
      const tasks =
        d.text
          .split('二、重点任务')[1]!
          .split('三、保障措施')[0]!
          .match(/^\d+\./gm) ?? [];
      expect(tasks.length).toBe(declared);
      expect(d.text).toMatch(/(牵头单位|责任单位)[:：]市\S+?[;；)）]/);
    }
  });

  it('plans set numeric targets with the genre’s comparators', () => {
    const plans = ofKind('action_plan')
      .map((d) => d.text)
      .join('\n');
    expect(plans).toMatch(/达到\d+(\.\d+)?万(个|架|户)/);
    expect(plans).toMatch(/不少于\d+/);
    expect(plans).toMatch(/\d+(\.\d+)?%以上/);
    // A share is never planned or reported above 100%.
    expect(sample.map((d) => d.text).join('\n')).not.toMatch(/(^|[^\d.])([1-9]\d{2,})(\.\d+)?%/);
  });

  it('interpretations carry a 发文字号 and declare the plan’s task count', () => {
    for (const d of ofKind('interpretation')) {
      expect(d.text).toMatch(/^【文字解读】《数字\S+?\d{4}年行动方案》要点解读/);
      expect(d.text).toMatch(/发文字号 \S政办字[〔【[]\d{4}[〕】\]]\d+号/);
      expect(d.text).toMatch(/推进\d+项任务/);
    }
  });

  it('reports give cumulative and over-threshold values with multipliers', () => {
    const reports = ofKind('implementation_report')
      .map((d) => d.text)
      .join('\n');
    expect(reports).toMatch(/累计\S{1,4}?\S+?\d+(\.\d+)?万?(个|架|户|家|条)/);
    expect(reports).toMatch(/超\d+(\.\d+)?亿(条|元)/);
    expect(reports).toMatch(/^三、下一步工作打算$/m);
  });

  it('work summaries report the first half and plan the second', () => {
    for (const d of ofKind('work_summary')) {
      expect(d.text).toMatch(/^一、上半年工作推进情况$/m);
      expect(d.text).toMatch(/^三、下半年重点工作打算$/m);
      expect(d.text).toMatch(/^一是/m);
    }
  });
});

describe('encodings', () => {
  it('stores variants as GBK bytes and traditional script that decode back to the genre', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-gen-'));
    try {
      const out = writeCorpus(dir, { seed: 'enc', count: 10, variants: true });
      const gbk = readFileSync(out.files[7]!);
      expect(iconv.decode(gbk, 'gbk')).toBe(generateDocument('enc', 7).text);
      expect(gbk.toString('utf8')).not.toBe(generateDocument('enc', 7).text);
      const traditional = readFileSync(out.files[3]!, 'utf8');
      expect(traditional).toMatch(/數字/);
      expect(traditional).not.toBe(generateDocument('enc', 3).text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
