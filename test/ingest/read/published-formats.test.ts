import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, decodeDocument, readDocuments } from '../../../src/ingest';
import { pageAt, type DocumentRecord, type Graph } from '../../../src/model';
import { cmapPdf, findCjkFont, makeDocx, makePdf, withoutBreaks } from '../../fixtures/documents/make-documents';

// A government work report as it is published: the text, and a PDF and a Word file made from it.
// All three must yield the same targets and reported values, each fact quoting the document text
// it came from, and the PDF's facts saying which page they are on. (Runs of white space in a line
// are one space here: a PDF keeps no more than that.)

const SOURCE = join(__dirname, '../../fixtures/documents/018_hailar-district-gwr-2018.txt');
const FONT = findCjkFont();
const lines = decodeDocument(readFileSync(SOURCE))
  .text.split(/\r?\n/)
  .map((l) => l.replace(/\s+/g, ' ').trim())
  .filter(Boolean);

const CMAP = cmapPdf(lines);

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plangraph-formats-'));
  writeFileSync(join(dir, 'report.docx'), await makeDocx(lines));
  writeFileSync(join(dir, 'report-cmap.pdf'), CMAP.bytes);
  if (FONT) await makePdf(lines, FONT, join(dir, 'report.pdf'), '2018年海拉尔区政府工作报告');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The values a reader checks: every target and reported value with its indicator, unit and period. */
function values(graph: Graph): string[] {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.relationships
    .filter((r) => r.type === 'SETS_TARGET' || r.type === 'MEASURED')
    .map((r) => [r.type, names.get(r.to), r.properties.value, r.properties.unit, r.properties.period ?? r.properties.year].join(' | '))
    .sort();
}

async function readOne(file: string): Promise<{ doc: DocumentRecord; graph: Graph }> {
  const read = await readDocuments([file]);
  expect(read.rejected).toEqual([]);
  expect(read.documents).toHaveLength(1);
  return { doc: read.documents[0]!, graph: buildGraph(read.documents) };
}

/** Every fact's span quotes the document text exactly. */
function expectTraceable(doc: DocumentRecord, graph: Graph): void {
  for (const fact of [...graph.nodes, ...graph.relationships]) {
    for (const s of fact.sources.filter((x) => x.document === doc.id)) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('a work report as text, DOCX and PDF', () => {
  let text: { doc: DocumentRecord; graph: Graph };
  beforeAll(async () => {
    text = await readOne(SOURCE);
  });

  it('reads targets and reported values from the text (the reference)', () => {
    const v = values(text.graph);
    expect(v.filter((x) => x.startsWith('MEASURED')).length).toBeGreaterThan(30);
    expect(v.filter((x) => x.startsWith('SETS_TARGET')).length).toBeGreaterThan(5);
  });

  it('gives the same values from the DOCX, each quoting the extracted text', async () => {
    const docx = await readOne(join(dir, 'report.docx'));
    expect(docx.doc.encoding).toBe('docx');
    expect(docx.doc.pages).toBeUndefined();
    expect(values(docx.graph)).toEqual(values(text.graph));
    expectTraceable(docx.doc, docx.graph);
  });

  it('gives the same values from a PDF in a non-embedded Chinese font, with the pages where the file has them', async () => {
    const pdf = await readOne(join(dir, 'report-cmap.pdf'));
    expect(pdf.doc.encoding).toBe('pdf');
    // The same characters in the same order; only where a paragraph ends may differ (see withoutBreaks).
    expect(pdf.doc.text.replace(/\n/g, '')).toBe(lines.join(''));
    const source = lines.join('\n');
    expect(pdf.doc.pages!.map((p) => withoutBreaks(pdf.doc.text, p))).toEqual(CMAP.pageStarts.map((p) => withoutBreaks(source, p)));
    expect(CMAP.pageStarts.length).toBeGreaterThan(5);
    expect(values(pdf.graph)).toEqual(values(text.graph));
    expectTraceable(pdf.doc, pdf.graph);
  });

  const pdfCase = 'gives the same values from the PDF, each quoting the extracted text and on a page of it';
  (FONT ? it : it.skip)(
    FONT ? pdfCase : `${pdfCase} (skipped: no CJK font; \`fc-list :lang=zh\` found none, install fonts-noto-cjk)`,
    async () => {
      const file = join(dir, 'report.pdf');
      const pdf = await readOne(file);
      expect(pdf.doc.encoding).toBe('pdf');
      expect(values(pdf.graph)).toEqual(values(text.graph));
      expectTraceable(pdf.doc, pdf.graph);
      // Pages: as many as the file has, starting in order, the first at the start of the text.
      const pageCount = (readFileSync(file, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
      expect(pageCount).toBeGreaterThan(3);
      const pages = pdf.doc.pages!;
      expect(pages).toHaveLength(pageCount);
      expect(pages[0]).toBe(0);
      for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThan(pages[i - 1]!);
      // The opening lines are on page 1, the closing lines on the last page.
      const spans = pdf.graph.relationships.flatMap((r) => r.sources);
      const first = Math.min(...spans.map((s) => s.start));
      const last = Math.max(...spans.map((s) => s.start));
      expect(pageAt(pages, first)).toBeLessThanOrEqual(2);
      expect(pageAt(pages, last)).toBeGreaterThanOrEqual(pageCount - 1);
      expect(pdf.doc.text.slice(pages[pages.length - 1])).toContain(lines[lines.length - 1]!.slice(-20));
    },
  );
});
