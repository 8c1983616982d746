import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readDocuments } from '../../../src/ingest';
import { serveSeeds } from '../../api/harness';

// Issue 17 D14: the server's absolute paths never reach clients, and a symlink inside a given
// folder that leads outside the given files and folders is refused with one line, not read.

const TEXT = '青岛市数字政府建设工作要点\n一、总体要求\n到2025年，全市建成5G基站4.5万个。\n';
const dir = mkdtempSync(path.join(tmpdir(), 'pg-paths-'));
const corpus = path.join(dir, 'corpus');
const outside = path.join(dir, 'outside');
mkdirSync(path.join(corpus, 'sub'), { recursive: true });
mkdirSync(outside);
writeFileSync(path.join(corpus, 'a.txt'), TEXT);
writeFileSync(path.join(corpus, 'sub', 'b.txt'), TEXT.replace('青岛', '烟台'));
writeFileSync(path.join(outside, 'secret.txt'), TEXT.replace('青岛', '威海'));
symlinkSync(path.join(outside, 'secret.txt'), path.join(corpus, 'link-to-secret.txt'));
symlinkSync(outside, path.join(corpus, 'link-to-folder'));
symlinkSync(path.join(corpus, 'a.txt'), path.join(corpus, 'sub', 'link-inside.txt'));

test('documents under an absolute folder keep paths from the folder name down', async () => {
  const { documents } = await readDocuments([corpus]);
  expect(documents.map((d) => d.path).sort()).toEqual(['corpus/a.txt', 'corpus/sub/b.txt']);
});

test('an absolute file named explicitly keeps only its name', async () => {
  const { documents } = await readDocuments([path.join(corpus, 'sub', 'b.txt')]);
  expect(documents.map((d) => d.path)).toEqual(['b.txt']);
});

test('symlinks leading outside the given folders are refused with one line; one inside is read once', async () => {
  const { documents, rejected, duplicates } = await readDocuments([corpus]);
  expect(rejected).toEqual([
    { path: path.join(corpus, 'link-to-folder'), reason: 'symlink leads outside the given files and folders: not read' },
    { path: path.join(corpus, 'link-to-secret.txt'), reason: 'symlink leads outside the given files and folders: not read' },
  ]);
  expect(documents.some((d) => d.text.includes('威海'))).toBe(false);
  expect(duplicates).toEqual([{ path: path.join(corpus, 'sub', 'link-inside.txt'), sameAs: path.join(corpus, 'a.txt') }]);
});

test('the outside folder given too makes its links acceptable', async () => {
  const { rejected } = await readDocuments([corpus, outside]);
  expect(rejected.filter((r) => r.reason.includes('outside'))).toEqual([]);
});

test('Document.path over the API is never absolute (seeds read from an absolute folder)', async () => {
  const h = await serveSeeds({ responseCache: false });
  try {
    const r = await h.gql('{ documents(first: 20) { nodes { path } } }');
    const paths = (r.body.data!.documents.nodes as { path: string }[]).map((d) => d.path);
    expect(paths).toHaveLength(5);
    for (const p of paths) expect(p).toMatch(/^seeds\/[^/]+\.txt$/);
  } finally {
    await h.close();
  }
});
