// Segment: a document's text → outline, sections (mode, period, domain), sentences and clauses.
export { segment } from './segment';
export { splitClauses, trimSpan, containsAny, longestFirst, startsWithAny, findFirst, chineseNumber, prepared } from './text';
export { domainOfHeading, domainOfKeywords, domainOfLead } from './domain';
export type { Block, Line, Mode, Paragraph, Section, SegmentedDocument, Sentence, Span } from './types';
export type { DocumentTime } from './document-time';
export type { Role } from './roles';
