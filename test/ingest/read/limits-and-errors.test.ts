import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_READ_LIMITS, readDocuments } from '../../../src/ingest/read';
import { LARGE_BYTES, LARGE_FILE, makeHostileFixtures } from '../../fixtures/make-hostile';

const FIXTURES = path.relative(process.cwd(), path.join(__dirname, '../../fixtures'));
const C = path.join(FIXTURES, 'hostile');
const G = path.join(FIXTURES, 'generated', 'hostile');

describe('readDocuments: limits, explicit files and read errors', () => {
  beforeAll(async () => {
    await makeHostileFixtures();
  });
  afterEach(() => jest.restoreAllMocks());

  it('has documented defaults: 20 MB, 10 000 files, a time budget', () => {
    expect(DEFAULT_READ_LIMITS).toEqual({ maxBytes: 20 * 1024 * 1024, maxFiles: 10_000, timeoutMs: 120_000 });
  });

  it('rejects the 50 MB file by its size without reading it', async () => {
    const readFile = jest.spyOn(fsp, 'readFile');
    const large = path.join(G, LARGE_FILE);
    const { documents, rejected } = await readDocuments([large, path.join(C, 'no-outline.txt')]);
    expect(rejected).toEqual([{ path: large, reason: `too large: ${LARGE_BYTES} bytes, over the limit of 20971520 bytes` }]);
    expect(documents.map((d) => d.id)).toEqual(['no-outline']);
    expect(readFile.mock.calls.map(([p]) => p)).toEqual([path.join(C, 'no-outline.txt')]);
  });

  it('applies a smaller maxBytes from the limits', async () => {
    const { rejected } = await readDocuments([path.join(C, 'no-outline.txt')], { maxBytes: 100 });
    expect(rejected[0]!.reason).toMatch(/^too large: \d+ bytes, over the limit of 100 bytes$/);
  });

  it('reads a file without an extension when it is named explicitly', async () => {
    const { documents, rejected } = await readDocuments([path.join(C, 'plan-without-extension')]);
    expect(rejected).toEqual([]);
    expect(documents[0]).toMatchObject({ id: 'plan-without-extension', encoding: 'utf-8' });
    expect(documents[0]!.text).toContain('潍坊市数字乡村建设2026年工作安排');
  });

  it('reads a file name with spaces and Chinese characters, keeping them in id and path', async () => {
    const p = path.join(C, '威海 数字 行动方案 2026.txt');
    const { documents } = await readDocuments([p]);
    expect(documents[0]).toMatchObject({ id: '威海 数字 行动方案 2026', path: p });
  });

  it('turns a permission error (EACCES) into a rejection and reads the rest', async () => {
    // Tests run as root, where chmod 000 does not stop a read: make the read itself fail instead.
    const real = fsp.readFile.bind(fsp);
    const locked = path.join(C, 'other-topic.txt');
    jest.spyOn(fsp, 'readFile').mockImplementation((async (p: string, opts?: object) => {
      if (p === locked) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
      return real(p, opts);
    }) as typeof fsp.readFile);
    const { documents, rejected } = await readDocuments([C]);
    expect(rejected).toContainEqual({ path: locked, reason: 'permission denied (EACCES)' });
    expect(documents.map((d) => d.id)).toContain('no-outline');
    expect(documents.map((d) => d.id)).not.toContain('other-topic');
  });

  it('stops a read that outlasts the time budget and says so', async () => {
    jest.spyOn(fsp, 'readFile').mockImplementation(
      ((_p: string, opts?: { signal?: AbortSignal }) =>
        new Promise((_resolve, reject) => {
          opts?.signal?.addEventListener('abort', () => reject(opts.signal!.reason));
        })) as typeof fsp.readFile,
    );
    const { documents, rejected } = await readDocuments([path.join(C, 'no-outline.txt'), path.join(C, 'odd-numbers.txt')], {
      timeoutMs: 50,
    });
    expect(documents).toEqual([]);
    // The first read outlasts the budget; the second was either started before the deadline (and
    // timed out too) or never started, depending on how busy the machine is.
    const reasons = rejected.map((r) => r.reason);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toBe('read timed out');
    expect(['read timed out', 'time limit reached before this file was read']).toContain(reasons[1]);
  });

  it('stops walking at maxFiles and names the first file left out', async () => {
    // In name order the folder starts digits-only, duplicate-one, duplicate-two, empty …
    const { documents, rejected, duplicates } = await readDocuments([C], { maxFiles: 3 });
    expect(rejected).toEqual([
      { path: `${C}/empty.txt`, reason: 'file limit of 3 reached: this and later files were not read' },
      { path: `${C}/digits-only.txt`, reason: 'no Chinese characters or letters: nothing to read' },
    ]);
    expect(documents.map((d) => d.id)).toEqual(['duplicate-one']);
    expect(duplicates).toEqual([{ path: `${C}/duplicate-two.txt`, sameAs: `${C}/duplicate-one.txt` }]);
  });

  it('rejects a path that does not exist, and never throws', async () => {
    const missing = path.join(C, '不存在的文件.txt');
    await expect(readDocuments([missing])).resolves.toEqual({
      documents: [],
      rejected: [{ path: missing, reason: 'not found (ENOENT)' }],
      duplicates: [],
    });
  });

  it('reads a folder given twice only once', async () => {
    const once = await readDocuments([C]);
    const twice = await readDocuments([C, `${C}/`]);
    expect(twice.documents).toEqual(once.documents);
    expect(twice.rejected).toContainEqual({ path: C, reason: `folder already read as ${JSON.stringify(C)}` });
  });

  it('rejects a second file whose id is taken, whichever folder it is in', async () => {
    const a = path.join(G, 'same-name', '通知.txt');
    const b = path.join(G, '通知.md');
    const { documents, rejected } = await readDocuments([b, a]);
    expect(documents.map((d) => d.path)).toEqual([a]);
    expect(rejected).toEqual([{ path: b, reason: `document id "通知" is already used by ${JSON.stringify(a)}: rename one of the files` }]);
  });
});
