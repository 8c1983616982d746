import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// A body the text sets up (成立领导小组, 组建协调小组和专家委员会, 建立具有独立法人资格的职业联赛理事会,
// 成立了胜利街道执法大队) acts in it: the words between the verb and a body's head word are its name,
// whatever its field, even none (领导小组 alone). A count (组建200个…团队) names a number of bodies, a
// verb right after the setting-up one (建立健全…理事会) a system to build, and a list (…委员会和服务团队)
// names its heads elsewhere: none of these is read.

type Add = (start: number, end: number) => void;

// How far the name may run from the verb to its head.
const REACH = 24;
// A head alone (小组) is too short to name one body; 领导小组 and 协调小组 are.
const SHORTEST = 4;
// What no body's name holds: a break, a joining word, a count.
const NOT_NAME = /[^\u4e00-\u9fa5]|[和及与、个]/;

const wordsOf = new WeakMap<Lexicon, { verbs: string[]; heads: string[]; acts: string[] }>();

/** Reads the bodies a text sets up and hands each span to `add`. */
export function readSetUpBodies(folded: string, lexicon: Lexicon, add: Add): void {
  const { verbs, heads, acts } = prepared(wordsOf, lexicon, () => ({
    verbs: longestFirst(lexicon.agencies.actors.setsUp),
    heads: longestFirst(lexicon.agencies.actors.setUpHeads),
    acts: lexicon.verbs.task.filter((v) => v.length > 1),
  }));
  if (!heads.length) return;
  for (const verb of verbs) {
    for (let i = folded.indexOf(verb); i >= 0; i = folded.indexOf(verb, i + 1)) {
      let from = i + verb.length;
      if (folded[from] === '了') from++;
      const end = headEnd(folded, from, heads);
      if (end < 0) continue;
      // 建立具有独立法人资格的职业联赛理事会: what the body is like, before 的, is no part of its name.
      const start = from + folded.slice(from, end).lastIndexOf('的') + 1;
      const name = folded.slice(start, end);
      if (name.length < SHORTEST || NOT_NAME.test(name) || acts.some((v) => name.startsWith(v))) continue;
      add(start, end);
    }
  }
}

/** The end of the first head word within reach of `from`, or -1 where a break comes first. */
function headEnd(folded: string, from: number, heads: readonly string[]): number {
  for (let j = from; j < from + REACH && j < folded.length; j++) {
    if (/[，。；：、\n,;:]/.test(folded[j])) return -1;
    const head = heads.find((h) => folded.startsWith(h, j));
    if (head) return j + head.length;
  }
  return -1;
}
