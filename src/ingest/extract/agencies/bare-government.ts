import type { Lexicon } from '../../lexicon';
import { longestFirst, HAN_CHAR } from '../../segment';

// 政府 written bare is a body where it acts: opening a clause, a list item or a quote before an act
// word (政府要带头讲诚信, 坚持企业为主、政府推动, 市场主导，政府引导; with its level, 各级政府引导、…), made the main actor (以政府为主), or where its own part is played
// (更好发挥政府作用, 发挥好政府在关键核心技术攻关中的组织作用). As a qualifier of a thing (政府投资,
// 政府引导基金, 政府性基金, 政府负债率) it names none.

type Add = (start: number, end: number) => void;

// 发挥好政府在…中的组织作用: the part a government plays, closed by 作用 within its clause.
const PART = /^(?:作用|在[^，。；,;\n]{1,24}?作用)/;

/** Reads bare 政府 where it acts and hands each span to `add`. */
export function readBareGovernment(folded: string, lexicon: Lexicon, add: Add): void {
  const a = lexicon.agencies.acting;
  const { name, acts, things } = a.government;
  if (!name) return;
  const words = longestFirst(acts);
  const parts = longestFirst(a.partCues);
  const qualifiers = longestFirst(a.qualifiers);
  for (let i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (things.some((w) => folded.startsWith(w, end))) continue;
    const before = folded[i - 1] ?? '';
    const opens = !HAN_CHAR.test(before) || before === '、';
    // 以政府为主提供基本保障, 以政府为责任主体: the government made the main actor.
    const framed = before === '以' && folded[end] === '为';
    // 形成政府主导、部门联动、学校主体…的体系: an actor and its act opening a list of such pairs is a principle's actor
    // wherever the list stands.
    const principle = words.some((w) => folded.startsWith(w, end) && folded[end + w.length] === '、');
    // 建成各级政府引导、学校和企业多方积极参与的…: a principle's actor keeps the level written before it.
    const level = principle ? (qualifiers.find((q) => folded.startsWith(q, i - q.length))?.length ?? 0) : 0;
    if (framed || principle || (opens && words.some((w) => folded.startsWith(w, end)))) add(i - level, end);
    else if (parts.some((c) => folded.startsWith(c, i - c.length)) && PART.test(folded.slice(end, end + 28))) add(i, end);
  }
}
