import type { Lexicon } from '../lexicon';
import { longestFirst, prepared, startsWithAny, type Span } from '../segment';
import { phraseEnd, phraseStart } from './phrase';
import type { Quantity } from './quantity';

// The name of what a number measures: the noun phrase before it (力争5G基站数达4.5万个 →
// 5G基站数), or, when only a verb stands there, the noun after it (建成20所示范校 →
// 示范校). Verbs, qualifiers and comparators are stripped by the lexicon's rules.

/** `after`: where the counted noun ended, when the name was read after the number. */
export interface IndicatorNameRead { text: string; after?: number }

const QUALIFIERS_INSIDE = /累计|新增/g;
const SOFT = ['的', '和', '与', '及'];
const MIN_KEY = 3;
const LONG_ITEM = 8;

interface Words { suffixes: string[]; prefixes: string[]; hard: string[]; all: string[]; soft: string[]; after: string[]; keySuffixes: string[] }
const cache = new WeakMap<Lexicon, Words>();

function words(lexicon: Lexicon): Words {
  return prepared(cache, lexicon, () => {
    const ind = lexicon.indicators;
    // Verbs that also make nouns (服务, 应用, 交易 …) do not end a name.
    const verbs = [...lexicon.verbs.task, ...lexicon.verbs.result].filter((v) => !ind.wordsInNames.includes(v));
    const hard = longestFirst([...ind.boundaries.filter((b) => !SOFT.includes(b)), ...verbs]);
    return {
      suffixes: longestFirst(ind.stripSuffixes), prefixes: longestFirst([...ind.stripPrefixes, ...lexicon.verbs.adverbs]),
      hard, all: longestFirst([...hard, ...SOFT]), soft: longestFirst(ind.boundaries), after: [...verbs, ',', '等', '的'], keySuffixes: longestFirst(ind.keyStripSuffixes),
    };
  });
}

/** Strips comparators and qualifiers at the end and, before a number, verbs and adverbs at the start. */
function stripEnds(name: string, lexicon: Lexicon, prefixes = true): string {
  const w = words(lexicon);
  let n = name;
  for (let changed = true; changed && n;) {
    changed = false;
    for (const s of w.suffixes) if (n.endsWith(s) && n.length > s.length) { n = n.slice(0, -s.length); changed = true; }
    if (prefixes) for (const p of w.prefixes) if (n.startsWith(p) && n.length > p.length + 1) { n = n.slice(p.length); changed = true; }
  }
  return n.replace(QUALIFIERS_INSIDE, '').replace(/^[的、和及与]+|[的、和及与]+$/g, '');
}

function keyLength(name: string, lexicon: Lexicon): number {
  const suffix = words(lexicon).keySuffixes.find((s) => name.endsWith(s));
  return name.replace(/[“”]/g, '').length - (suffix?.length ?? 0);
}

/** The counted thing after a number: up to a verb, 的 or another number (具有影响力的成果 → 成果). */
function nounAfter(folded: string, from: number, lexicon: Lexicon): { text: string; end: number } {
  const ind = lexicon.indicators;
  let end = phraseEnd(folded, from, ind.maxNameLength, words(lexicon).after);
  const digit = folded.slice(from, end).search(/\d/);
  if (digit >= 0) end = from + digit;
  let text = folded.slice(from, end).replace(/^(以上|左右)/, '');
  if (folded[end] === '的' && startsWithAny(text, ind.adjectivalLeads)) {
    const next = nounAfter(folded, end + 1, lexicon);
    return next;
  }
  text = stripEnds(text, lexicon, false);
  return { text, end };
}

export function indicatorName(folded: string, clause: Span, q: Quantity, floor: number, lexicon: Lexicon): IndicatorNameRead | undefined {
  const ind = lexicon.indicators;
  const w = words(lexicon);
  const lo = Math.max(clause.start, floor);
  let end = q.start;
  while (end > lo && '达为超约近逾'.includes(folded[end - 1])) end--;
  // 打造100家企业标杆、10处以上基地: an enumeration of counted things, each named after its number.
  const enumerated = folded[end - 1] === '、';
  let start = phraseStart(folded, end, ind.maxNameLength, w.all, lo, true);
  if (keyLength(stripEnds(folded.slice(start, end), lexicon), lexicon) < MIN_KEY) start = phraseStart(folded, end, ind.maxNameLength, w.hard, lo, true);
  const before = lastItem(stripEnds(folded.slice(start, end), lexicon));
  if (!enumerated && before.length >= MIN_KEY && keyLength(before, lexicon) >= 2 && !ind.genericNouns.includes(before)) return { text: before };

  // Nothing but a verb before the number: the counted thing follows it.
  const after = nounAfter(folded, q.end, lexicon);
  if (ind.genericNouns.includes(after.text)) {
    // 71家企业启动数据资产入表 → 启动数据资产入表企业; 4家机构获评示范基地 → 示范基地
    const restEnd = phraseEnd(folded, after.end, 16, [',', '等', '的']);
    const digit = folded.slice(after.end, restEnd).search(/\d/);
    const rest = stripEnds(folded.slice(after.end, digit >= 0 ? after.end + digit : restEnd), lexicon);
    const award = startsWithAny(rest, ind.awardVerbs);
    if (award && rest.length - award.length >= MIN_KEY) return { text: rest.slice(award.length), after: after.end };
    if (rest.length >= MIN_KEY && !/\d/.test(rest)) return { text: `${rest}${after.text}`, after: after.end };
    return undefined;
  }
  if (keyLength(after.text, lexicon) >= 2) return { text: after.text, after: after.end };
  // Neither side alone names it (累计节约费用超…): keep the verb with its object.
  const wide = stripEnds(folded.slice(phraseStart(folded, end, ind.maxNameLength, w.soft, lo, true), end), lexicon);
  return wide.length >= MIN_KEY && !enumerated ? { text: wide } : undefined;
}

/** 电子病历、医学影像…的医院数量 → the last listed item, when it is a full name on its own. */
function lastItem(name: string): string {
  const i = name.lastIndexOf('、');
  return i >= 0 && name.length - i - 1 >= LONG_ITEM ? name.slice(i + 1) : name;
}
