import type { Lexicon } from '../../../lexicon';
import { startsWithAny } from '../../../segment';
import type { Quantity } from '../../quantity';

// A share of those a survey asked (46.9%的受访者表示了解…; 30%以上受访者了解…; 57.0%、43.2%、34.7%的受访者…) is a
// share, a value: it is named by who answered and what they said, which follow the figure.

/** The other shares of a list the noun closes, a bound, and 的, between the figure and the noun. */
const LEAD = /^(?:\s*、\s*[0-9.]+\s*%)*\s*(?:以上|左右|以下)?\s*的?\s*/;
/** What they said, up to a break or a quotation. */
const ACT = /^[\u4e00-\u9fff]{0,8}/;
const SHARE_NAME = '比例';
const REACH = 40;

export function respondentShare(folded: string, q: Quantity, lexicon: Lexicon): { text: string; after: number } | undefined {
  const nouns = lexicon.indicators.reading.respondentNouns ?? [];
  if (q.unit !== '%' || nouns.length === 0) return undefined;
  const tail = folded.slice(q.end, q.end + REACH);
  const lead = LEAD.exec(tail)?.[0].length ?? 0;
  const noun = startsWithAny(tail.slice(lead), nouns);
  if (noun === '') return undefined;
  const act = ACT.exec(tail.slice(lead + noun.length))?.[0] ?? '';
  return { text: `${noun}${act}${SHARE_NAME}`, after: q.end + lead + noun.length + act.length };
}
