import type { DocumentKind, DocumentRecord, Period, ValueKind } from '../../model';

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** What a stretch of text does: commits to tasks (plan), reports results, lists problems, or frames. */
export type Mode = 'plan' | 'report' | 'problems' | 'context';

/** Outline marker kinds (一、 （一） 1. （1） ● 第X条 一是 #). */
export type MarkerKind =
  'markdown' | 'part' | 'chapter' | 'chapter-section' | 'cn' | 'paren-cn' | 'num' | 'paren-num' | 'article' | 'bullet' | 'ordinal' | 'none';

export interface Line extends Span {
  marker: MarkerKind;
  /** Outline depth: smaller is higher (一、 = 1, （一） = 2 …). */
  rank: number;
  /** Where the text after the marker starts. */
  bodyStart: number;
  /** The heading's words (without marker) when the line is, or opens with, a heading. */
  heading?: Span;
}

export interface Section extends Span {
  index: number;
  parent: number;
  rank: number;
  heading: Span;
  headingText: string;
  mode: Mode;
  period?: string;
  year?: number;
  domain?: string;
}

export interface Paragraph extends Span {
  section: number;
  block: number;
}

export interface Sentence extends Span {
  paragraph: number;
  section: number;
  block: number;
  clauses: Span[];
  mode: Mode;
  period?: string;
  year?: number;
  domain?: string;
  /** Whether its paragraph lead or section says it reports results or commits targets. */
  role?: Role;
}

/**
 * When a document speaks from and the years it covers (segment/document-time.ts). Relative
 * words (去年, 今年以来, 过去五年) resolve against it; a plan's targets default to its span.
 */
export interface DocumentTime {
  /** The year (and month) the document was written in, or the year its title is about. */
  year?: number;
  month?: number;
  /** The year of the date it speaks from, when dated: 过去五年 ends the year before (a 2022 report published in 2023). */
  spokenIn?: number;
  /** True when the text gives no date and the one delivered with the file (a manifest) was used. */
  delivered?: boolean;
  /** The years a multi-year plan covers. */
  span?: Period;
  /** The year its goals are set for (the first 到20XX年 of its text not inside a title). */
  horizon?: number;
  /** The first year of the term of the congress it is delivered to (第十二届…第五次会议 in 2017: 2013), for 本届政府. */
  termStart?: number;
}

/** What a stretch of text reports or commits, by its heading or a paragraph lead (segment/roles.ts). */
export interface Role {
  kind: ValueKind;
  /** 'section' (its heading says so) or 'lead' (a paragraph's opening words say so). */
  by: 'section' | 'lead';
  /** The words that say so. */
  cue: Span;
  period?: Period;
}

/** A run of the document about one subject (a news page can carry several articles). */
export interface Block extends Span {
  relevant: boolean;
}

/** What a document is: title, kind (文档类型), publication date and the period it covers. */
export interface DocumentMeta {
  kind: DocumentKind;
  title: string;
  titleSpan?: Span;
  date?: string;
  year?: number;
  period?: string;
  /** The city it speaks for (所属城市), read from its title, issuer or brand. */
  city?: string;
}

export interface SegmentedDocument extends DocumentMeta {
  document: DocumentRecord;
  /** foldForMatching(document.text): same length, simplified, half-width. Match on this. */
  folded: string;
  /** Where the body starts (after title and metadata lines). */
  bodyStart: number;
  /** When it speaks from (its date) and the years it covers: relative periods resolve against it. */
  time: DocumentTime;
  lines: Line[];
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  blocks: Block[];
}
