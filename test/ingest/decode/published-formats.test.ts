import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { decodeFile, DocumentRejected } from '../../../src/ingest/decode';
import { readDocuments } from '../../../src/ingest/read';
import { makeCMapPdf, makeDocx } from '../../fixtures/documents/make-documents';

// PDF and Word files that cannot be read as documents each get one line saying why, and nothing of
// them is kept; those that can are read from their bytes, whatever the file is called.

/** A pdfkit PDF in a standard Latin font (no CJK font needed); `draw` adds the content. */
function pdfkitPdf(draw: (pdf: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', ...options });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  draw(pdf);
  pdf.end();
  return done;
}

const LINES = ['青岛市数字经济发展行动方案', '到2025年，全市5G基站数达到4.5万个，数字经济核心产业增加值占比达到10%。'];

async function rejection(bytes: Buffer): Promise<string> {
  const err = await decodeFile(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DocumentRejected);
  const reason = (err as DocumentRejected).reason;
  expect(reason).not.toContain('\n');
  return reason;
}

describe('PDF', () => {
  it('reads a PDF whose Chinese font is not embedded, through the CJK CMaps pdf.js ships', async () => {
    const d = await decodeFile(makeCMapPdf(LINES));
    expect(d).toEqual({ encoding: 'pdf', text: LINES.join('\n'), pages: [0] });
  });

  it('joins a paragraph wrapped over lines and pages, and says where each page starts', async () => {
    // 198 characters: wrapped every 40, its last line 2 characters short and ending the sentence.
    const paragraph = `${'到2025年，全市5G基站数达到4.5万个，'.repeat(8)}数字经济核心产业增加值占比达到百分之十左右。`;
    const d = await decodeFile(makeCMapPdf([LINES[0]!, paragraph, '二、保障措施'], 40, 3));
    expect(d.text).toBe(`${LINES[0]}\n${paragraph}\n二、保障措施`);
    // 3 lines a page: the title and 2 wrapped lines, then the rest of the paragraph on page 2.
    expect(d.pages).toEqual([0, LINES[0]!.length + 1 + 80, LINES[0]!.length + 1 + paragraph.length + 1]);
  });

  it('rejects an encrypted PDF', async () => {
    const pdf = await pdfkitPdf((p) => p.text('Annual plan'), { userPassword: 'secret', ownerPassword: 'owner' });
    expect(await rejection(pdf)).toBe('encrypted PDF: it needs a password to open; save an unprotected copy');
  });

  it('rejects a scanned PDF: pages without a text layer', async () => {
    const pdf = await pdfkitPdf((p) => {
      p.rect(50, 50, 300, 400).fill('#777');
      p.addPage().rect(50, 50, 200, 200).fill('#333');
    });
    expect(await rejection(pdf)).toBe('scanned PDF: no text layer on its 2 pages (images only); run OCR on it first');
  });

  it('rejects a PDF cut short, keeping none of it', async () => {
    const whole = makeCMapPdf(LINES);
    expect(await rejection(whole.subarray(0, Math.floor(whole.length * 0.8)))).toMatch(/^broken PDF: cut short/);
  });

  it('rejects a file that starts like a PDF but is not one', async () => {
    expect(await rejection(Buffer.from('%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n', 'latin1'))).toMatch(
      /^(broken|unreadable) PDF: /,
    );
  });
});

describe('DOCX', () => {
  it('reads paragraphs, and each table row as one line of tab-separated cells', async () => {
    const docx = await makeDocx(LINES, [
      ['指标', '2024年', '2025年目标'],
      ['5G基站数（万个）', '3.9', '4.5'],
    ]);
    const d = await decodeFile(docx);
    expect(d).toEqual({ encoding: 'docx', text: `${LINES.join('\n')}\n指标\t2024年\t2025年目标\n5G基站数（万个）\t3.9\t4.5` });
  });

  it('rejects a Word file with no text, and one cut short', async () => {
    expect(await rejection(await makeDocx([]))).toBe('empty Word document: no text in its paragraphs or tables');
    const whole = await makeDocx(LINES);
    expect(await rejection(whole.subarray(0, whole.length - 200))).toMatch(/^unreadable ZIP archive \(\.docx\): /);
  });
});

describe('a folder of published files', () => {
  it('reads the good ones and rejects each bad one by name, with nothing half-read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-published-'));
    try {
      writeFileSync(join(dir, 'plan.docx'), await makeDocx(LINES));
      writeFileSync(join(dir, 'plan-scan.pdf'), makeCMapPdf(LINES).subarray(0, 300));
      writeFileSync(join(dir, 'plan-locked.pdf'), await pdfkitPdf((p) => p.text('Plan'), { userPassword: 'x' }));
      writeFileSync(join(dir, 'report.pdf'), makeCMapPdf(['工作报告', ...LINES.slice(1)]));
      writeFileSync(join(dir, 'old.doc'), Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'));
      const read = await readDocuments([dir]);
      expect(read.documents.map((d) => [d.id, d.encoding])).toEqual([
        ['plan', 'docx'],
        ['report', 'pdf'],
      ]);
      expect(read.rejected).toEqual([
        {
          path: join(dir, 'old.doc'),
          reason: expect.stringMatching(/^not read: a \.doc document must be converted to text or PDF\/DOCX first/),
        },
        { path: join(dir, 'plan-locked.pdf'), reason: expect.stringMatching(/^encrypted PDF/) },
        { path: join(dir, 'plan-scan.pdf'), reason: expect.stringMatching(/^broken PDF: cut short/) },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
