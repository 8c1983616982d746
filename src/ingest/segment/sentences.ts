import { lineEndsParagraph } from '../../model';
import type { Lexicon } from '../lexicon';
import { isBoilerplate, isMetadataLine } from './document-meta';
import { domainOfKeywords, domainOfLead } from './domain';
import { sectionAt } from './sections';
import { endsSentenceAt, SENTENCE_END, splitClauses, trimSpan } from './text';
import type { Block, Line, Mode, Paragraph, Section, Sentence, Span } from './types';

// Paragraphs are runs of body lines; a line that does not end a sentence runs on into the next
// (pages broken mid-sentence). Sentences end at 。！？；, clauses at commas outside quotes.

/**
 * A line with a sentence end anywhere in it is prose, though a page-furniture word sits inside it
 * (围绕打印机等计算机外设产品…。（牵头单位：…）) and it closes on a bracket, not a full stop.
 */
const holdsSentence = (text: string): boolean => {
  // By code, not by a spread of characters: every line of every document is asked.
  for (let i = 0; i < text.length; i++) if (endsSentenceAt(text, i)) return true;
  return false;
};

export function readParagraphs(folded: string, lines: Line[], bodyStart: number, lexicon: Lexicon): Span[] {
  const out: Span[] = [];
  let open = false;
  for (const line of lines) {
    if (line.start < bodyStart) continue;
    const text = folded.slice(line.start, line.end);
    if (isBoilerplate(text, lexicon) || (isMetadataLine(text, lexicon) && !holdsSentence(text))) {
      open = false;
      continue;
    }
    let start = line.bodyStart;
    // 一是实施数字政府建设攻坚。… : an ordinal item's lead sentence is itself an action.
    if (line.heading && line.marker !== 'ordinal') {
      start = line.heading.end;
      while (start < line.end && (SENTENCE_END.has(folded[start]) || folded[start] === ' ')) start++;
      if (start >= line.end) {
        open = false;
        continue;
      }
    }
    if (open && out.length) out[out.length - 1].end = line.end;
    else out.push({ start, end: line.end });
    open = !lineEndsParagraph(folded[line.end - 1]);
  }
  return out;
}

export interface SentenceContext {
  sections: Section[];
  blocks: Block[];
  defaultMode: Mode;
  year?: number;
  period?: string;
}

export function readSentences(
  folded: string,
  paragraphs: Span[],
  ctx: SentenceContext,
  lexicon: Lexicon,
): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const outParagraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    const section = sectionAt(ctx.sections, p.start);
    const block = ctx.blocks.findIndex((b) => p.start >= b.start && p.start < b.end);
    outParagraphs.push({ start: p.start, end: p.end, section, block });
    const s = section >= 0 ? ctx.sections[section] : undefined;
    // Text before the first heading of its article frames the document (为深入贯彻落实…): no
    // tasks there. The headline of a later article on the same page frames nothing before it.
    const b = ctx.blocks[block];
    const framed = ctx.sections.some((x) => x.start > p.start && (!b || x.start < b.end));
    const mode: Mode = s ? s.mode : framed ? 'context' : ctx.defaultMode;
    let aspect: string | undefined;
    let from = p.start;
    for (let i = p.start; i <= p.end; i++) {
      if (i < p.end && !endsSentenceAt(folded, i)) continue;
      const span = trimSpan(folded, from, i < p.end ? i + 1 : i);
      from = i + 1;
      if (span.end - span.start < 2) continue;
      const text = folded.slice(span.start, span.end);
      const lead = domainOfLead(text, lexicon);
      if (/^[^,;，；]{2,10}方面[,，]/.test(text)) aspect = lead;
      // Written out, not spread: one object of its final shape per sentence of every document.
      sentences.push({
        start: span.start,
        end: span.end,
        paragraph: pi,
        section,
        block,
        mode,
        clauses: splitClauses(folded, span.start, span.end),
        year: s ? s.year : ctx.year,
        period: s ? s.period : ctx.period,
        domain: lead ?? aspect ?? s?.domain ?? domainOfKeywords(text, lexicon),
      });
    }
  });
  return { paragraphs: outParagraphs, sentences };
}
