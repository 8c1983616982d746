import * as path from 'node:path';
import { readDocuments } from '../../../src/ingest/read';
import { COMMITTED_DIR, DECODED_TEXT, LARGE_FILE, makeHostileFixtures, RUNNING_AS_ROOT } from '../../fixtures/make-hostile';

// The whole hostile corpus in one call: the good documents come back, every bad entry has a
// rejection naming its problem, duplicates point at the copy that was kept.

const FIXTURES = path.relative(process.cwd(), path.join(__dirname, '../../fixtures'));
const C = path.join(FIXTURES, 'hostile');
const G = path.join(FIXTURES, 'generated', 'hostile');

describe('readDocuments over the hostile corpus', () => {
  let result: Awaited<ReturnType<typeof readDocuments>>;
  beforeAll(async () => {
    await makeHostileFixtures();
    result = await readDocuments([C, G]);
  });

  const reasonOf = (p: string) => result.rejected.find((r) => r.path === p)?.reason;

  it('returns exactly the readable documents, sorted by path', () => {
    expect(result.documents.map((d) => d.path)).toEqual([
      `${G}/big5.txt`,
      `${G}/crlf.txt`,
      `${G}/gb18030.txt`,
      `${G}/gbk-page.html`,
      `${G}/gbk.txt`,
      `${G}/one-line-2mb.txt`,
      `${G}/same-name/通知.txt`,
      `${G}/truncated-utf8.txt`,
      `${G}/utf16be-bom.txt`,
      `${G}/utf16be-no-bom.txt`,
      `${G}/utf16le-bom.txt`,
      `${G}/utf16le-no-bom.txt`,
      `${G}/utf8-bad-byte.txt`,
      `${G}/utf8-bom.txt`,
      `${C}/duplicate-one.txt`,
      `${C}/html-page.html`,
      `${C}/no-outline.txt`,
      `${C}/odd-numbers.txt`,
      `${C}/other-topic.txt`,
      `${C}/outline-only.txt`,
      `${C}/traditional-utf8.md`,
      `${C}/威海 数字 行动方案 2026.txt`,
    ]);
  });

  it('gives every document a unique id from its file name, spaces and Chinese kept', () => {
    const ids = result.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('威海 数字 行动方案 2026');
    expect(ids).toContain('通知');
  });

  it('decodes each encoding to the same text', () => {
    const byName = (n: string) => result.documents.find((d) => d.path === `${G}/${n}`)!;
    expect(byName('gbk.txt')).toMatchObject({ encoding: 'gb18030', text: DECODED_TEXT['gbk.txt'] });
    expect(byName('big5.txt')).toMatchObject({ encoding: 'big5', text: DECODED_TEXT['big5.txt'] });
    expect(byName('utf16le-no-bom.txt')).toMatchObject({ encoding: 'utf-16le', text: DECODED_TEXT['utf16le-no-bom.txt'] });
    expect(byName('utf8-bom.txt').text).toBe(DECODED_TEXT['utf8-bom.txt']);
    expect(byName('utf8-bom.txt').chars).toBe(DECODED_TEXT['utf8-bom.txt']!.length);
  });

  it('reports the same text under two names once, and a symlinked file as the same file', () => {
    expect(result.duplicates).toEqual([
      { path: `${G}/link-to-gbk.txt`, sameAs: `${G}/gbk.txt` },
      { path: `${C}/duplicate-two.txt`, sameAs: `${C}/duplicate-one.txt` },
    ]);
  });

  it.each([
    [`${C}/empty.txt`, /^empty file/],
    [`${C}/whitespace-only.txt`, /^whitespace only/],
    [`${C}/digits-only.txt`, /no Chinese characters or letters/],
    [`${G}/${LARGE_FILE}`, /^too large: 52428800 bytes/],
    [`${G}/png-bytes.txt`, /PNG image/],
    [`${G}/zip-bytes.txt`, /ZIP archive/],
    // PDF and Word files are read by their bytes, whatever their name; these are cut short.
    [`${G}/pdf-bytes.txt`, /^broken PDF: cut short/],
    [`${G}/plan.docx`, /^unreadable ZIP archive \(\.docx\): .*end of central directory/],
    [`${G}/nul-binary.txt`, /NUL bytes/],
    [`${G}/high-bytes.txt`, /^unknown encoding/],
    [`${G}/control-chars.txt`, /control characters/],
    [`${G}/loop`, /^symlink loop: leads back to /],
    [`${G}/self-link.txt`, /^symlink loop \(ELOOP\)/],
    [`${G}/dangling.txt`, /^dangling symlink/],
    [`${G}/pipe.txt`, /^not a regular file: a named pipe \(FIFO\)/],
    [`${G}/通知.md`, /^document id "通知" is already used by .*same-name\/通知\.txt/],
  ])('rejects %s', (p, reason) => {
    expect(reasonOf(p)).toMatch(reason);
  });

  it('skips data files in a folder without a word: an image, a file without an extension', () => {
    const mentioned = [...result.rejected.map((r) => r.path), ...result.documents.map((d) => d.path)];
    expect(mentioned).not.toContain(`${G}/image.png`);
    expect(mentioned).not.toContain(`${C}/plan-without-extension`);
  });

  it('rejects nothing else (and the unreadable file only where permissions bite)', () => {
    const expected = 16 + (RUNNING_AS_ROOT ? 0 : 1);
    expect(result.rejected).toHaveLength(expected);
    if (!RUNNING_AS_ROOT) expect(reasonOf(`${G}/unreadable.txt`)).toMatch(/permission denied \(EACCES\)/);
  });

  it('is the same on a second read (stable order, ids and hashes)', async () => {
    const again = await readDocuments([G, C]);
    expect(again.documents.map((d) => [d.id, d.hash])).toEqual(result.documents.map((d) => [d.id, d.hash]));
    expect(COMMITTED_DIR.endsWith(C)).toBe(true);
  });
});
