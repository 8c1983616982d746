import type { Lexicon } from '../../lexicon';
import { longestFirst } from '../../segment';
import { phraseStart } from '../text/phrase';

// A level before a name: 省/市/区/县, 国家 (国家局).
export const LEVEL = /^[省市区县国]/;

// Words after which a body's name may start (与档案部门, 审批、监管部门).
const FUNCTION_WORDS = ['与', '和', '及', '、', '由', '对', '向', '在', '经', '等', '将', '把', '被', '为', '从', '其中', '同'];

/**
 * Bodies named by their kind: any phrase ending in a head word (档案部门, 各级药品监督管理部门,
 * 国家局信息化主管部门); a qualifier and a subject head (各地区, 省级政府, 各级党委) where it opens a
 * clause and acts (要, 应, 负责 …).
 */
export function readGenericBodies(
  folded: string,
  fields: string,
  lexicon: Lexicon,
  cut: string[],
  add: (start: number, end: number) => void,
  shared: (start: number, end: number, alias: string) => void,
): void {
  const g = lexicon.agencies.generic;
  if (!g.heads.length) return;
  const { qualifiers, bounds, joiners, kinds, actsAfter, subject, whole, levels, fieldBounds } = genericWords(lexicon, cut);
  const MAX = 12;
  for (const head of longestFirst(g.heads)) {
    for (let i = folded.indexOf(head); i >= 0; i = folded.indexOf(head, i + 1)) {
      let start = phraseStart(fields, i, MAX, bounds);
      // A phrase as long as the walk allows was cut mid-sentence, not at a boundary; 跨部门 and
      // 多部门 say how many, not who.
      if (i - start >= MAX || /[跨多]/.test(folded[i - 1] ?? '')) continue;
      // A name that opens a clause may open with a verb this walk does not know (明确责任部门):
      // only one that stands after a joining word or a verb it knows, or opens with a qualifier
      // or a level (各级…, 省级…, 国家局…), is read.
      const joined = joiners.some((w) => folded.startsWith(w, start - w.length));
      // The qualifier stays with the name (各级药品监督管理部门); a count does not (20个监管部门).
      const q = qualifiers.map((w) => folded.slice(start, i).lastIndexOf(w)).filter((k) => k >= 0);
      if (q.length) start += Math.min(...q);
      const count = /^[\d一二两三四五六七八九十百]+[余多]?[个家类]/.exec(folded.slice(start, i));
      if (count) start += count[0].length;
      // 科技部门不予支持: a body that opens a clause and acts is read by its field.
      const acts = /[\n，。；：,;:]/.test(folded[start - 1] ?? '\n') && actsAfter.some((w) => folded.startsWith(w, i + head.length));
      if (!joined && !q.length && !acts && !LEVEL.test(folded[start] ?? '')) continue;
      // 有关部门, 政府部门, 业务部门: a kind of body with no field of its own is no one in particular.
      let core = folded.slice(start, i);
      for (const w of kinds) if (core.includes(w)) core = core.split(w).join('');
      if (core.length >= 2) {
        add(start, i + head.length);
        // 宣传、网信部门, 发展改革、财政部门要…: fields listed before one head share it, each a body of its own.
        // Only a bare field carries the head for the list (not 企业、交通运输主管部门, whose last item is a kind).
        if (folded[start - 1] === '、' && !q.length && !count && !kinds.some((w) => folded.slice(start, i).includes(w)))
          readSharedHead(folded, fields, start - 1, head, fieldBounds, [...kinds, ...g.notFields], shared);
      }
    }
  }
  // 各区县、各有关部门要…: each body of a list that opens a clause and acts.
  for (const m of folded.matchAll(subject)) {
    let at = m.index;
    // 中央政府和省级政府要带头: 和 joins two subjects as 、 does (各相关部门和单位 is one).
    const items = m[0].split('、').flatMap((x) => (x.split('和').every((h) => whole.test(h)) ? x.split('和') : [x]));
    for (const item of items) {
      add(at, at + item.length);
      at += item.length + 1;
    }
  }
  // 各市、县（市、区）人民政府要…, 各县（市、区）要…: the levels of local government, written whole.
  for (const m of folded.matchAll(levels)) add(m.index, m.index + m[0].length);
}

// The longest field of a list sharing one head (人力资源社会保障、…部门); longer runs are a clause, not a field.
const SHARED_FIELD = 8;

/**
 * The fields of a 、 list before the head the last one carries (宣传、网信部门): back from the 、 at `at`, each item
 * of two to eight name characters after a boundary (a verb, a joining word, a word a body follows: 接受) that holds
 * no qualifier or kind word (各地区、各部门 is two bodies already; 跨地区、跨部门 says how many) and names no people or
 * firms (社会公众、监管部门). Each is read as written, with the head as its alias.
 */
function readSharedHead(
  folded: string,
  fields: string,
  at: number,
  head: string,
  bounds: string[],
  notFields: string[],
  shared: (start: number, end: number, alias: string) => void,
): void {
  const items: [number, number][] = [];
  for (let end = at; folded[end] === '、';) {
    const start = phraseStart(fields, end, SHARED_FIELD + 1, bounds);
    const item = folded.slice(start, end);
    if (item.length < 2 || item.length > SHARED_FIELD || notFields.some((w) => item.includes(w))) return;
    items.push([start, end]);
    end = start - 1;
  }
  for (const [s, e] of items) shared(s, e, folded.slice(s, e) + head);
}
interface GenericWords {
  cut: string[];
  qualifiers: string[];
  bounds: string[];
  /** Function words and bounds: what a name read after one joins on. */
  joiners: string[];
  kinds: string[];
  actsAfter: string[];
  /** Bounds and the words a body's name follows (接受宣传、网信部门): where a field of a shared head's list starts. */
  fieldBounds: string[];
  one: string;
  subject: RegExp;
  whole: RegExp;
  levels: RegExp;
}
// Built once per lexicon (and its cut words), not per document.
const genericWordsOf = new WeakMap<Lexicon, GenericWords>();
function genericWords(lexicon: Lexicon, cut: string[]): GenericWords {
  const kept = genericWordsOf.get(lexicon);
  if (kept?.cut === cut) return kept;
  const g = lexicon.agencies.generic;
  const qualifiers = longestFirst(g.qualifiers);
  const bounds = [...cut, ...lexicon.agencies.roles.joins, ...g.bounds, '等', '与', '及', '对', '向', '由', '为', '在', '经', '是'];
  // 各级各有关部门: qualifiers may follow one another.
  const one = `(?:${qualifiers.join('|')})+(?:${longestFirst(g.subjectHeads).join('|')})`;
  const words: GenericWords = {
    cut,
    qualifiers,
    bounds,
    joiners: [...FUNCTION_WORDS, ...bounds],
    kinds: longestFirst([...qualifiers, ...g.notCores]),
    fieldBounds: [...bounds, ...lexicon.places.placeOpeners],
    actsAfter: longestFirst([...g.actsAfter, ...lexicon.agencies.actors.acts]),
    one,
    subject: new RegExp(`(?<=^|[\\n，。；：,;:])${one}(?:[、和]${one})*(?=${longestFirst(g.actsAfter).join('|')})`, 'g'),
    whole: new RegExp(`^${one}$`),
    // 一、各市（州）人民政府要…: a numbered item opens its clause too.
    levels: new RegExp(
      `(?<=^|[\\n，。；：,;:]|[一二三四五六七八九十]、)(?:${LOCAL_LEVELS.source})(?=${longestFirst(g.actsAfter).join('|')})`,
      'g',
    ),
  };
  genericWordsOf.set(lexicon, words);
  return words;
}

// 各县（市、区）要…, 各区、市政府要…: a level's note in brackets, or two levels before one government.
// 各省（区、市）要…, 各省、自治区、直辖市要…: every province, written with the kinds of province-level place.
// 各市（州）人民政府要…: a province's cities and autonomous prefectures; 各区县（市）人民政府要…: two levels and a note.
const LOCAL_LEVELS =
  /各[市县区]{1,2}(?:、[市县区])?[(（][市县区州、]+[)）](?:人民政府|政府)?|各[市县区]、[市县区](?:人民政府|政府)|各省(?:[(（](?:区、市|自治区、直辖市)[)）]|、自治区、直辖市)(?:人民政府|政府)?/;
