import type { Lexicon } from '../../lexicon';
import { alternation, prepared } from '../../segment';
import type { Programme } from './programmes';

// Laws a text names without 《》 (a law is a Plan of kind regulation):
// - by the one word it always goes by (严格依照宪法和基本法办事; 宪法是我们根本的活动准则), unless a word
//   after it makes it another thing (宪法宣传周);
// - after words that say it was revised (新修订的环境保护法必须严格执行; 落实好新修订的个人所得税法):
//   only a law is revised and named so, whatever its name ends in before 法;
// - before words of its making (外商投资法获得通过; 优化营商环境条例颁布实施; 加快网络安全法立法进程): a name from its
//   clause's start to 法 or 条例, less the verbs before it (加快), not a word that only ends so (办法, 执法).
// Words are lexicon data (plans.json → named.laws).

interface LawPatterns {
  standing?: RegExp;
  revised?: RegExp;
  enacted?: RegExp;
  cue?: RegExp;
}

const patternsOf = new WeakMap<Lexicon, LawPatterns>();
function lawPatterns(lexicon: Lexicon): LawPatterns {
  return prepared(patternsOf, lexicon, () => {
    const { standing, notAfter, revised, enacted, enactedHeads, notLaws, enactedCues } = lexicon.plans.named.laws;
    const out: LawPatterns = {};
    if (standing.length) {
      const after = notAfter.length ? `(?!${alternation(notAfter)})` : '';
      out.standing = new RegExp(`(?:${alternation(standing)})${after}`, 'g');
    }
    // The law's name: a few words up to 法, none of them a clause mark or 的; not 法律 / 法规 (a class of laws).
    if (revised.length) out.revised = new RegExp(`(?:${alternation(revised)})([\\u4e00-\\u9fa5]{2,14}?法)(?![律规典])`, 'g');
    if (enacted.length && enactedHeads.length) {
      const not = notLaws.length ? `(?<!${alternation(notLaws)})` : '';
      out.enacted = new RegExp(
        `(?<=^|[\\s。；;，,：:、“”])([\\u4e00-\\u9fa5]{2,16}?(?:${alternation(enactedHeads)}))${not}(?=${alternation(enacted)})`,
        'g',
      );
      if (enactedCues.length) out.cue = new RegExp(`^(?:${alternation(enactedCues)})+`);
    }
    return out;
  });
}

/** The laws named in a folded text without 《》: their spans, the name only. */
export function readLaws(folded: string, lexicon: Lexicon): Programme[] {
  const { standing, revised, enacted, cue } = lawPatterns(lexicon);
  const out: Programme[] = [];
  const inTitle = (at: number) => folded.lastIndexOf('《', at) > folded.lastIndexOf('》', at);
  for (const m of standing ? folded.matchAll(standing) : []) {
    if (!inTitle(m.index)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'regulation' });
  }
  for (const m of revised ? folded.matchAll(revised) : []) {
    const start = m.index + m[0].length - m[1].length;
    if (!inTitle(start) && !m[1].includes('的')) out.push({ start, end: start + m[1].length, kind: 'regulation' });
  }
  for (const m of enacted ? folded.matchAll(enacted) : []) {
    const verbs = cue?.exec(m[1])?.[0].length ?? 0;
    const start = m.index + verbs;
    if (m[1].length - verbs >= 3 && !inTitle(start) && !m[1].includes('的'))
      out.push({ start, end: m.index + m[1].length, kind: 'regulation' });
  }
  return out;
}
