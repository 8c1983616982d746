// Text laid out for print (a PDF's lines kept as written) breaks a name across two lines:
// 最高⏎人民检察院, 中小企业数字化促进⏎工程. Names are read in a view with those breaks joined,
// and mapped back to the document's offsets, so a span still quotes the text as written.

const HAN = /[\u4e00-\u9fa5]/;
// Only a text whose lines mostly share one width was laid out for print; a line of that width that
// stops mid-phrase was wrapped by the layout, not ended by the writer (a title line is not).
const MIN_WRAPPED = 12;
const LAID_OUT = 0.3;
// A page's number printed on a line of its own inside a wrapped sentence (加强国家重大科技项目、国家⏎14⏎重点研发计划).
const PAGE_NUMBER = /[ \u3000]*\d{1,3}[ \u3000]*\n/y;
/** A wrapped break as written, with the page number a `pages` view passes over: what a name read whole leaves out. */
export const WRAPPED_BREAK = /\s*\n(?:[ \u3000]*\d{1,3}[ \u3000]*\n)?\s*/g;
// What a wrapped line may stop at: a name's character, a list's 、, or a quoted name's closing quote (“…一体化”⏎专项).
const WRAPPED_END = /[\u4e00-\u9fa5、”]/;
/** A paragraph's first line is indented by two characters; a sentence's end closes the paragraph before it. */
const INDENT = 2;
const PARAGRAPH_END = /[。!?！？:：]/;

/** The width most long lines share, or 0 when the text was not laid out in lines of one width. */
function layoutWidth(folded: string): number {
  const counts = new Map<number, number>();
  let lines = 0;
  for (const line of folded.split('\n')) {
    const n = line.trimEnd().length;
    if (n < MIN_WRAPPED) continue;
    lines++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let share = 0;
  for (const n of counts.keys()) {
    const near = (counts.get(n - 1) ?? 0) + (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0);
    if (near > share) [best, share] = [n, near];
  }
  return lines >= 5 && share / lines >= LAID_OUT ? best : 0;
}

export interface Unwrapped {
  /** The text with wrapped line breaks (and the indent after them) left out. */
  text: string;
  /** The document offset of a view offset. */
  at(i: number): number;
  /** The document span [start, end) of a view span. */
  span(start: number, end: number): [number, number];
  /** The view offset of a document offset (a dropped break maps to the start of the line after it). */
  of(d: number): number;
}

/** `pages`: a page number on its own line inside a wrapped sentence is passed over too. */
export function unwrap(folded: string, pages = false): Unwrapped {
  const width = layoutWidth(folded);
  const parts: string[] = [];
  const from: number[] = []; // view offset where each kept piece starts
  const to: number[] = []; // document offset of that piece
  let kept = 0;
  let piece = 0;
  let lineStart = 0;
  for (let i = width ? folded.indexOf('\n') : -1; i >= 0; i = folded.indexOf('\n', i + 1)) {
    let next = i + 1;
    // A paragraph's first line is set in by its indent (two characters), which the text may have dropped.
    const opening = lineStart === 0 || folded[lineStart - 2] === '\n' || PARAGRAPH_END.test(folded[lineStart - 2] ?? '');
    const full = i - lineStart >= width - 2 - (opening ? INDENT : 0) && WRAPPED_END.test(folded[i - 1] ?? '');
    PAGE_NUMBER.lastIndex = next;
    if (pages && full && PAGE_NUMBER.test(folded)) next = PAGE_NUMBER.lastIndex;
    while (folded[next] === ' ' || folded[next] === '\u3000') next++;
    // A full line may also stop inside a list, after its 、 (当地发展改革、⏎民政).
    const wrapped = full && HAN.test(folded[next] ?? '');
    if (wrapped) {
      parts.push(folded.slice(piece, i));
      from.push(kept);
      to.push(piece);
      kept += i - piece;
      piece = next;
    }
    lineStart = i + 1;
    // The page number's line is passed over with the break before it.
    if (wrapped && next > i + 1) {
      const skipped = folded.lastIndexOf('\n', next - 1);
      if (skipped > i) {
        i = skipped;
        lineStart = skipped + 1;
      }
    }
  }
  parts.push(folded.slice(piece));
  from.push(kept);
  to.push(piece);
  const text = parts.join('');
  const at = (i: number): number => {
    const k = lastAtMost(from, i);
    return to[k] + (i - from[k]);
  };
  const of = (d: number): number => {
    const k = lastAtMost(to, d);
    const next = k + 1 < from.length ? from[k + 1] : text.length;
    return Math.min(from[k] + (d - to[k]), next);
  };
  return { text, at, of, span: (start, end) => [at(start), end > start ? at(end - 1) + 1 : at(start)] };
}

/** The index of the last of the ascending `xs` at or before `x` (0 when none is). */
function lastAtMost(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
