import type { Lexicon } from '../../lexicon';
import { alternation, longestFirst, prepared } from '../../segment';

// Universities, institutes and firms named by their own names carry the tasks a text gives them, as government bodies
// do: a list of them a cue makes act (支持四川大学、电子科技大学、西南交通大学等高校建设…; 支持三一集团有限公司、中联重科股份
// 有限公司开展…), a list the kind of body closes at a clause's opening (清华大学、上海交通大学等高校承担…; 海尔集团、歌尔股份
// 有限公司等龙头企业…), and the partners 与 names before a joint act (与清华大学深圳国际研究生院、南方科技大学共建…). A kind
// alone (高校, 科研院所) names no one, and a list whose only act is its growth (支持…大学发展。) acts in nothing.

type Add = (start: number, end: number) => void;

const HAN = '[\\u4e00-\\u9fa5]';
// A name: Han characters with perhaps a short note in brackets (腾讯科技（深圳）有限公司, 中国石油大学（华东）).
const NAME = `(?:${HAN}|[(（]${HAN}{1,4}[)）]){1,18}?`;
// A campus or branch written in brackets after the name (中国石油大学（华东）).
const NOTE = `(?:[(（]${HAN}{1,4}[)）])?`;
const MAX_ITEMS = 8;
// Where a clause opens: after punctuation or a line break, past spaces.
const CLAUSE = '(?<=^|[\\n，。；：,;:！？])[ \\u3000]*';
const STOP = /^[，。；;,、\n]|^$/;

interface Words {
  cue: RegExp;
  opening: RegExp;
  partner: RegExp;
  joined: RegExp;
  act: RegExp;
  notAct: RegExp;
  named: (item: string) => boolean;
}

const wordsOf = new WeakMap<Lexicon, Words | null>();

function words(lexicon: Lexicon): Words | null {
  return prepared(wordsOf, lexicon, () => {
    const n = lexicon.agencies.acting.namedOrganisations;
    if (!n.endings.length || !n.cues.length) return null;
    const listOf = (item: string) => `(${item}(?:[、和及]${item}){0,${MAX_ITEMS - 1}})`;
    const list = listOf(`${NAME}(?:${alternation(n.endings)})${NOTE}`);
    // A list its kind closes names firms written with a bare 公司 too (国家电网公司、…等电网企业).
    const closed = listOf(`${NAME}(?:${alternation([...n.endings, ...n.closedEndings])})${NOTE}`);
    const acts = longestFirst([...n.acts, ...lexicon.verbs.task]).join('|');
    const partners = alternation(n.partnerActs);
    const kind = `(等${HAN}{0,4}?(?:${alternation(n.kinds)}))`;
    // A verb opening an item makes it an act on a thing (支持建设…中心), no name.
    const verbs = longestFirst(lexicon.verbs.task.filter((v) => v.length > 1));
    const opensWithVerb = new RegExp(`^(?:${verbs.join('|')})`);
    const places = new Set([...lexicon.places.cities, ...Object.keys(lexicon.places.provincialNames)]);
    return {
      cue: new RegExp(`(?:${alternation(n.cues)})(?:${closed}${kind}|${list}(?=${acts}))`, 'g'),
      // …等高校承担…, or the first party of a joint act (中国海洋大学、山东大学青岛校区与区内企业共建…).
      opening: new RegExp(`${CLAUSE}(?:${closed}${kind}|${list}(?=与[^，。；;,\\n]{1,12}?(?:${partners})))`, 'g'),
      // 等高校和中国电子科技集团公司第四十八研究所开展…: a list joined after the kind, before its act.
      joined: new RegExp(`^[和及]${list}(?=${acts})`),
      partner: new RegExp(`(?:与|${alternation(lexicon.agencies.roles.joins)})${list}(?=${partners})`, 'g'),
      act: new RegExp(`^(?:${acts})`),
      notAct: new RegExp(`^(?:${alternation(n.notActs)})`),
      named: (x) =>
        x.length >= 4 && !x.includes('的') && !opensWithVerb.test(x) && !places.has(x) && !n.notInName.some((k) => x.includes(k)),
    };
  });
}

/** Reads the universities, institutes and firms a text makes act and hands each span to `add`. */
export function readNamedOrganisations(folded: string, lexicon: Lexicon, add: Add): void {
  const w = words(lexicon);
  if (!w) return;
  const addList = (at: number, list: string) => {
    const items = list.split(/[、和及]/);
    if (!items.every(w.named)) return;
    for (const x of items) {
      add(at, at + x.length);
      at += x.length + 1;
    }
  };
  // 支持…等高校建设…, 支持…开展…: after a cue, a list closed by its kind, or followed by an act that is more than its growth.
  for (const m of folded.matchAll(w.cue)) {
    const end = m.index + m[0].length;
    const after = folded.slice(end, end + 8);
    const grows = w.notAct.exec(after);
    if (after.startsWith('的') || (grows && STOP.test(after.slice(grows[0].length)))) continue;
    const listed = m[1] ?? m[3];
    addList(end - (m[2]?.length ?? 0) - listed.length, listed);
    const joined = m[2] ? w.joined.exec(folded.slice(end, end + 60)) : null;
    if (joined) addList(end + 1, joined[1]);
  }
  // 清华大学、上海交通大学等高校承担…: a list its kind closes, opening a clause.
  for (const m of folded.matchAll(w.opening)) {
    if (folded.startsWith('的', m.index + m[0].length)) continue;
    const listed = m[1] ?? m[3];
    addList(m.index + m[0].length - (m[2]?.length ?? 0) - listed.length, listed);
  }
  // 与清华大学深圳国际研究生院、南方科技大学共建…, 联合山东大学、…共建…: the partners of a joint act.
  for (const m of folded.matchAll(w.partner)) addList(m.index + m[0].length - m[1].length, m[1]);
}
