// Where sentences and paragraphs of a document's text begin and end: the segmenter's rules,
// shared so the API can show a quote in its sentence and paragraph without re-reading the
// document. A sentence ends at 。！？； (either width); a line that does not end a sentence runs
// on into the next (pages broken mid-sentence), so a paragraph is a run of such lines.

export const SENTENCE_END: ReadonlySet<string> = new Set(['。', '!', '?', ';', '！', '？', '；']);
/** Closing marks after which a line break still ends a paragraph (…。” or …（2025年）). */
const LINE_CLOSERS = new Set([')', '）', '”']);
/** Sentence punctuation: a line without any is a heading or a title, a paragraph of its own. */
const SENTENCE_PUNCT = /[。,;!?，；！？、:：]/;

/** Whether a line ending in `last` closes its paragraph (else it runs on into the next line). */
export const lineEndsParagraph = (last: string | undefined): boolean =>
  last === undefined || SENTENCE_END.has(last) || LINE_CLOSERS.has(last);

export interface TextRange {
  start: number;
  end: number;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /[\s\u3000•·]/.test(ch) && ch !== '\n';

function trim(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text[s]) || text[s] === '\n')) s++;
  while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n')) e--;
  return { start: s, end: e };
}

/** The line [start, end) around `at` (without its newline). */
function lineAt(text: string, at: number): TextRange {
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const nl = text.indexOf('\n', at);
  return { start: at > 0 && text[at - 1] === '\n' ? at : start, end: nl < 0 ? text.length : nl };
}

/** A line's last visible character. */
function lastOf(text: string, line: TextRange): string | undefined {
  const t = trim(text, line.start, line.end);
  return t.end > t.start ? text[t.end - 1] : undefined;
}

/** Whether the break after `line` closes the paragraph: a sentence end, a blank or a heading line. */
function breaksAfter(text: string, line: TextRange): boolean {
  const t = trim(text, line.start, line.end);
  if (t.end === t.start) return true;
  return lineEndsParagraph(lastOf(text, line)) || !SENTENCE_PUNCT.test(text.slice(t.start, t.end));
}

/** The paragraph holding [start, end): the run of lines that run on into each other. */
export function paragraphAround(text: string, start: number, end: number): TextRange {
  let from = lineAt(text, start);
  while (from.start > 0) {
    const prev = lineAt(text, from.start - 1);
    if (breaksAfter(text, prev)) break;
    from = prev;
  }
  let to = lineAt(text, Math.max(start, end - 1));
  while (to.end < text.length && !breaksAfter(text, to)) {
    const next = lineAt(text, to.end + 1);
    if (trim(text, next.start, next.end).end === trim(text, next.start, next.end).start) break;
    to = next;
  }
  return trim(text, from.start, to.end);
}

/** The sentence holding [start, end): from the previous sentence end to the next, inside its paragraph. */
export function sentenceAround(text: string, start: number, end: number): TextRange {
  const para = paragraphAround(text, start, end);
  let s = Math.max(para.start, Math.min(start, para.end));
  while (s > para.start && !SENTENCE_END.has(text[s - 1] as string)) s--;
  let e = Math.max(s, Math.min(Math.max(end, start + 1), para.end));
  // a span that itself ends with the sentence mark is complete
  if (!(e > s && SENTENCE_END.has(text[e - 1] as string))) {
    while (e < para.end && !SENTENCE_END.has(text[e] as string)) e++;
    if (e < para.end) e++;
  }
  return trim(text, s, e);
}
