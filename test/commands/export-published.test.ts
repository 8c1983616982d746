import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeDocument } from '../../src/ingest';
import { makeCMapPdf, makeDocx } from '../fixtures/documents/make-documents';

// `plangraph export` over PDF and Word files, as a user runs it: the process ends on its own once
// done (the PDF reader never holds it open), stdout is the graph alone (pdf.js's console warnings
// do not leak into it), and a bad file is one line on stderr.

const ROOT = join(__dirname, '..', '..');
const SOURCE = join(__dirname, '../fixtures/documents/018_hailar-district-gwr-2018.txt');

it('exports the graph of a PDF and a DOCX, names the broken file, and exits', async () => {
  const lines = decodeDocument(readFileSync(SOURCE))
    .text.split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'plangraph-export-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), makeCMapPdf(lines));
    writeFileSync(join(dir, 'summary.docx'), await makeDocx(lines.slice(0, 12)));
    writeFileSync(join(dir, 'broken.pdf'), Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog', 'latin1'));
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli.js'), 'export', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: '', PLANGRAPH_DATA: '' },
    });
    expect(run.signal).toBeNull(); // not killed by the timeout: it ended by itself
    expect(run.status).toBe(1); // a file was rejected
    const graph = JSON.parse(run.stdout) as { documents: { id: string }[]; relationships: { type: string }[] };
    expect(graph.documents.map((d) => d.id)).toEqual(['report', 'summary']);
    expect(graph.relationships.some((r) => r.type === 'MEASURED')).toBe(true);
    expect(run.stderr).toContain(`rejected: "${join(dir, 'broken.pdf')}": broken PDF: cut short`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);
