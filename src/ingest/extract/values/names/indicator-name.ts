import type { Lexicon } from '../../../lexicon';
import { startsWithAny, type Span } from '../../../segment';
import { countedByAction, membersOf, nounAfter, peopleByAction } from './indicator-after';
import { qualifyGeneric, withoutDeterminers } from './indicator-qualify';
import { respondentShare } from './indicator-respondents';
import { withoutScope } from './indicator-scope';
import { afterPredicate, indicatorWords, keyLength, stripEnds } from './indicator-words';
import { phraseStart } from '../../text/phrase';
import type { Quantity } from '../../quantity';

// The name of what a number measures (指标名): the noun phrase before it (力争5G基站数达2.6万个 →
// 5G基站数), or, when only a verb stands there, what follows it (建成12所示范校 → 示范校; see
// indicator-after). Verbs, qualifiers and comparators are stripped by the lexicon's rules.

/**
 * `after`: where the words read after the number end, so the next number's name starts there.
 * `skip`: the number counts something that is not measured (为8个部门推送… counts who was served).
 */
export interface IndicatorNameRead {
  text: string;
  after?: number;
  skip?: boolean;
}

/** Where the number stands: its clause, the end of the previous number's words, its sentence, the next number. */
export interface NameContext {
  clause: Span;
  floor: number;
  sentenceStart: number;
  next?: Quantity;
}

const MIN_KEY = 3;
const LONG_ITEM = 8;
const REACH_WORDS = '达为超约近逾';
/** A year (and the 从/由 a change starts with) right before 的 and a figure: 由2010年的. */
const DATED = /[从由]?\s*20\d{2}\s*年(?:底|末)?$/;

export function indicatorName(folded: string, q: Quantity, ctx: NameContext, lexicon: Lexicon): IndicatorNameRead | undefined {
  const read = readName(folded, q, ctx, lexicon);
  if (!read || read.skip) return read;
  const scoped = withoutScope(read.text, lexicon);
  const named = scoped === read.text ? read.text : stripEnds(scoped, lexicon);
  const text = qualifyGeneric(withoutDeterminers(named, lexicon), folded, ctx.sentenceStart, q.start, lexicon);
  return { ...read, text };
}

function readName(folded: string, q: Quantity, ctx: NameContext, lexicon: Lexicon): IndicatorNameRead | undefined {
  const surveyed = respondentShare(folded, q, lexicon);
  if (surveyed) return surveyed;
  const lo = Math.max(ctx.clause.start, ctx.floor);
  let end = q.start;
  while (end > lo && REACH_WORDS.includes(folded[end - 1])) end--;
  // 打造50家企业标杆、8处以上基地: an enumeration of counted things, each named after its number;
  // 港口集团的3个…项目: what stands before 的 owns the counted thing, it is not its name.
  const enumerated = folded[end - 1] === '、';
  // 森林覆盖率由2010年的21.6%: a year before 的 says when, it owns nothing; the name stands before it.
  const dated = folded[end - 1] === '的' ? DATED.exec(folded.slice(lo, end - 1)) : null;
  if (dated) {
    const before = nameBefore(folded, lo, lo + dated.index, lexicon) ?? wideBefore(folded, lo, lo + dated.index, lexicon);
    if (before) return { text: before };
  }
  const possessive = folded[end - 1] === '的';
  if (!enumerated && !possessive) {
    const before = nameBefore(folded, lo, end, lexicon);
    // 需求清单、资源清单和责任清单三项清单: the number restates how many items were just listed.
    if (before && end === q.start && restatesList(folded.slice(lo, end), before, nounAfter(folded, q.end, lexicon).text))
      return { text: '', skip: true };
    if (before) return { text: before };
  }
  const after = nameAfter(folded, lo, q, ctx, lexicon);
  if (after || enumerated || possessive) return after;
  // Neither side alone names it (累计节约成本超…): keep the verb with its object.
  const wide = wideBefore(folded, lo, end, lexicon);
  return wide ? { text: wide } : undefined;
}

/** The words before `end` read loosely, verbs kept with their objects. */
function wideBefore(folded: string, lo: number, end: number, lexicon: Lexicon): string | undefined {
  const wide = stripEnds(
    folded.slice(phraseStart(folded, end, lexicon.indicators.maxNameLength, indicatorWords(lexicon).soft, lo, true), end),
    lexicon,
  );
  return wide.length >= MIN_KEY ? wide : undefined;
}

/** The noun phrase that ends where the number (and its 达/超 …) begins. */
function nameBefore(folded: string, lo: number, end: number, lexicon: Lexicon): string | undefined {
  const ind = lexicon.indicators;
  const w = indicatorWords(lexicon);
  let start = phraseStart(folded, end, ind.maxNameLength, w.all, lo, true, w.nounVerbs);
  if (keyLength(stripEnds(folded.slice(start, end), lexicon), lexicon) < MIN_KEY)
    start = phraseStart(folded, end, ind.maxNameLength, w.hard, lo, true, w.nounVerbs);
  // The subject platform and the period are cut before 累计/新增 inside the name are folded away.
  const before = afterPredicate(lastItem(stripEnds(withoutScope(folded.slice(start, end), lexicon), lexicon)), lexicon);
  return before.length >= MIN_KEY && keyLength(before, lexicon) >= 2 && !ind.genericNouns.includes(before) ? before : undefined;
}

/** Nothing but a verb before the number: the counted thing, crowd or body follows it. */
function nameAfter(folded: string, lo: number, q: Quantity, ctx: NameContext, lexicon: Lexicon): IndicatorNameRead | undefined {
  const ind = lexicon.indicators;
  const r = ind.reading;
  // 210类900余万条证照数据: two numbers count one noun; the classifier says which aspect.
  if (ctx.next && ctx.next.start === q.end) {
    const aspect = r.unitNouns?.[q.unit ?? ''];
    const noun = nounAfter(folded, ctx.next.end, lexicon);
    return aspect && keyLength(noun.text, lexicon) >= 2 ? { text: `${noun.text}${aspect}`, after: q.end } : undefined;
  }
  // 96户、183人实现全部脱贫: counts in different units listed before one predicate share it.
  const next = ctx.next;
  if (next && folded[q.end] === '、' && next.start === q.end + 1 && q.unit && next.unit && next.unit !== q.unit) {
    const shared = nameAfter(folded, lo, next, { ...ctx, next: undefined }, lexicon);
    if (shared?.text && !shared.skip) {
      const text = shared.text.endsWith(next.unit) ? `${shared.text.slice(0, -next.unit.length)}${q.unit}` : shared.text;
      return { text, after: q.end };
    }
  }
  // 社会消费品零售总额实现206.36亿元、增长10.2%: a figure that closes its item of a list; what follows the 、 is the
  // next item's, not this figure's name.
  if (folded[q.end] === '、') return undefined;
  if (q.unit && (r.peopleUnits ?? []).includes(q.unit)) {
    const people = peopleByAction(folded, q.end, q.unit, lexicon);
    if (people) return { text: people.text, after: people.end };
  }
  const read = nounAfter(folded, q.end, lexicon);
  const members = membersOf(folded, lo, q.start, read, lexicon);
  if (members) return { text: members.text, after: members.end };
  // A name cut inside a quotation (召开三期“…发布会”) is no name.
  if (unbalanced(read.text)) return undefined;
  // 8个部门“精准推送”…: the generic noun ends where the quoted act begins.
  const lead = ind.genericNouns.find((g) => read.text.startsWith(`${g}“`));
  const noun = lead ? { text: lead, end: folded.indexOf(lead, q.end) + lead.length } : read;
  const generic = ind.genericNouns.includes(noun.text);
  if (generic && startsWithAny(folded.slice(lo, q.end), r.recipientPrepositions ?? [])) return { text: '', skip: true, after: noun.end };
  if (generic || (noun.text.length > 0 && noun.text.length <= 2)) {
    // 30家企业启动上云改造 → 启动上云改造企业; 20项数据全部接入平台 → 接入平台数据
    const acted = countedByAction(folded, noun, lexicon, !generic);
    if (acted) return { text: acted, after: noun.end };
    if (generic) return undefined;
  }
  return keyLength(noun.text, lexicon) >= 2 ? { text: noun.text, after: noun.end } : undefined;
}

const unbalanced = (t: string) => (t.match(/“/g)?.length ?? 0) !== (t.match(/”/g)?.length ?? 0);

/** The words before the number list items (、/和) that all end in the noun counted after it. */
function restatesList(phrase: string, before: string, after: string): boolean {
  return after.length >= 2 && before.endsWith(after) && /[、和及与]/.test(phrase);
}

/** 电子处方、检验报告…的医院数量 → the last listed item, when it is a full name on its own. */
function lastItem(name: string): string {
  const i = name.lastIndexOf('、');
  return i >= 0 && name.length - i - 1 >= LONG_ITEM ? name.slice(i + 1) : name;
}
