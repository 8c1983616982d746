import type { Lexicon } from '../../lexicon';
import { alternation, firstCharacters, longestFirst } from '../../segment';

// A second body joined on (…部署和市委, 市科委会同市经济信息化委) means the match ran across two phrases.
export const JOINERS = /[的、在把将届或]|(?:[和与及]|会同)[市省区县]/;

/**
 * Bodies the suffix rule does not shape: a part of a body after its short name (国家局机关); a
 * body named after its place or a central level (上海数据交易所, 中央广电总台); a meeting whose
 * decisions are followed (按照中央经济工作会议部署); a list made only of kinds of standing body
 * (党委、人大、政协、法院、检察院), each item as written.
 */
export function readNamedByPlace(
  folded: string,
  lexicon: Lexicon,
  prefix: string,
  add: (start: number, end: number, longer?: boolean) => void,
): void {
  const { unitTails, placed, meetings, kinds } = namedByPlace(lexicon, prefix);
  const read = (re: RegExp | undefined, longer = false) => {
    if (re) for (const m of folded.matchAll(re)) if (!JOINERS.test(m[0])) add(m.index, m.index + m[0].length, longer);
  };
  read(unitTails, true);
  read(placed, true);
  read(meetings);
  if (kinds)
    for (const m of folded.matchAll(kinds)) {
      let at = m.index;
      for (const item of m[0].split('、')) {
        add(at, at + item.length);
        at += item.length + 1;
      }
    }
}

interface NamedByPlace {
  prefix: string;
  unitTails?: RegExp;
  placed?: RegExp;
  meetings?: RegExp;
  kinds?: RegExp;
}
// Built once per lexicon (the place list makes them hundreds of words long), not per document.
const namedByPlaceOf = new WeakMap<Lexicon, NamedByPlace>();
function namedByPlace(lexicon: Lexicon, prefix: string): NamedByPlace {
  const kept = namedByPlaceOf.get(lexicon);
  if (kept?.prefix === prefix) return kept;
  const lex = lexicon.agencies;
  const any = (words: readonly string[]) => longestFirst(words).join('|');
  // 各级党校（行政学院）: a body named by its level; a note in brackets right after it is its other name.
  // Opened by a look at the names' first characters (`alternation`): tried at every position otherwise.
  const places = alternation([...lexicon.places.cities, ...lexicon.places.provinces, '中央', '国家', '中国', '各级']);
  const note = '(?:[(（][\\u4e00-\\u9fa5]{2,8}[)）])?';
  const meet = lex.meetings;
  const kind = `(?:${any(lex.bodyKinds)})`;
  const words: NamedByPlace = {
    prefix,
    // The prefix joins plain words (places, levels): their first characters open it as `alternation` does.
    unitTails: lex.unitTails.length
      ? new RegExp(`${firstCharacters(prefix.split('|'))}(?:${prefix})(?:局|委|厅|部)(?:${any(lex.unitTails)})`, 'g')
      : undefined,
    placed: lex.placedEndings.length
      ? new RegExp(`(?:${places})[\\u4e00-\\u9fa5]{0,8}?(?:${any(lex.placedEndings)})${note}`, 'g')
      : undefined,
    // 全国教育大会、全省教育大会精神: meetings listed before one act word share it.
    meetings:
      meet.levels.length && meet.endings.length
        ? new RegExp(
            `(?:${any(meet.levels)})[\\u4e00-\\u9fa5]{0,8}?(?:${any(meet.endings)})(?=(?:[、和及][\\u4e00-\\u9fa5]{2,12}?(?:${any(meet.endings)}))*(?:${any(meet.actsAfter)}))`,
            'g',
          )
        : undefined,
    kinds: lex.bodyKinds.length ? new RegExp(`(?<![省市区县])${kind}(?:、${kind}){2,}`, 'g') : undefined,
  };
  namedByPlaceOf.set(lexicon, words);
  return words;
}
