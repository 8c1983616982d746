import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DocumentRejected } from './rejected';

// PDF → lines of text, page by page, with pdf.js (Mozilla's reader). Chinese PDFs often use fonts
// that are not embedded and address glyphs through Adobe's CJK CMaps (UniGB-UCS2-H …): pdf.js
// needs those CMaps and the standard font data, both read from its own package folder, never the
// network. pdf.js is an ES module and a large, attacker-facing parser: it runs in a worker thread,
// which can load ES modules from our CommonJS build (and under jest) and is bounded in memory and
// time. Loading pdf.js costs over a second, so one worker reads file after file; it is replaced
// after a failure, and never keeps the process alive.

/** One line of a page's text layer and where it lies across the page (PDF units). */
export interface PdfLine {
  text: string;
  left: number;
  right: number;
  size: number;
}
export interface PdfPage {
  width: number;
  lines: PdfLine[];
}

/** A file's worth of pdf.js work; longer means a hostile or pathological file. */
const TIMEOUT_MS = 60_000;
const MAX_HEAP_MB = 512;

const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
const PDFJS_MODULE = join(PDFJS_DIR, 'legacy', 'build', 'pdf.mjs');

// Runs in the worker (plain CommonJS JavaScript, so it needs no build step). Text items are joined
// as pdf.js lays them out: an item ending a line (hasEOL) ends the line; each line keeps its left
// and right edges and font size, from which the caller tells a wrapped line from a paragraph's end.
const WORKER_SOURCE = String.raw`
// pdf.js warns on the console (a missing optional canvas, odd fonts); stdout may carry a
// command's result (export, stats), and failures come back as messages.
for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = () => {};
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const loading = import(pathToFileURL(workerData.module).href);
async function read(bytes) {
  const pdfjs = await loading;
  const doc = await pdfjs.getDocument({
    data: bytes,
    cMapUrl: workerData.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: workerData.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = [];
      let line = null;
      for (const item of content.items) {
        if (typeof item.str !== 'string') continue;
        const x = item.transform[4];
        const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 0;
        if (!line) line = { text: '', left: x, right: x, size: 0 };
        line.text += item.str;
        if (item.str.trim()) {
          line.left = Math.min(line.left, x);
          line.right = Math.max(line.right, x + item.width);
          line.size = Math.max(line.size, size);
        }
        if (item.hasEOL) { lines.push(line); line = null; }
      }
      if (line) lines.push(line);
      pages.push({ width: page.view[2] - page.view[0], lines });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
parentPort.on('message', ({ id, bytes }) => {
  read(bytes).then(
    (pages) => parentPort.postMessage({ id, pages }),
    (err) => parentPort.postMessage({ id, error: { name: String((err && err.name) || 'Error'), message: String((err && err.message) || err) } }),
  );
});
`;

const firstLine = (message: string) => message.split('\n')[0]!.trim();

/** pdf.js's failure, in one line a user can act on. */
function explain(error: { name: string; message: string }): string {
  if (error.name === 'PasswordException') return 'encrypted PDF: it needs a password to open; save an unprotected copy';
  if (error.name === 'InvalidPDFException') return `broken PDF: ${firstLine(error.message)}`;
  return `unreadable PDF: ${firstLine(error.message)}`;
}

/** Where a complete PDF ends; pdf.js would read what it can of a cut file, and half a document is worse than none. */
const END_MARKER = Buffer.from('%%EOF');
const END_SEARCH_BYTES = 2048;

type Reply = { id: number; pages: PdfPage[] } | { id: number; error: { name: string; message: string } };

function startWorker(): Worker {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      module: PDFJS_MODULE,
      cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
      standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    },
    resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB },
  });
  worker.unref(); // an idle reader never keeps the process alive; a pending read's timer does
  return worker;
}

let shared: Worker | undefined;
let nextId = 0;
/** Reads run one at a time: each has the worker (and its time budget) to itself. */
let queue: Promise<unknown> = Promise.resolve();

function readInWorker(bytes: Uint8Array): Promise<PdfPage[]> {
  const worker = (shared ??= startWorker());
  const id = nextId++;
  const data = new Uint8Array(bytes); // a copy the worker may own
  return new Promise<PdfPage[]>((resolve, reject) => {
    const timer = setTimeout(() => fail(new DocumentRejected(`unreadable PDF: not read within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      done();
      if ('error' in reply) reject(new DocumentRejected(explain(reply.error)));
      else resolve(reply.pages);
    };
    const onError = (err: Error) => fail(new DocumentRejected(`unreadable PDF: ${firstLine(err.message)}`));
    const onExit = (code: number) => fail(new DocumentRejected(`unreadable PDF: the reader stopped (exit code ${code})`));
    function done(): void {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    }
    /** A hung or crashed reader is not trusted with the next file. */
    function fail(err: DocumentRejected): void {
      done();
      if (shared === worker) shared = undefined;
      void worker.terminate();
      reject(err);
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ id, bytes: data }, [data.buffer]);
  });
}

/** The text layer of every page; throws DocumentRejected for an encrypted, cut, broken or hung file. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-END_SEARCH_BYTES).indexOf(END_MARKER) === -1) {
    throw new DocumentRejected('broken PDF: cut short (no %%EOF end marker); the file is incomplete');
  }
  const read = queue.then(() => readInWorker(bytes));
  queue = read.catch(() => undefined);
  return read;
}
