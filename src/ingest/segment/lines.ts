import { readMarker, UNMARKED_RANK } from './outline';
import { SENTENCE_END, SENTENCE_PUNCT, trimSpan } from './text';
import type { Line, Span } from './types';

// Lines, and which of them are headings. A heading is a marked line without a sentence, a marked
// line that opens with a short sentence (1.数据要素价值持续释放。…), or a short unpunctuated line
// that neither continues the line before it nor runs on into the line after it.

const MAX_HEADING = 40;
const MAX_INLINE_HEADING = 26;
const MAX_UNMARKED_HEADING = 40;
const PAGE_NUMBER = /^[-—–]?\s*\d{1,3}\s*[-—–]?$/;

export function readLines(folded: string): Line[] {
  const raw: Span[] = [];
  let from = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i === folded.length || folded[i] === '\n') {
      const span = trimSpan(folded, from, i);
      if (span.end > span.start) raw.push(span);
      from = i + 1;
    }
  }
  const lines: Line[] = [];
  for (const span of raw) {
    const prev = lines[lines.length - 1];
    // A page number printed between paragraphs (…稳步提升。\n3\n——科技支撑…) is no heading and
    // no text; one inside a sentence (广义货币M\n2\n增长) may be a subscript and stays.
    if (PAGE_NUMBER.test(folded.slice(span.start, span.end)) && (!prev || prev.heading || endsSentence(folded, prev))) continue;
    lines.push(classify(folded, span));
  }
  markUnmarkedHeadings(folded, lines);
  markLeadItems(folded, lines);
  return lines;
}

/** A lead sentence that opens a list (到2025年，实现以下目标：): it ends on a colon. */
const LEAD_END = /[:：]$/;

/**
 * 到2025年，实现以下目标：⏎（1）培育领军企业20家。⏎（2）…: marked lines right after a lead that ends
 * on a colon, one after another with nothing between, are the items of its sentence, not headings of
 * sections (a heading has its own text under it). Two items at least make a list.
 */
function markLeadItems(folded: string, lines: Line[]): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    const lead = lines[i];
    if (isHeadingOnly(lead) || !LEAD_END.test(folded.slice(lead.start, lead.end))) continue;
    const kind = lines[i + 1].marker;
    if (kind === 'none') continue;
    let end = i + 1;
    while (end < lines.length && lines[end].marker === kind) end++;
    if (end - (i + 1) < 2) continue;
    // An item titled in its first words (（一）智能网联汽车。支持…) keeps its title: only a line that is one short
    // sentence and nothing more was read as a heading for its shortness alone.
    for (let j = i + 1; j < end; j++) if (isHeadingOnly(lines[j])) delete lines[j].heading;
    i = end - 1;
  }
}

function classify(folded: string, span: Span): Line {
  const text = folded.slice(span.start, span.end);
  const marker = readMarker(text);
  // Written out, not spread: one object of its final shape per line of every document.
  if (!marker) return { start: span.start, end: span.end, marker: 'none', rank: UNMARKED_RANK, bodyStart: span.start };
  const bodyStart = span.start + marker.length;
  const line: Line = { start: span.start, end: span.end, marker: marker.kind, rank: marker.rank, bodyStart };
  const body = folded.slice(bodyStart, span.end);
  if (!body) return line;
  if (!SENTENCE_PUNCT.test(body.replace(/、/g, '')) && body.length <= MAX_HEADING) {
    line.heading = trimSpan(folded, bodyStart, span.end);
    return line;
  }
  const stop = body.search(/[。!?！？]/);
  const first = stop >= 0 ? body.slice(0, stop) : '';
  if (first && first.length <= MAX_INLINE_HEADING && !/[,;，；:：]/.test(first)) {
    line.heading = trimSpan(folded, bodyStart, bodyStart + stop);
  }
  return line;
}

function endsSentence(folded: string, line: Line): boolean {
  return SENTENCE_END.has(folded[line.end - 1]) || /[)）”」]/.test(folded[line.end - 1]);
}

/** True when a blank line separates line i from the next one. */
function blankAfter(folded: string, lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return !next || folded.slice(lines[i].end, next.start).split('\n').length > 2;
}

const isFragment = (folded: string, line: Line): boolean => {
  const text = folded.slice(line.start, line.end);
  return text.length <= MAX_UNMARKED_HEADING && !SENTENCE_PUNCT.test(text) && !endsSentence(folded, line);
};

/**
 * A text whose paragraphs are set apart by blank lines but which its converter cut into short
 * pieces inside a paragraph (…发展。\n六中全会\n正式明确\n…): a short line
 * with no blank line after it runs on when the next line opens mid-sentence (轨道交通\n、地下…)
 * or is another such piece with no blank line after it either. Two short lines then a blank line (a
 * title over a signature) stay a heading block.
 */
function runsOn(folded: string, lines: Line[], i: number, byBlankLines: boolean): boolean {
  const next = lines[i + 1];
  if (!byBlankLines || blankAfter(folded, lines, i) || next.marker !== 'none') return false;
  if (/^[、,，;；:：。)）]/.test(folded[next.start])) return true;
  return isFragment(folded, next) && !blankAfter(folded, lines, i + 1);
}

/** Whether paragraphs are set apart by blank lines (a third of the breaks or more; text laid out
 * line by line has next to none), so that a single break is a cut inside a paragraph. */
function paragraphsByBlankLines(folded: string, lines: Line[]): boolean {
  let blank = 0;
  for (let i = 0; i < lines.length - 1; i++) if (blankAfter(folded, lines, i)) blank++;
  return lines.length > 1 && blank * 3 >= lines.length - 1;
}

/** A line that is a figure alone (497.8, 7.3%): a page layout cut a sentence at it. */
const FIGURE_ONLY = /^[\d.]+\s*[%％]?$/;

/** Whether the line is a figure alone, or runs on into one on the next line with nothing between (地区生产总值从⏎497.8⏎亿元…). */
function cutAtFigure(folded: string, lines: Line[], i: number): boolean {
  const figure = (l: Line | undefined) => l !== undefined && l.marker === 'none' && FIGURE_ONLY.test(folded.slice(l.start, l.end));
  return figure(lines[i]) || (figure(lines[i + 1]) && !blankAfter(folded, lines, i));
}

function markUnmarkedHeadings(folded: string, lines: Line[]): void {
  const byBlankLines = paragraphsByBlankLines(folded, lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.marker !== 'none') continue;
    const text = folded.slice(line.start, line.end);
    if (text.length > MAX_UNMARKED_HEADING || SENTENCE_PUNCT.test(text)) continue;
    // 规⏎上工业产值从…: a single character is a word a layout cut, no heading.
    if (text.length < 2 || cutAtFigure(folded, lines, i)) continue;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const afterBreak = !prev || prev.heading !== undefined || endsSentence(folded, prev);
    const beforeOutline = next !== undefined && next.marker !== 'none' && next.heading !== undefined;
    if (beforeOutline || (afterBreak && !runsOn(folded, lines, i, byBlankLines))) line.heading = { start: line.start, end: line.end };
  }
}

/** True when the line is only a heading (no sentence after it on the same line). */
export const isHeadingOnly = (line: Line): boolean => line.heading !== undefined && line.heading.end >= line.end - 1;
