import type { Lexicon } from '../../lexicon';
import { alternation, prepared } from '../../segment';
import type { Programme } from './programmes';

// Funding programmes written as 项目 beside funding plans in one list (参与实施国家科技重大专项、国家重点研发计划和
// 山东省厅市会商项目; 在省重点研发计划、省新旧动能转换重大产业攻关项目等中): the list says what kind its items are, so an
// item opened by a level (国家, 省, a province) and closed by 项目 is a programme as its neighbours are. Not a 项目 item
// with no level (各类工程项目和行动计划, 重点项目、行动计划: works of a kind), nor one in a list of works alone, nor the works
// of a plan (列入国家科技重大专项、国家重点研发计划的集成电路项目: the plan is the name before 的).
// Words are lexicon data (plans.json → named.listedProgrammes, leveledOpeners; places.json → provinces).

interface ListedPatterns {
  item: RegExp;
  beside: RegExp;
  /** A whole item that is a funding plan (重点研发计划, 重点研发计划等专项对…: up to 等). */
  besideItem: RegExp;
}
const CLAUSE = /[^，。；：,;:\n]+/g;
// Built once per lexicon, not per document.
const patternsOf = new WeakMap<Lexicon, ListedPatterns | undefined>();
function patterns(lexicon: Lexicon): ListedPatterns | undefined {
  return prepared(patternsOf, lexicon, () => {
    const { listedProgrammes, leveledOpeners } = lexicon.plans.named;
    if (!listedProgrammes.items.length || !listedProgrammes.beside.length || !leveledOpeners.length) return undefined;
    const level = alternation([...lexicon.places.provinces.map((p) => `${p}省`), ...leveledOpeners]);
    return {
      // An item opens at its level (after the list's verb when first) and ends where the list goes on or stops; one
      // holding 的 is works of a plan it names (国家重点研发计划的集成电路项目), no programme.
      item: new RegExp(`(?:${level})[^、和的，。；：,;:\\n]{1,16}?(?:${alternation(listedProgrammes.items)})(?=[、和等的，。；,;]|$)`, 'g'),
      beside: new RegExp(`(?:${alternation(listedProgrammes.beside)})(?:等|$)`),
      besideItem: new RegExp(`^\\p{Script=Han}{2,16}?(?:${alternation(listedProgrammes.beside)})(?=等|$)`, 'u'),
    };
  });
}

export function readListedProgrammes(folded: string, lexicon: Lexicon): Programme[] {
  const p = patterns(lexicon);
  if (!p) return [];
  const out: Programme[] = [];
  for (const line of clauses(folded)) {
    if (!/[、和]/.test(line.text)) continue;
    const items = line.text.split(/[、和]/);
    if (!items.some((i) => p.beside.test(i))) continue;
    const listed = [...line.text.matchAll(p.item)];
    for (const m of listed) out.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, kind: 'programme' });
    // 加强国家创新重大项目、重点研发计划等专项: a funding plan after such an item, written with no level of its own, is named
    // by its words alone (the level the item before it states).
    if (!listed.length) continue;
    let at = 0;
    items.forEach((item, i) => {
      const plan = p.besideItem.exec(item);
      if (i > 0 && plan) out.push({ start: line.start + at, end: line.start + at + plan[0].length, kind: 'programme' });
      at += item.length + 1;
    });
  }
  return out;
}

function* clauses(folded: string): Generator<{ start: number; text: string }> {
  for (const m of folded.matchAll(CLAUSE)) yield { start: m.index, text: m[0] };
}
