import type { Lexicon } from '../lexicon';
import { longestFirst, prepared } from '../segment';
import type { PlanKind } from './plan-names';

// Programmes named without a head word (规划, 战略 …), read from their shape:
// - a region's development carried out as a whole (统筹推进西部大开发、东北全面振兴; 推动成渝地区双城经济圈建设;
//   海南自由贸易港建设稳步推进): a region word of the lexicon, a development word, after a cue verb,
//   in the enumeration that follows one, or opening its clause before a verb (稳步推进);
// - an initiative built together (共建“一带一路”): the joint-building verb and a quoted name.
// Region words, development words and verbs are vocabulary (plans.json → named.programmes).

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => longestFirst(words).map(escape).join('|');

export interface Programme {
  start: number;
  end: number;
  kind: PlanKind;
}

interface ProgrammePatterns {
  regional?: { re: RegExp; after: RegExp; cueList: RegExp };
  joint?: RegExp;
}
// Built once per lexicon, not per document.
const patternsOf = new WeakMap<Lexicon, ProgrammePatterns>();
function patterns(lexicon: Lexicon): ProgrammePatterns {
  return prepared(patternsOf, lexicon, () => {
    const { named } = lexicon.plans;
    const { regions, developments, jointly, outcomes = [], leads = [] } = named.programmes;
    const out: ProgrammePatterns = {};
    if (regions.length && developments.length) {
      const name = `(?:${alternation(regions)})[^，。；、：,;:\\n（）()《》“”]{0,14}?(?:${alternation(developments)})`;
      const follows = alternation([...named.afterCues, ...outcomes]);
      const re = new RegExp(
        `(${alternation([...named.cues, ...leads])}|、|^|[，。；：,;:\\n])(${name})(?=[，。；、：,;:\\n]|等|$|${follows})`,
        'g',
      );
      const after = new RegExp(`^(?:${follows})`);
      // 扎实推进自贸试验区、海南自由贸易港建设: every item of a list a cue verb opens is its object.
      const cueList = new RegExp(`(?:${alternation(named.cues)})(?:[^，。；、：,;:\\n]{1,14}、)+$`);
      out.regional = { re, after, cueList };
    }
    if (jointly.length) out.joint = new RegExp(`(?:${alternation(jointly)})(“[^“”\\n，。]{2,12}”)`, 'g');
    return out;
  });
}

export function readProgrammes(folded: string, lexicon: Lexicon): Programme[] {
  const out: Programme[] = [];
  const { regional, joint } = patterns(lexicon);
  if (regional) {
    const { re, after, cueList } = regional;
    const listedAfterCue = (at: number) => {
      const clause = folded.slice(0, at + 1);
      return cueList.test(clause.slice(clause.search(/[^，。；：,;:\n]*$/)));
    };
    let lastEnd = -1;
    for (const m of folded.matchAll(re)) {
      const start = m.index + m[1].length;
      const end = start + m[2].length;
      const lead = m[1];
      // An item of an enumeration counts only when the item before it did.
      const ok =
        lead === '、'
          ? m.index === lastEnd || listedAfterCue(m.index)
          : /^[，。；：,;:\n]?$/.test(lead)
            ? after.test(folded.slice(end, end + 6))
            : true;
      if (!ok) continue;
      out.push({ start, end, kind: 'strategy' });
      lastEnd = end;
    }
  }
  if (joint) {
    for (const m of folded.matchAll(joint)) {
      const start = m.index + m[0].length - m[1].length;
      out.push({ start, end: start + m[1].length, kind: 'initiative' });
    }
  }
  return out;
}
