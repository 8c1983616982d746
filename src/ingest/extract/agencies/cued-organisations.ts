import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared, HAN_CHAR } from '../../segment';
import { kindNamed } from './generic-bodies';

// An organisation named by its field and kind (金融机构, 第三方机构) acts where a cue makes it the
// actor of what follows: in 鼓励金融机构创新消费信贷产品 the cue's object does the innovating, and in
// 充分发挥各类中介咨询机构作用 it plays its part. Other members of the cue's list (企业, 高等院校) are
// passed over; the organisation's own growth after it (支持新型研发机构发展) is no act, and a kind that
// sums a list (银行、担保、小额贷款等机构) names no one.

type Add = (start: number, end: number) => void;

interface CuedKinds {
  cues: string[];
  partCues: string[];
  member: RegExp;
  other: RegExp;
  closes: RegExp;
  named: (name: string) => boolean;
  /** 各类机构: a qualifier and the kind alone, every organisation of the kind. */
  whole: RegExp;
  notActs: readonly string[];
}

const JOIN = /[、和及与]/;
const MEMBERS = 6;

/** Reads the organisations named by kind that a cue makes act, and hands each span to `add`. */
export function readCuedOrganisations(folded: string, lexicon: Lexicon, add: Add): void {
  const k = cuedKinds(lexicon);
  if (!k) return;
  const read = (from: number, part: boolean) => {
    const found: [number, number][] = [];
    let p = from;
    for (let n = 0; n < MEMBERS; n++) {
      k.member.lastIndex = p;
      const m = k.member.exec(folded);
      if (m && (k.named(m[1]) || k.whole.test(m[1]))) {
        found.push([p, p + m[1].length]);
        p += m[1].length;
      } else {
        k.other.lastIndex = p;
        const o = k.other.exec(folded);
        if (!o) break;
        p += o[0].length;
      }
      if (!JOIN.test(folded[p] ?? '')) break;
      p++;
    }
    if (!found.length) return;
    // The act follows the whole list (支持高校、科研机构、龙头企业联合组建…), the part closes it.
    const after = found[found.length - 1][1];
    if (
      part
        ? !k.closes.test(folded.slice(after, after + 30))
        : !HAN_CHAR.test(folded[p] ?? '') || k.notActs.some((w) => folded.startsWith(w, p))
    )
      return;
    for (const [s, e] of found) add(s, e);
  };
  for (const cue of k.cues) for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) read(i + cue.length, false);
  for (const cue of k.partCues) for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) read(i + cue.length, true);
}

// Built once per lexicon.
const cuedKindsOf = new WeakMap<Lexicon, CuedKinds | null>();

function cuedKinds(lexicon: Lexicon): CuedKinds | null {
  return prepared(cuedKindsOf, lexicon, () => {
    const a = lexicon.agencies.acting;
    const c = a.cuedKinds;
    if (!c.cues.length || !c.endings.length) return null;
    const endings = longestFirst(c.endings).join('|');
    return {
      cues: longestFirst(c.cues),
      partCues: longestFirst(a.partCues),
      // A member runs to its kind's ending, holding no joining word, 等 or punctuation.
      member: new RegExp(`((?:(?![、和及与等])[\\u4e00-\\u9fa5]){1,12}?(?:${endings}))`, 'y'),
      other: /[\u4e00-\u9fa5]{1,8}?(?=[、和及与])/y,
      closes: new RegExp(`^[^。；;，,\\n]{0,28}?(?:${longestFirst(a.partEnds).join('|')})`),
      named: kindNamed(lexicon, c.endings, c.notInField, true),
      whole: c.wholeKinds.length ? new RegExp(`^(?:${longestFirst(c.wholeKinds).join('|')})(?:${endings})$`) : /(?!)/,
      notActs: c.notActs,
    };
  });
}
