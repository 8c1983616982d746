import { Period, type DocumentKind, type DocumentRecord } from '../../model';
import type { Lexicon } from '../lexicon';
import { foldForMatching } from '../normalise';
import { readBlocks } from './blocks';
import { keepDatedView } from './dated';
import { isBoilerplate, isMetadataLine, readMeta, SUBTITLED, titleHalf } from './document-meta';
import { readDocumentTime } from './document-time';
import { readLines } from './lines';
import { paragraphRoles, sectionRoles, titleRole, withPeriodOf } from './roles';
import { readSections } from './sections';
import { readParagraphs, readSentences } from './sentences';
import { containsAny, digitYears, SENTENCE_PUNCT } from './text';
import type { Line, Mode, SegmentedDocument } from './types';

const MIN_BODY_LINE = 40;
/** 提出了2019年经济社会发展主要预期目标: the year a report sets goals for, the year it is delivered in. */
const GOALS_YEAR = /(20\d{2})\s*年[^。；;\n]{0,16}?预期目标/;
const MAX_TITLE = 40;

/** A plan's span of years in brackets after its head: （2021—2025年）. */
const YEARS_AFTER = /[(（]\s*20\d{2}\s*[-—–~至]\s*20\d{2}\s*年?\s*[)）]$/;

/** Whether a line ends as a title does: with a plan's head (规划, 方案, 意见 …) or a title head (的报告, 的通报). */
function endsAsTitle(text: string, lexicon: Lexicon): boolean {
  const core = text.replace(YEARS_AFTER, '');
  return [...Object.keys(lexicon.plans.suffixes), ...Object.keys(lexicon.plans.named.titleHeads)].some((head) => core.endsWith(head));
}

/** The first line of running text: long, or a sentence, and not page furniture. */
function findBodyStart(folded: string, lines: Line[], lexicon: Lexicon): number {
  for (const line of lines) {
    const text = folded.slice(line.start, line.end);
    if (isMetadataLine(text, lexicon) || isBoilerplate(text, lexicon)) continue;
    // 一、总体目标 (or 第一章 发展基础) right under the title opens the body: the outline's first heading, not a title line.
    if (line.heading && (line.marker === 'cn' || line.marker === 'chapter') && line !== lines[0]) return line.start;
    if (line.heading && line.heading.end >= line.end - 1) continue;
    if (line === lines[0] && SUBTITLED.test(text.trim())) continue;
    // 上半年国民经济运行总体平稳、稳中有进: a short first line whose only mark is 、 is a title, not prose.
    if (line === lines[0] && text.length < MIN_BODY_LINE && !SENTENCE_PUNCT.test(text.replace(/、/g, ''))) continue;
    // 国务院办公厅关于对2018年落实…成效明显地方予以督查激励的通报: a long first line with no sentence mark that ends as a
    // title does (a plan's head or a title head) is the title, not prose.
    if (line === lines[0] && !SENTENCE_PUNCT.test(text.replace(/、/g, '')) && endsAsTitle(text.trim(), lexicon)) continue;
    if (text.length >= MIN_BODY_LINE || SENTENCE_PUNCT.test(text)) return line.start;
  }
  return lines[0]?.start ?? 0;
}

/** 《…》 then, in the same sentence, an issue verb: the text announces that plan's issue. */
function announcesIssue(text: string, lexicon: Lexicon): boolean {
  const close = text.indexOf('》');
  if (close < 0) return false;
  const rest = text.slice(close, close + 40).split(/[。！？;；]/)[0];
  return containsAny(rest, lexicon.plans.issueCues);
}

function defaultMode(kind: DocumentKind, title: string, lead: string, lexicon: Lexicon): Mode {
  if (kind === 'implementation_report' || kind === 'work_summary') return 'report';
  if (containsAny(title, lexicon.documentKinds.reportTitles)) return 'report';
  // News about a plan being issued retells its tasks, whether the headline or the dateline
  // paragraph says so; other news reports what was done.
  if (kind === 'news')
    return (title.includes('《') && containsAny(title, lexicon.plans.issueCues)) || announcesIssue(lead, lexicon) ? 'plan' : 'report';
  return 'plan';
}

/**
 * The first year a heading names (2022年数字中国建设取得显著成效): an undated report's year. A
 * review of a year followed by a heading for the next (2013年工作回顾 … 2014年重点工作) speaks
 * from that next year, as a government work report does.
 */
function headingYear(sections: { headingText: string }[], lexicon: Lexicon): number | undefined {
  const years = sections.flatMap((s) => {
    const m = /(20\d{2})\s*年/.exec(s.headingText);
    return m ? [{ year: Number(m[1]), review: containsAny(s.headingText, lexicon.reports.reviewHeadings) }] : [];
  });
  const first = years[0];
  if (first?.review && years.some((y) => y.year === first.year + 1)) return first.year + 1;
  return first?.year;
}

/** An undated report's year from the goals it sets for it (…提出了2019年…主要预期目标：…). */
function goalsYear(folded: string): number | undefined {
  const m = GOALS_YEAR.exec(folded);
  return m ? Number(m[1]) : undefined;
}

/** Reads a document's outline, sentences, clauses, kind, title, date and period. */
export function segment(document: DocumentRecord, lexicon: Lexicon): SegmentedDocument {
  // The converter returns a rope; one flat copy makes the many index reads below cheap.
  const folded = Buffer.from(foldForMatching(document.text), 'utf16le').toString('utf16le');
  const lines = readLines(folded);
  const bodyStart = findBodyStart(folded, lines, lexicon);
  const lead = lines.filter((l) => l.start < bodyStart);
  const headings = lines.filter((l) => l.heading && l.start >= bodyStart).map((l) => folded.slice(l.heading!.start, l.heading!.end));
  const firstPara = lines.find((l) => l.start >= bodyStart);
  const delivered = { title: document.title || undefined, date: document.date };
  const meta = readMeta(folded, lead, firstPara ?? { start: bodyStart, end: bodyStart }, headings, lexicon, delivered);
  const mode = defaultMode(meta.kind, meta.title, firstPara ? folded.slice(firstPara.start, firstPara.end) : '', lexicon);
  const reportLike = mode === 'report';
  const sections = readSections(folded, lines, bodyStart, { mode, year: meta.year, period: meta.period, reportLike }, lexicon);
  const blocks = readBlocks(folded, lines, bodyStart, lexicon);
  const spans = readParagraphs(folded, lines, bodyStart, lexicon);
  // A date delivered with the file ranks below every date the text gives (its closing one too).
  // Years written in numerals (到二〇二五年, 二〇二三年工作回顾) date the document, its horizon and its
  // sections as digits do.
  const dated = digitYears(folded);
  const time = readDocumentTime(
    dated,
    lead,
    meta.title,
    meta.date,
    lexicon,
    meta.year ?? headingYear(sections, lexicon) ?? goalsYear(dated),
    delivered.date,
    deliveredSpan(document.period),
  );
  // 上半年国民经济运行…, dated only by the line under it: the half its title names, in the year its date gives.
  const half = meta.period === undefined && time.year !== undefined ? titleHalf(meta.title, lexicon) : undefined;
  const period = meta.period ?? (half ? `${time.year}${half}` : undefined);
  const { paragraphs, sentences } = readSentences(folded, spans, { sections, blocks, defaultMode: mode, year: meta.year, period }, lexicon);
  const bySection = sectionRoles(sections, dated, time, lexicon);
  const byParagraph = paragraphRoles(dated, paragraphs, time, lexicon, (i) => (i >= 0 ? bySection[i] : undefined));
  const byTitle = titleRole(meta.titleSpan, dated, time, lexicon);
  for (const s of sentences) {
    const section = s.section >= 0 ? bySection[s.section] : undefined;
    s.role = withPeriodOf(byParagraph[s.paragraph], section) ?? section ?? byTitle;
  }
  // Without a title line, the opening sentence names the document (clipped, as a headline would be).
  const opening = sentences[0];
  const title = meta.titleSpan
    ? document.text.slice(meta.titleSpan.start, meta.titleSpan.end)
    : delivered.title
      ? delivered.title
      : opening
        ? document.text.slice(opening.start, opening.end).slice(0, MAX_TITLE)
        : '';
  const seg: SegmentedDocument = {
    document,
    folded,
    kind: meta.kind,
    title,
    titleSpan: meta.titleSpan,
    date: meta.date ?? (time.delivered ? delivered.date : undefined),
    // A dated speech (——2024年3月5日…) or a year read from its headings when the title has none.
    year: meta.year ?? time.year,
    period: period ?? (time.year !== undefined ? String(time.year) : undefined),
    city: meta.city,
    time,
    bodyStart,
    lines,
    sections,
    paragraphs,
    sentences,
    blocks,
  };
  keepDatedView(seg, dated);
  return seg;
}

/** The years a manifest's title names (read/manifest.ts), kept on the record as its period; a year alone (a record stored after ingest) is none. */
function deliveredSpan(period: string | undefined): Period | undefined {
  const p = Period.parse(period);
  return p?.kind === 'span' ? p : undefined;
}
