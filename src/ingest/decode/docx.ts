import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { DocumentRejected } from './rejected';

// Word (.docx) → text. mammoth reads the document body (paragraphs, lists, tables; not headers,
// footers or comments) as simple HTML, and the text is what a reader sees in it: each paragraph on
// its own line, each table row on one line with its cells separated by tabs, so a row naming an
// indicator and its value stays one line, as it reads on the page.

const LINE_END = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'br', 'table']);

function bodyText(html: string): string {
  const parts: string[] = [];
  let cellDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'td' || name === 'th') cellDepth++;
      },
      onclosetag(name) {
        if (name === 'td' || name === 'th') {
          cellDepth = Math.max(0, cellDepth - 1);
          parts.push('\t');
        } else if (LINE_END.has(name)) parts.push(cellDepth > 0 && name !== 'tr' ? ' ' : '\n');
      },
      ontext(text) {
        parts.push(text.replace(/\n/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join('')
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \u00a0]+/g, ' ')
        .replace(/ ?\t ?/g, '\t')
        .replace(/^[\t ]+|[\t ]+$/g, ''),
    )
    .filter((line) => line.length > 0)
    .join('\n');
}

const firstLine = (message: string) => message.split('\n')[0]!.trim();

/** The text of a .docx; throws DocumentRejected for a ZIP that is not one, or is cut or damaged. */
export async function readDocx(bytes: Buffer): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true })).value;
  } catch (err) {
    const message = firstLine(err instanceof Error ? err.message : String(err));
    if (/main document part/i.test(message)) {
      throw new DocumentRejected('ZIP archive that is not a Word document (no word/document.xml): an .xlsx, .pptx, .ofd or other archive');
    }
    throw new DocumentRejected(`unreadable ZIP archive (.docx): ${message}`);
  }
  const text = bodyText(html);
  if (!text.trim()) throw new DocumentRejected('empty Word document: no text in its paragraphs or tables');
  return text;
}
