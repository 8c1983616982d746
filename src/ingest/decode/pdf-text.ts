import type { PdfLine, PdfPage } from './pdf';
import { DocumentRejected } from './rejected';

// A PDF's lines → the document text. A PDF breaks a paragraph wherever the line is full; the text
// keeps a line break only where the writer ended a line (a heading, a paragraph's last line).
// A line that reaches the right edge of the text block continues on the next line, so the two are
// joined: with nothing between them (4.5万\n个 must read 4.5万个, 5\nG 5G), but with a space where
// a line of Latin words (no Chinese) wrapped at a space. The page each character came from is kept as page start offsets.

export interface PdfDocumentText {
  text: string;
  /** Offset in `text` where each page starts: page n (1-based) starts at pages[n - 1]. */
  pages: number[];
}

/**
 * How close (in font sizes) to the text block's right edge a wrapped line ends. A line of Chinese
 * breaks between almost any two characters, so a full line ends within a character of the edge;
 * but a number or a Latin word is never split, and punctuation may not start a line, so a line
 * before one can stop up to a few characters short. A line ending a sentence is taken as a
 * paragraph's end even when full: a line break after 。 splits no sentence, while joining two
 * paragraphs would lose where one ends.
 */
const WRAP_TOLERANCE_EMS = 3;
const SENTENCE_END = /[。！？；：!?;:”」』）)]$/;
/** A line this far across the page or less is never a wrapped one (a short heading, a page number). */
const MIN_WRAPPED_SHARE = 0.6;

const LATIN_END = /[A-Za-z0-9,;:]$/;
const LATIN_START = /^[A-Za-z0-9(]/;
const HAN = /\p{Script=Han}/u;

/** The right edge of the text block: where most full lines end, taken over the whole document. */
function textBlockRight(pages: PdfPage[]): number {
  const rights = pages.flatMap((p) => p.lines.filter((l) => l.text.trim()).map((l) => l.right)).sort((a, b) => a - b);
  // The 90th percentile, so one line running into the margin does not move the edge.
  return rights.length ? rights[Math.floor((rights.length - 1) * 0.9)]! : 0;
}

function isWrapped(line: PdfLine, words: string, right: number, width: number): boolean {
  const em = line.size > 0 ? line.size : 10;
  if (line.right < width * MIN_WRAPPED_SHARE || SENTENCE_END.test(words)) return false;
  return line.right >= right - WRAP_TOLERANCE_EMS * em;
}

/** Joins the pages' lines into one text; throws DocumentRejected when there is no text layer. */
export function pdfText(pages: PdfPage[]): PdfDocumentText {
  const right = textBlockRight(pages);
  let text = '';
  const starts: number[] = [];
  let joinNext = false;
  let lastLine = '';
  for (const page of pages) {
    let start: number | undefined;
    for (const line of page.lines) {
      const words = line.text.replace(/[\s\u00a0]+/g, ' ').trim();
      if (!words) continue;
      if (text.length > 0) {
        if (!joinNext) text += '\n';
        else if (LATIN_END.test(text) && LATIN_START.test(words) && !HAN.test(lastLine)) text += ' ';
      }
      // A page starting mid-paragraph starts where its first character lands.
      start ??= text.length;
      text += words;
      lastLine = words;
      joinNext = isWrapped(line, words, right, page.width);
    }
    starts.push(start ?? text.length);
  }
  if (text.trim().length === 0) {
    throw new DocumentRejected(
      `scanned PDF: no text layer on its ${pages.length} page${pages.length === 1 ? '' : 's'} (images only); run OCR on it first`,
    );
  }
  return { text, pages: starts };
}
