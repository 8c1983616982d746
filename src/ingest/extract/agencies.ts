import type { Lexicon } from '../lexicon';
import { longestFirst, type SegmentedDocument } from '../segment';
import type { FactSink, NodeFact } from './facts';
import { phraseStart } from './phrase';

// Agencies (部门): 市/省/国家 + name + a body's ending (局/委/办/领导小组 …); names the lexicon
// knows with their aliases; bodies ending in 领导小组/委员会 without a prefix; and lists before
// 等部门 (会同发改、财政等部门). A local body (市…局, 区…委, 某某市…局) belongs to a city: the
// one its name gives, else the document's own, so 市大数据局 of two cities stays two agencies.

const NAME_WORDS = ['建设', '发展', '改革', '管理', '服务'];
// What opens a list of agencies (会同发改、财政等部门); one array, so its sorted form is kept.
const LIST_OPENERS = ['会同', '联合', '协调', '由', '与', '和'];
// A second body joined on (…部署和市委) means the match ran across two phrases.
const JOINERS = /[的、在把将届]|[和与及][市省区县]/;

export interface AgencyMention {
  fact: NodeFact;
  start: number;
  end: number;
  name: string;
}

const LOCAL = /^[市区县]/;

/** The city a local agency belongs to, or undefined for national, provincial and unmarked bodies. */
export function agencyCity(name: string, lexicon: Lexicon, documentCity?: string): string | undefined {
  const named = lexicon.places.cities.find((c) => name.startsWith(c) && LOCAL.test(name.slice(c.length)));
  return named ?? (LOCAL.test(name) ? documentCity : undefined);
}

export function readAgencies(
  seg: SegmentedDocument,
  sink: FactSink,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
  documentCity?: string,
): AgencyMention[] {
  const { folded, document } = seg;
  const lex = lexicon.agencies;
  const out: AgencyMention[] = [];
  const add = (start: number, end: number) => {
    const name = folded.slice(start, end);
    if (!relevant(start) || lex.notNames.includes(name) || name.length < 2 || lex.notEndings.some((w) => name.endsWith(w))) return;
    // Inside a title (《…管理办法》) or a word that only starts like a body (办法, 局面): not an agency.
    if (inTitle(folded, start) || /^[法事理面势]/.test(folded[end] ?? '')) return;
    if (out.some((m) => start < m.end && end > m.start)) return;
    const city = agencyCity(name, lexicon, documentCity);
    const aliases = city && LOCAL.test(name) ? [`${city}${document.text.slice(start, end)}`] : undefined;
    out.push({ fact: sink.node('Agency', document.text.slice(start, end), start, end, { city }, { aliases }), start, end, name });
  };
  // Known names, central bodies first among them, longest form first across all entries so
  // 国务院办公厅 is not read as 国务院.
  const forms = longestFirst(Object.entries({ ...lex.central, ...lex.known }).flatMap(([name, aliases]) => [name, ...aliases]));
  for (const form of forms) {
    for (let i = folded.indexOf(form); i >= 0; i = folded.indexOf(form, i + 1)) {
      // 某某市大数据局: the city written before a known local name is part of it.
      const city = /^[市区县]/.test(form) ? lexicon.places.cities.find((c) => folded.startsWith(c, i - c.length)) : undefined;
      add(i - (city?.length ?? 0), i + form.length);
    }
  }
  const suffix = longestFirst(lex.suffixes).join('|');
  const cities = lexicon.places.cities.map((c) => `${c}市`);
  const prefix = longestFirst([...cities, ...lex.prefixes]).join('|');
  const notAfter = longestFirst(lex.notAfter)
    .map((w) => `(?<!${w})`)
    .join('');
  const re = new RegExp(`${notAfter}(?:${prefix})[\\u4e00-\\u9fa5]{2,10}?(?:${suffix})`, 'g');
  for (const m of folded.matchAll(re)) if (!JOINERS.test(m[0])) add(m.index, m.index + m[0].length);
  // Words that open a name (数字青岛建设…) are not boundaries here.
  const cut = longestFirst([...lexicon.verbs.task.filter((v) => !NAME_WORDS.includes(v)), '的', '和', '、', '高层次']);
  for (const word of longestFirst(lex.phraseEndings)) {
    for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
      const start = phraseStart(folded, i, 14, cut);
      // A short ending (联盟) needs a longer name before it than 领导小组 does: 产业联盟 is a kind.
      if (i - start >= (word.length <= 2 ? 4 : 2)) add(start, i + word.length);
    }
  }
  for (let i = folded.indexOf(lex.listCue); i >= 0; i = folded.indexOf(lex.listCue, i + 1)) {
    const start = phraseStart(folded, i, 20, LIST_OPENERS);
    let at = start;
    for (const part of folded.slice(start, i).split('、')) {
      if (part.length >= 2 && part.length <= 8) add(at, at + part.length);
      at += part.length + 1;
    }
  }
  readRoleNotes(folded, lexicon, add);
  // Standing bodies by their short name (市委, 省政府), where no longer name holds them.
  for (const form of longestFirst(lex.bodies)) {
    for (let i = folded.indexOf(form); i >= 0; i = folded.indexOf(form, i + 1)) add(i, i + form.length);
  }
  return out.sort((a, b) => a.start - b.start);
}

const NOTE = /[(（]([^()（）\n]{2,80})[)）]/g;

/**
 * A role note names its bodies by where they stand, whatever their ending: (省大数据局、省政府办公厅
 * 牵头，各有关部门、各市政府配合) → each item before a role word is a body.
 */
function readRoleNotes(folded: string, lexicon: Lexicon, add: (start: number, end: number) => void): void {
  const r = lexicon.agencies.roles;
  const roleWords = longestFirst([...r.leads, ...r.cooperates]);
  for (const m of folded.matchAll(NOTE)) {
    let at = m.index + 1;
    for (const group of m[1].split(/([，,；;])/)) {
      const role = roleWords.find((w) => group.endsWith(w));
      if (role) {
        let itemAt = at;
        for (const item of group.slice(0, -role.length).split('、')) {
          const name = item.replace(/^由/, '');
          const start = itemAt + item.length - name.length;
          if (name.length >= 2 && name.length <= 20 && !/[的，。]/.test(name)) add(start, start + name.length);
          itemAt += item.length + 1;
        }
      }
      at += group.length;
    }
  }
}

/** True when an offset lies inside 《…》. */
function inTitle(folded: string, at: number): boolean {
  const open = folded.lastIndexOf('《', at);
  return open >= 0 && folded.lastIndexOf('》', at) < open && folded.indexOf('》', at) >= 0;
}
