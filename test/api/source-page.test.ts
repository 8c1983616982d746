import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/commands';
import { EmbeddedStore } from '../../src/graph/embedded';
import { DEFAULT_READ_LIMITS, decodeDocument, decodeFile } from '../../src/ingest';
import { cmapPdf, withoutBreaks } from '../fixtures/documents/make-documents';
import { serve, type Harness } from './harness';

// A fact read from a PDF says which page of it the sentence is on; a fact from a text file has no page.

const SOURCE = join(__dirname, '../fixtures/documents/018_hailar-district-gwr-2018.txt');
const lines = decodeDocument(readFileSync(SOURCE))
  .text.split(/\r?\n/)
  .map((l) => l.replace(/\s+/g, ' ').trim())
  .filter(Boolean);
const CMAP = cmapPdf(lines);

const SOURCE_TEXT = lines.join('\n');
const PAGE_STARTS = CMAP.pageStarts.map((p) => withoutBreaks(SOURCE_TEXT, p));

let h: Harness;
let dir: string;
/** The page holding an offset of the PDF's text, from where the generator put each page. */
let expectedPage: (offset: number) => number;
beforeAll(async () => {
  const pdfText = (await decodeFile(CMAP.bytes)).text;
  expectedPage = (offset) => PAGE_STARTS.filter((start) => start <= withoutBreaks(pdfText, offset)).length;
  dir = mkdtempSync(join(tmpdir(), 'plangraph-page-'));
  writeFileSync(join(dir, 'report-2018.pdf'), CMAP.bytes);
  writeFileSync(join(dir, 'report-2018-text.txt'), readFileSync(SOURCE));
  const store = new EmbeddedStore();
  await store.init();
  await ingestPaths(store, [dir], DEFAULT_READ_LIMITS);
  h = await serve(store);
}, 60_000);
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

it('answers the page of each source span: the PDF page for the PDF, null for the text', async () => {
  const r = await h.gql(`{ documents(first: 10) { nodes { id encoding } } }`);
  expect(r.body.errors).toBeUndefined();
  const q = await h.gql(`{ search(text: "万元", first: 50) { node { sources { start end text page document { id } } } } }`);
  expect(q.body.errors).toBeUndefined();
  const spans = (
    q.body.data!.search as { node: { sources: { start: number; page: number | null; document: { id: string } }[] } }[]
  ).flatMap((hit) => hit.node.sources);
  const fromPdf = spans.filter((s) => s.document.id === 'report-2018');
  const fromText = spans.filter((s) => s.document.id === 'report-2018-text');
  expect(fromPdf.length).toBeGreaterThan(3);
  expect(fromText.length).toBeGreaterThan(3);
  for (const s of fromPdf) expect([s.start, s.page]).toEqual([s.start, expectedPage(s.start)]);
  expect(new Set(fromPdf.map((s) => s.page)).size).toBeGreaterThan(1);
  for (const s of fromText) expect(s.page).toBeNull();
});
