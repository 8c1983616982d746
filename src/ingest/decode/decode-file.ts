import { assertReadable } from './content';
import { decodeDocument, DEFAULT_MAX_BYTES, type DecodeOptions, type Decoded } from './decode';
import { readDocx } from './docx';
import { extractedFormatOf } from './magic';
import { readPdfPages } from './pdf';
import { pdfText } from './pdf-text';
import { DocumentRejected } from './rejected';

/**
 * A file's bytes → the document text, whatever form it was published in: PDF and Word (.docx) by
 * their text (the extracted text is the document's text, and every offset refers to it; a PDF
 * keeps where each page starts), anything else as text in its encoding (decodeDocument). The
 * bytes decide, not the file name. Throws DocumentRejected with one line naming the problem.
 */
export async function decodeFile(bytes: Buffer, opts: DecodeOptions = {}): Promise<Decoded> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DocumentRejected(`too large: ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  }
  const format = extractedFormatOf(bytes);
  if (format === 'pdf') {
    const { text, pages } = pdfText(await readPdfPages(bytes));
    assertReadable(text);
    return { text, encoding: 'pdf', pages };
  }
  if (format === 'docx') {
    const text = await readDocx(bytes);
    assertReadable(text);
    return { text, encoding: 'docx' };
  }
  return decodeDocument(bytes, opts);
}
