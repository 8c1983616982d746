import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// Built once per lexicon, not per document.
const memberListOf = new WeakMap<Lexicon, RegExp | null>();
const memberList = (lexicon: Lexicon) =>
  prepared(memberListOf, lexicon, () => {
    const { leads, closes } = lexicon.agencies.memberLists;
    if (!leads.length || !closes.length) return null;
    const item = '[\\u4e00-\\u9fa5]{2,8}';
    return new RegExp(`(?:${longestFirst(leads).join('|')})(${item}(?:、${item}){2,})(?:${longestFirst(closes).join('|')})`, 'g');
  });

/**
 * 联席会议由教育、人力资源社会保障、…、扶贫等单位组成: the member units between the lead and the
 * close, each a body named by its field as written. A list of at least three, each item short.
 */
export function readMemberLists(folded: string, lexicon: Lexicon, add: (start: number, end: number) => void): void {
  const re = memberList(lexicon);
  if (!re) return;
  for (const m of folded.matchAll(re)) {
    let at = m.index + m[0].indexOf(m[1]);
    for (const part of m[1].split('、')) {
      add(at, at + part.length);
      at += part.length + 1;
    }
  }
}
