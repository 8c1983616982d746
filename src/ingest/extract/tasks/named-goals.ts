import type { Lexicon } from '../../lexicon';
import { alternation, type Span } from '../../segment';

// A goal of a five-year period quoted with its figure where a result is reported or a shortfall measured
// (提前完成“十二五”规划确定的3万户棚户区改造目标, 提前完成“十三五”下降18%的目标, 距“十三五”目标3000张): the figure
// is the period's goal, due at its end, not what was achieved. The period named for when results were had
// (“十三五”期间, 以来, 时期) or as a base (比“十三五”末) names no goal; its end (规划确定的“十四五”末6万个目标) is the goal's date.

const cache = new WeakMap<Lexicon, RegExp>();
function namePattern(lexicon: Lexicon): RegExp {
  let re = cache.get(lexicon);
  if (!re) {
    const names = alternation(Object.keys(lexicon.plans.fiveYearPeriods));
    re = new RegExp(`(?<![比较与是于][“"‘]?)[“"‘]?(${names})[”"’]?(?!期间|时期|以来)`, 'g');
    cache.set(lexicon, re);
  }
  return re;
}

const CLAUSE_BREAK = /[,，;；:：。！？!?\n]/;
const GOAL = '目标';
const FIGURE = /[0-9]/;
/** How far after the figure its goal word may stand (3万户棚户区改造目标). */
const GOAL_WITHIN = 12;

/**
 * The five-year period whose goal the figure ending at `to` is: its name in the figure's clause before it, and 目标
 * between them or right after the figure in the same clause. `clauseStart` is where the figure's clause starts.
 */
export function namedGoal(folded: string, clauseStart: number, to: number, lexicon: Lexicon): { years: string; cue: Span } | undefined {
  let from = to;
  while (from > clauseStart && !CLAUSE_BREAK.test(folded[from - 1])) from--;
  const clause = folded.slice(from, to);
  if (!clause.includes('五')) return undefined;
  let name: RegExpExecArray | undefined;
  for (const m of clause.matchAll(namePattern(lexicon))) name = m as RegExpExecArray;
  if (!name) return undefined;
  const afterName = clause.slice(name.index + name[0].length);
  // “十二五”规划确定的主要目标任务全面完成: a unit judged at its end with no figure quotes no goal's figure.
  if (!FIGURE.test(afterName)) return undefined;
  const rest = folded.slice(to, to + GOAL_WITHIN);
  const cut = rest.search(CLAUSE_BREAK);
  const after = cut < 0 ? rest : rest.slice(0, cut);
  if (!afterName.includes(GOAL) && !after.includes(GOAL)) return undefined;
  const at = from + name.index + name[0].indexOf(name[1]);
  return { years: lexicon.plans.fiveYearPeriods[name[1]], cue: { start: at, end: at + name[1].length } };
}
