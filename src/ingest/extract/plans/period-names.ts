import type { Lexicon } from '../../lexicon';
import { foldForMatching } from '../../normalise';
import { alternation, prepared } from '../../segment';
import { phraseStart } from '../text/phrase';

// Where a plan named with a five-year period starts. The words before the period name its place or field
// (山东省“十四五”教育事业发展规划, 西部大开发“十三五”规划, 军队建设“十四五”规划); the verb, preposition, share or
// count a sentence writes before them do not (紧扣“十一五”规划, 对本地区“十一五”规划的实施情况, 部分“十四五”规划重大工程,
// 16个区级“十四五”规划), and a place closing them opens the name (召开北京市“十四五”规划实施中期评估工作启动会).

interface PeriodWords {
  /** A five-year period, quoted or not (“十四五”, 十四五): where it stands in a name. */
  period: RegExp;
  /** Words a name does not reach back over: the cue verbs, end words and predicate verbs of the plan readers. */
  bounds: string[];
  /** What opens words that are no part of the name (对, 部分, 各), or a count (16个). */
  notFirst: RegExp;
  /** A known place closing the words (北京市, 山东省): the name opens at it. */
  place: RegExp;
  /** The document's own place word closing them (本市, 我省): the plan is the bare period's, at that level. */
  own: RegExp;
}

const wordsOf = new WeakMap<Lexicon, PeriodWords>();
const LEVEL_ENDS = ['自治区', '省', '市', '区', '县'];
const COUNT = '[\\d一二三四五六七八九十两]+个';

function periodWords(lexicon: Lexicon, boundaries: readonly string[]): PeriodWords {
  return prepared(wordsOf, lexicon, () => {
    const { plans, places } = lexicon;
    const named = plans.named;
    const notFirst = plans.fiveYearNotFirst.map(foldForMatching);
    const placeNames = [...places.cities, ...places.provinces];
    return {
      period: new RegExp(`[“"‘「]?(?:${alternation(Object.keys(plans.fiveYearPeriods))})`),
      bounds: [...boundaries, ...named.standingBounds.map(foldForMatching)],
      notFirst: new RegExp(`^(?:${[...(notFirst.length ? [alternation(notFirst)] : []), COUNT].join('|')})`),
      place: new RegExp(`(?:${alternation(placeNames)})(?:${alternation(LEVEL_ENDS)})?$`),
      own: new RegExp(`(?:${alternation(Object.keys(plans.levels.own))})$`),
    };
  });
}

/**
 * The start of a name read over [start, end) that holds a five-year period: unchanged when the name holds none
 * or opens with it; else moved past the words before the period that are no part of the name.
 */
export function periodNameStart(folded: string, start: number, end: number, lexicon: Lexicon, boundaries: readonly string[]): number {
  const w = periodWords(lexicon, boundaries);
  const p = w.period.exec(folded.slice(start, end));
  if (!p || p.index === 0) return start;
  const at = start + p.index;
  const from = phraseStart(folded, at, at - start, w.bounds, start);
  const words = folded.slice(from, at);
  if (!words || w.own.test(words) || w.notFirst.test(words)) return at;
  const place = w.place.exec(words);
  return place ? at - place[0].length : from;
}
