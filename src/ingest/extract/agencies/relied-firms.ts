import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// The firms a task relies on carry it out: in 依托天能集团、超威集团等龙头企业，打造新能源电池产业集群 the two groups
// build the cluster. They are read only where the list names each firm and its kind closes it (等龙头企业, 等企业), so
// what a task draws on (依托各市产业基础) and a list of kinds (依托行业协会、科研院所、高校等机构) stay unread; a list
// holding one item that is no firm's name is read not at all.

type Add = (start: number, end: number) => void;

// An item: a name of Han characters, letters or digits, with perhaps a short note in brackets (…（深圳）).
const ITEM = '[\\u4e00-\\u9fa5A-Za-z0-9]{2,12}?(?:[(（][\\u4e00-\\u9fa5]{1,4}[)）])?';
const MAX_ITEMS = 6;
// How far after the cue the list and its closing kind are looked for.
const REACH = 120;

/** Reads the firms a cue of reliance names before their kind and hands each span to `add`. */
export function readReliedFirms(folded: string, lexicon: Lexicon, add: Add): void {
  const words = reliedWords(lexicon);
  if (!words) return;
  for (const cue of words.cues) {
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
      const p = i + cue.length;
      const m = words.list.exec(folded.slice(p, p + REACH));
      if (!m) continue;
      const items = m[1].split('、');
      if (!items.every((item) => words.named(item))) continue;
      let at = p;
      for (const item of items) {
        add(at, at + item.length);
        at += item.length + 1;
      }
    }
  }
}

interface ReliedWords {
  cues: string[];
  list: RegExp;
  named: (item: string) => boolean;
}

const reliedWordsOf = new WeakMap<Lexicon, ReliedWords | null>();

function reliedWords(lexicon: Lexicon): ReliedWords | null {
  return prepared(reliedWordsOf, lexicon, () => {
    const a = lexicon.agencies.acting;
    const r = a.reliedFirms;
    if (!a.organisationCues.length || !r.kinds.length) return null;
    const places = new Set([...lexicon.places.cities, ...Object.keys(lexicon.places.provincialNames)]);
    return {
      cues: longestFirst(a.organisationCues),
      list: new RegExp(`^(${ITEM}(?:、${ITEM}){0,${MAX_ITEMS - 1}})等[\\u4e00-\\u9fa5]{0,4}?(?:${longestFirst(r.kinds).join('|')})`),
      // A firm's name: no kind or scope word (重点企业, 各类机构) and no place alone (济南、青岛等市的企业).
      named: (item) =>
        !r.notOpeners.some((w) => item.startsWith(w)) &&
        !r.notEndings.some((w) => item.endsWith(w)) &&
        !places.has(item) &&
        !/[省市县区]$/.test(item),
    };
  });
}
