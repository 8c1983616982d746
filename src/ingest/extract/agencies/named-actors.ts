import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// Bodies read by where they stand, whatever their name, when it ends like a body: the subject of a
// clause before a role word (中国信息通信研究院、中国互联网协会要牵头…; 生态环境部牵头; 城市人民政府要…),
// the body after 经/由 before its act (经生态环境部同意), a note of responsible units closing a task
// ((装备信息中心、教科院)), and the issuers signed at the foot of a document (中 央 网 信 办).

type Add = (start: number, end: number) => void;

const HAN = '[\\u4e00-\\u9fa5]';
// What a body's name opens with after a verb that opens the clause (充分发挥|省数办).
const PLACED = /^[省市区县国中各]/;
const CLAUSE = '(?<=^|[\\n，。；：,;:！？）)])[ \\u3000]*';
/** A data centre, or a centre of data resources: a facility built, not a body. */
const DATA_CENTRE = /数据(?:资源)?中心$/;
const TWO_LEVELS = /^各[区县市]$/;
const LEVEL_OPENS = /^[区县市][\u4e00-\u9fa5]{2,}/;
// 作为: the act word that says what a body serves as; a firm (公司, 集团) so written is described, not acting.
const SERVES = '作为';
const FIRM = /(?:公司|集团)$/;
// The foot of a document: the signature lines close it, before the date and any note.
const FOOT = 600;

/** Reads bodies named by their place in a clause, a task note or the signature; each span to `add`. */
export function readNamedActors(folded: string, lexicon: Lexicon, verbs: readonly string[], add: Add): void {
  const a = lexicon.agencies.actors;
  if (!a.endings.length) return;
  const { kinds, subject, by, joined, government } = actorWords(lexicon);
  // 政府部门, 有关部门: a kind of department with no field of its own is no one in particular here.
  const g = lexicon.agencies.generic;
  // 建立多部门, 大力推动政府部门: a verb before 部门 makes it an act, not a body.
  const isBody = (x: string) => {
    // 数据中心, 数据资源中心 (城市公共交通数据资源中心应包括…) are facilities unless a level names one as a body (省大数据中心).
    if (DATA_CENTRE.test(x) && !PLACED.test(x)) return false;
    // 试点城市政府负责…: a government named by its kind needs a name of its own before 政府, not a verb
    // (完善政府…) or a preposition (在政府…).
    if (x.endsWith('政府') && !x.endsWith('人民政府')) {
      const own = x.slice(0, -2);
      if (own.length < 2 || /^[在对向为与和及由把将从]/.test(own) || verbs.some((v) => v.length > 1 && own.startsWith(v))) return false;
    }
    const head = g.heads.find((h) => x.endsWith(h));
    if (!head) return true;
    const core = kinds.reduce((c, w) => (c.includes(w) ? c.split(w).join('') : c), x.slice(0, -head.length));
    return core.length >= 2 && !verbs.some((v) => v.length > 1 && core.includes(v));
  };
  for (const m of folded.matchAll(subject)) {
    // 充分发挥省数办统筹…: a verb opening the clause is no part of the first body's name.
    // A verb inside a name (国家工业信息安全发展研究中心) is kept: only one opening the clause, before a
    // level or place or a name of its own length (充分发挥|省数办, 明确|城市人民政府), is cut.
    const first = m[1].split('、')[0];
    // A word a place's name follows (听取|各部门关于…汇报) opens no body's name either.
    const cuts = [...verbs, ...a.openers, ...lexicon.places.placeOpeners]
      .filter((v) => v.length > 1 && first.includes(v))
      .filter((v) => first.indexOf(v) <= 2)
      .map((v) => first.indexOf(v) + v.length)
      .filter((k) => PLACED.test(first.slice(k)) || first.length - k >= 4);
    const lead = cuts.length ? Math.max(...cuts) : 0;
    // 相关科局作为主力军: a government body serving as something acts; a company so described (…有限公司作为…金融科技企业)
    // is introduced, not acting.
    const serves = folded.startsWith(SERVES, m.index + m[0].length);
    const body = serves ? (x: string) => isBody(x) && !FIRM.test(x) : isBody;
    readItems(m.index + m[0].lastIndexOf(m[1]) + lead, m[1].slice(lead), a.endings, lexicon.agencies.joinedFields, body, add);
  }
  // 平台由市智慧蓉城运行中心负责运维: a body after 由 inside a clause, named from its level, before its act.
  for (const m of folded.matchAll(by)) readItems(m.index + 1, m[1], a.endings, lexicon.agencies.joinedFields, isBody, add);
  // 会同区金融发展服务中心，…; 联合中国科学技术大学、科大讯飞股份有限公司等单位: the bodies a joining word
  // opens work with the subject, each that ends like a body, where the list closes.
  if (joined) {
    for (const m of folded.matchAll(joined)) {
      // 联合开办人工智能学院, 联合组建…创新中心: a joint act whose object ends like a body; the list names bodies only
      // where it opens with a level or a place's name (会同区财政局) or is closed as one (…等单位), holding no 等 itself.
      const closed = folded.startsWith('等', m.index + m[0].length);
      if (m[1].includes('等') || !(closed || PLACED.test(m[1]))) continue;
      const at = m.index + m[0].length - m[1].length;
      readItems(at, m[1], a.endings, lexicon.agencies.joinedFields, isBody, add);
    }
  }
  // 我代表海拉尔区人民政府…, a signature line 海拉尔区人民政府区长: a government named after a place
  // the lexicon need not know, where it speaks or heads a line (an addressee line, 各…人民政府, is
  // read whole by the addressee rule).
  // A place is two characters or more: one before the level opens the line's clause (受区人民政府委托).
  for (const m of folded.matchAll(government)) {
    // A line that opens with the speaker (我代表…) names the government after the speaking word.
    const cut = Math.max(0, ...a.speaks.map((w) => (m[1].includes(w) ? m[1].lastIndexOf(w) + w.length : 0)));
    const end = m.index + m[0].length;
    if (m[1].length - cut > 5) add(end - m[1].length + cut, end);
  }
  readUnitNotes(folded, lexicon, add);
  readSignature(folded, lexicon, add);
}

interface ActorWords {
  kinds: string[];
  subject: RegExp;
  by: RegExp;
  joined?: RegExp;
  government: RegExp;
  /** A note's item that ends like a body, or 各 and a place (readUnitNotes). */
  noteItem: RegExp;
}

// Built once per lexicon: the patterns join hundreds of words, read for every document.
const actorWordsOf = new WeakMap<Lexicon, ActorWords>();
function actorWords(lexicon: Lexicon): ActorWords {
  return prepared(actorWordsOf, lexicon, () => {
    const a = lexicon.agencies.actors;
    const any = (words: readonly string[]) => longestFirst(words).join('|');
    // 中国—东盟信息港股份有限公司: a dash or a middle dot joins two parts of one name.
    const item = `${HAN}(?:${HAN}|[—·]){0,13}?(?:${any(a.endings)})`;
    const g = lexicon.agencies.generic;
    const list = `${item}(?:[、和及]${item}){0,6}`;
    const acts = any(a.acts);
    // 由/经 X 牵头/同意: the lead word is not the body's.
    // 鼓励省局将…: a cue that makes the next body act is no part of its name either.
    const leads = any([...a.leads, ...lexicon.agencies.acting.cues]);
    const joins = any(lexicon.agencies.roles.joins);
    return {
      kinds: longestFirst([...g.qualifiers, ...g.notCores]),
      subject: new RegExp(`${CLAUSE}(?:${leads})?(${list})(?:等(?:部门|单位)?)?(?!负责人)(?=${acts})`, 'g'),
      by: new RegExp(`(?<=${HAN})由(?=[省市区县])(${item})(?=${acts})`, 'g'),
      joined: joins ? new RegExp(`(?:${joins})(${list})(?=等(?:部门|单位)|[，,。；;)）]|共同|${acts})`, 'g') : undefined,
      government: new RegExp(`(?:(?<=${any(a.speaks)})|(?<=^|\\n)[ \u3000]*(?!各))(${HAN}{2,8}?[省市区县旗盟州]人民政府)`, 'g'),
      noteItem: new RegExp(`^(?:${item}|各${HAN}{1,4})$`),
    };
  });
}

/** Each item of a list (A、B和C) that ends like a body. */
function readItems(
  at: number,
  list: string,
  endings: readonly string[],
  joined: readonly string[],
  isBody: (x: string) => boolean,
  add: Add,
): void {
  const endsLike = (x: string) => x.length >= 2 && endings.some((e) => x.endsWith(e)) && isBody(x);
  for (const part of list.split('、')) {
    // 工业和信息化部: a 和 inside a field is no joint; elsewhere it joins two items (市人民政府及有关部门).
    const halves = joined.some((w) => part.includes(w)) ? [part] : part.split(/[和及]/);
    const items = halves.length > 1 ? halves : [part];
    let p = at;
    for (const x of items) {
      if (endsLike(x)) add(p, p + x.length);
      p += x.length + 1;
    }
    at += part.length + 1;
  }
}

/**
 * A note closing a task that lists only units ((装备信息中心、教科院), (基教处、教科院、各区市)): every
 * item is a body when the note stands after the sentence and most of its items end like one.
 */
function readUnitNotes(folded: string, lexicon: Lexicon, add: Add): void {
  const endsLike = actorWords(lexicon).noteItem;
  for (const m of folded.matchAll(/(?<=[。；;])[(（]([\u4e00-\u9fa5、]{2,80})[)）]/g)) {
    const items = m[1].split('、');
    const bodies = items.filter((x) => endsLike.test(x));
    if (items.some((x) => x.length < 2 || x.length > 14) || bodies.length * 2 < items.length) continue;
    let at = m.index + 1;
    items.forEach((x, k) => {
      // (装备信息中心、各区、市教体局): 各区 opens two levels sharing the body after them, read whole elsewhere.
      const shared = TWO_LEVELS.test(x) && LEVEL_OPENS.test(items[k + 1] ?? '');
      if (!shared && !lexicon.places.cities.includes(x) && endsLike.test(x)) add(at, at + x.length);
      at += x.length + 1;
    });
  }
}

// The known names and a signature's endings, once per lexicon.
const signatureWords = new WeakMap<Lexicon, { known: Set<string>; ends: RegExp }>();

/**
 * The issuers signed at a document's foot, one a line, often spaced out to one width (中 央 网 信
 * 办): a line of a known body or one that ends like a body, among the last lines.
 */
function readSignature(folded: string, lexicon: Lexicon, add: Add): void {
  const { known, ends } = prepared(signatureWords, lexicon, () => {
    const lex = lexicon.agencies;
    return {
      known: new Set(Object.entries({ ...lex.central, ...lex.known }).flatMap(([n, aliases]) => [n, ...aliases])),
      ends: new RegExp(`^${HAN}{2,16}(?:${longestFirst(lex.actors.signatureEndings).join('|')})$`),
    };
  });
  const from = Math.max(0, folded.length - FOOT);
  for (const m of folded
    .slice(from)
    .matchAll(/(?<=^|\n)[ \u3000]*([\u4e00-\u9fa5](?:[ \u3000]*[\u4e00-\u9fa5]){2,20})[ \u3000]*(?=\n|$)/g)) {
    const name = m[1].replace(/[ \u3000]/g, '');
    if (!known.has(name) && !ends.test(name)) continue;
    const start = from + m.index + m[0].indexOf(m[1]);
    add(start, start + m[1].length);
  }
}
