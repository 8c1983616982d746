import type { Lexicon } from '../../lexicon';
import { alternation, prepared } from '../../segment';

// The bodies that head a joint notice's title, spaced apart before 关于 (财政部 科技部 教育部 发展改革委关于…的通知;
// 成都市发展和改革委员会 中共成都市委社会工作部 … 关于印发…): each item that ends like a body is one, whether or not its
// name is known or opens with a level (发展改革委 written bare among ministries).

type Add = (start: number, end: number) => void;

const headings = new WeakMap<Lexicon, RegExp | null>();
const single = new WeakMap<Lexicon, RegExp | null>();

/** Reads each body of a spaced heading run before 关于 and hands its span to `add`. */
export function readHeadingIssuers(folded: string, lexicon: Lexicon, add: Add): void {
  const re = prepared(headings, lexicon, () => {
    const ends = lexicon.agencies.actors.signatureEndings;
    if (!ends.length) return null;
    const item = `[\\u4e00-\\u9fa5]{2,20}?(?:${alternation(ends)})`;
    // Two bodies or more, a space between each, at a line's head or after a document number, right before 关于.
    return new RegExp(`(?<=^|\\n|[\\s\\u3000])(${item}(?:[ \\u3000]+${item})+)[ \\u3000]*(?=关于)`, 'g');
  });
  // 宁波市推进制造业数字化改革工作专班关于印发…: one body heading a title, whatever its field, read from the line's head.
  const one = prepared(single, lexicon, () => {
    const ends = lexicon.agencies.phraseEndings;
    return ends.length ? new RegExp(`(?<=^|\\n)[ \\u3000]*([\\u4e00-\\u9fa5]{2,24}?(?:${alternation(ends)}))(?=关于)`, 'g') : null;
  });
  for (const m of one ? folded.matchAll(one) : []) add(m.index + m[0].length - m[1].length, m.index + m[0].length);
  if (!re) return;
  for (const m of folded.matchAll(re)) {
    let at = m.index;
    for (const part of m[1].split(/([ \u3000]+)/)) {
      if (part.trim()) add(at, at + part.length);
      at += part.length;
    }
  }
}
