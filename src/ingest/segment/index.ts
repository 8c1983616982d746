// Segment: a document's text → outline, sections (mode, period, domain), sentences and clauses.
export { segment } from './segment';
export { datedView } from './dated';
export {
  splitClauses,
  trimSpan,
  containsAny,
  longestFirst,
  alternation,
  firstCharacters,
  startsWithAny,
  wordAt,
  wordsStarting,
  eachPlace,
  firstIn,
  wordEndingAt,
  findFirst,
  chineseNumber,
  asOfBefore,
  insideTitle,
  digitYears,
  prepared,
  HAN_CHAR,
} from './text';
export { innermostPlace, namedPlace, placeBefore, placesAbove, withinPlace } from './place-names';
export { domainOfHeading, domainOfKeywords, domainOfLead } from './domain';
export type { Block, DocumentTime, Line, Mode, Paragraph, Role, Section, SegmentedDocument, Sentence, Span } from './types';
