import type { Lexicon } from '../../../lexicon';
import { startsWithAny } from '../../../segment';
import { indicatorWords, stripEnds } from './indicator-words';
import { phraseEnd } from '../../text/phrase';

// Names read after the number, when only a verb stands before it: the counted noun
// (建成12所示范校 → 示范校), or what a counted body or crowd did (9家企业完成入表 →
// 完成入表企业; 5万人次参与技能大赛 → 技能大赛参与人次), or the body it makes up (由26家
// 机构组成的“联盟” → “联盟”成员数).

export interface AfterRead {
  text: string;
  end: number;
}

const MIN_KEY = 3;
const MAX_ACTION = 16;
const MAX_QUOTE = 24;
/** 便民利企、优政惠民的…: a list of four-character phrases describes, it does not name. */
const DESCRIPTIVE_LIST = /^[\u4e00-\u9fa5]{4}(、[\u4e00-\u9fa5]{4})+$/;

/** The counted thing after a number: up to a verb, 的 or another number (具有示范作用的基地 → 基地). */
export function nounAfter(folded: string, from: number, lexicon: Lexicon): AfterRead {
  const ind = lexicon.indicators;
  let end = phraseEnd(folded, from, ind.maxNameLength, indicatorWords(lexicon).after, true);
  const digit = folded.slice(from, end).search(/\d/);
  if (digit >= 0) end = from + digit;
  const text = folded.slice(from, end).replace(/^(以上|左右)/, '');
  if (folded[end] === '的' && (startsWithAny(text, ind.adjectivalLeads) || DESCRIPTIVE_LIST.test(text)))
    return nounAfter(folded, end + 1, lexicon);
  return { text: withoutTrailingAdverb(stripEnds(text, lexicon, false), lexicon), end };
}

/** 数据均已 → 数据 (…数据全部接入…): an adverb before the verb that ended the phrase. */
function withoutTrailingAdverb(text: string, lexicon: Lexicon): string {
  const a = indicatorWords(lexicon).predicateAdverbs.find((w) => text.endsWith(w) && text.length > w.length);
  return a ? text.slice(0, -a.length) : text;
}

/** Drops 第一批/首届 from the front and an empty head (工作, 服务) from the end of a phrase. */
export function trimCounted(text: string, lexicon: Lexicon): string {
  const r = lexicon.indicators.reading;
  const marks = (r.leadingOrdinals ?? []).join('');
  let t = marks ? text.replace(new RegExp(`^(第[0-9一二三四五六七八九十]+|首)[${marks}]`), '') : text;
  const tail = indicatorWords(lexicon).trailingGeneric.find((g) => t.endsWith(g) && t.length - g.length >= 2);
  if (tail) t = t.slice(0, -tail.length);
  return t;
}

/**
 * A body counted by what it did (30家企业启动上云改造 → 启动上云改造企业; 3家机构获评
 * 示范基地 → 示范基地). An amount that follows (…入表金额超1200万元) belongs to the next number.
 */
export function countedByAction(folded: string, noun: AfterRead, lexicon: Lexicon, needVerb = false): string | undefined {
  const ind = lexicon.indicators;
  const w = indicatorWords(lexicon);
  const restEnd = phraseEnd(folded, noun.end, MAX_ACTION, [',', '等', '的'], true);
  const digit = folded.slice(noun.end, restEnd).search(/\d/);
  let rest = trimCounted(stripEnds(folded.slice(noun.end, digit >= 0 ? noun.end + digit : restEnd), lexicon, false), lexicon);
  if (digit >= 0) {
    const amount = w.measureNouns.find((m) => rest.endsWith(m) && rest.length - m.length >= 2);
    if (amount) rest = rest.slice(0, -amount.length);
  }
  const award = startsWithAny(rest, ind.awardVerbs);
  if (award && rest.length - award.length >= MIN_KEY) return rest.slice(award.length);
  const acts = !needVerb || startsWithAny(rest, w.verbs) !== '';
  return rest.length >= MIN_KEY && !/\d/.test(rest) && acts ? `${rest}${noun.text}` : undefined;
}

/** 5万余人次在线参与首届技能大赛 → 技能大赛参与人次; 2万人次体验“一码通城”服务 → “一码通城”体验人次. */
export function peopleByAction(folded: string, from: number, unit: string, lexicon: Lexicon): AfterRead | undefined {
  const end = phraseEnd(folded, from, lexicon.indicators.maxNameLength, [',', '等', '的']);
  const text = folded.slice(from, end);
  const verbs = indicatorWords(lexicon).verbs;
  let at = -1;
  for (let i = 0; i <= Math.min(2, text.length - 2) && at < 0; i++) if (startsWithAny(text.slice(i), verbs)) at = i;
  const verbStart = at < 0 ? 0 : at;
  const verb = at < 0 ? text.slice(0, 2) : startsWithAny(text.slice(at), verbs);
  const object = trimCounted(text.slice(verbStart + verb.length), lexicon);
  return object.length >= 2 && !/\d/.test(object) ? { text: `${object}${verb}${unit}`, end } : undefined;
}

/** 包括12个城市的“联盟” / 由26家高校组成的“联盟” → “联盟”成员数, when bodies are counted. */
export function membersOf(folded: string, lo: number, qStart: number, noun: AfterRead, lexicon: Lexicon): AfterRead | undefined {
  const r = lexicon.indicators.reading;
  if (!r.memberName) return undefined;
  const before = folded.slice(lo, qStart);
  if (!(r.memberCues ?? []).some((c) => before.endsWith(c))) return undefined;
  let members = noun.text;
  let at = noun.end;
  const verb = (r.memberVerbs ?? []).find((v) => folded.startsWith(v, at));
  if (verb) at += verb.length;
  else {
    const v = (r.memberVerbs ?? []).find((x) => members.endsWith(x));
    if (v) members = members.slice(0, -v.length);
  }
  if (!(r.memberNouns ?? []).some((m) => members.endsWith(m)) || folded[at] !== '的') return undefined;
  at++;
  const close = folded[at] === '“' ? folded.indexOf('”', at) : -1;
  const end =
    close > at && close - at <= MAX_QUOTE ? close + 1 : phraseEnd(folded, at, lexicon.indicators.maxNameLength, [',', '等', '的']);
  const body = folded.slice(at, end);
  return body.length >= MIN_KEY ? { text: `${body}${r.memberName}`, end } : undefined;
}
