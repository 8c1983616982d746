import type { Lexicon } from '../../../lexicon';
import type { IndicatorNameRead } from './indicator-name';

// A figure whose clause only reaches it (新农合参合率再创新高，达到98.5%) has no name of its own
// and no earlier figure in its sentence to carry one: it measures the subject of the clause before,
// which ends where that clause's predicate opens (再创新高, 稳步提高 …).

/** Nothing but a reaching word before the figure in its clause. */
const ONLY_REACH = /^[\s达到为]*$/;
const CLAUSE_BREAK = /[,，;；:：]/;
const FIGURE = /[0-9０-９%]/;
const MIN_SUBJECT = 3;

/**
 * The subject of the clause right before the figure's, when the figure's clause has nothing but
 * a reaching word and that clause, figure-free, opens its predicate after a subject.
 */
export function subjectOfClauseBefore(
  folded: string,
  sentenceStart: number,
  clauseStart: number,
  figureStart: number,
  lexicon: Lexicon,
): IndicatorNameRead | undefined {
  if (!ONLY_REACH.test(folded.slice(clauseStart, figureStart))) return undefined;
  const before = folded.slice(sentenceStart, clauseStart).replace(/[,，;；:：\s]+$/, '');
  const clause = before.split(CLAUSE_BREAK).pop() ?? '';
  if (clause === '' || FIGURE.test(clause)) return undefined;
  const opens = (lexicon.indicators.reading.subjectPredicates ?? []).map((w) => clause.indexOf(w)).filter((i) => i >= 0);
  if (opens.length === 0) return undefined;
  const subject = clause.slice(0, Math.min(...opens)).trim();
  return subject.length >= MIN_SUBJECT && /^[\u4e00-\u9fff]+$/.test(subject) ? { text: subject } : undefined;
}
