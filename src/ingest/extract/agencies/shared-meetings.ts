import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// Meetings of one level listed under one head (中央经济工作、城市工作会议…精神) are each a meeting whose
// decisions are followed, as 中央经济工作会议 alone is: each item takes the level written before the
// first and the head written after the last (中央经济工作会议, 中央城市工作会议). Each item is a field's
// 工作, so a list of other words before a meeting (…三中、四中全会) is not split.

type AddNamed = (start: number, end: number, name: string) => void;

const HEAD = '会议';
const ITEM = '[\\u4e00-\\u9fa5]{2,6}?工作';

// Built once per lexicon, not per document.
const sharedMeetingsOf = new WeakMap<Lexicon, RegExp | null>();

function sharedMeetings(lexicon: Lexicon): RegExp | null {
  return prepared(sharedMeetingsOf, lexicon, () => {
    const { levels, actsAfter } = lexicon.agencies.meetings;
    if (!levels.length || !actsAfter.length) return null;
    const any = (words: readonly string[]) => longestFirst(words).join('|');
    // The acts may follow the rest of a longer list of meetings in the same clause.
    return new RegExp(`(${any(levels)})(${ITEM}(?:、${ITEM})+)${HEAD}(?=[^，。；,;\\n]{0,40}?(?:${any(actsAfter)}))`, 'g');
  });
}

/** Reads the meetings that share a level and a head and hands each span, with its full name, to `add`. */
export function readSharedMeetings(folded: string, lexicon: Lexicon, add: AddNamed): void {
  const re = sharedMeetings(lexicon);
  if (!re) return;
  for (const m of folded.matchAll(re)) {
    const [, level, list] = m;
    let at = m.index + level.length;
    const items = list.split('、');
    items.forEach((item, k) => {
      // The first span holds the level, the last the head, so each quote is the words it was read from.
      const start = k === 0 ? m.index : at;
      const end = at + item.length + (k === items.length - 1 ? HEAD.length : 0);
      add(start, end, `${level}${item}${HEAD}`);
      at += item.length + 1;
    });
  }
}
