import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// The governments (or a body each has) of every place of several levels, written as one list after 各: 各市、区人民政府,
// 各市、州、县人民政府, 各区（县、市）政府, 各县（市）区防汛抗旱指挥部. One body acting, named whole; its
// parts (各市, 区人民政府) name none of their own. Read on the folded text, where （ is (.

type AddList = (start: number, end: number) => void;

// Built once per lexicon, not per document.
const listReOf = new WeakMap<Lexicon, RegExp | null>();
function listRe(lexicon: Lexicon): RegExp | null {
  if (listReOf.has(lexicon)) return listReOf.get(lexicon) ?? null;
  const { levels, bodies } = lexicon.agencies.levelLists;
  const ends = lexicon.agencies.phraseEndings;
  let re: RegExp | null = null;
  if (levels.length && bodies.length) {
    const level = `(?:${longestFirst(levels).join('|')})`;
    // A level, perhaps with the levels in brackets it stands for (县(市、区)), joined to the next by 、 or nothing.
    const item = `${level}(?:\\(${level}(?:、${level})*\\))?`;
    const body = `(?:${longestFirst(bodies).join('|')})`;
    // 各县(市)区防汛抗旱指挥部: a body every place has, its field written between the list and its ending.
    const own = ends.length ? `|[\\u4e00-\\u9fa5]{2,12}?(?:${longestFirst(ends).join('|')})` : '';
    re = new RegExp(`各(${item}(?:、?${item})*)(?:${body}|${own.slice(1) || body})`, 'g');
  }
  listReOf.set(lexicon, re);
  return re;
}

// The level words alone, once per lexicon.
const levelsReOf = new WeakMap<Lexicon, RegExp>();
const levelsRe = (lexicon: Lexicon): RegExp =>
  prepared(levelsReOf, lexicon, () => new RegExp(`${longestFirst(lexicon.agencies.levelLists.levels).join('|')}`, 'g'));

/** 各市、区人民政府: at least two levels before the government; not its departments (各区县政府部门, 各区县政府有关部门). */
export function readLevelLists(folded: string, lexicon: Lexicon, add: AddList): void {
  const re = listRe(lexicon);
  if (!re) return;
  const levels = levelsRe(lexicon);
  for (const m of folded.matchAll(re)) {
    // 各省市政府, 各区县政府: levels run together with no list written are read by the kind rules, or not at all.
    if ((m[1].match(levels)?.length ?? 0) < 2 || !/[、(]/.test(m[1])) continue;
    const end = m.index + m[0].length;
    if (lexicon.agencies.levelLists.notBefore.some((w) => folded.startsWith(w, end))) continue;
    add(m.index, end);
  }
}
