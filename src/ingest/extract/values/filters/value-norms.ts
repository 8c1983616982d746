import type { Lexicon } from '../../../lexicon';
import { quantityVocabulary } from '../../quantity';
import type { ValueContext } from './value-context';

// Norms a text states for each unit or each period are not quantities it measures or commits: the
// unit a reward is counted by (每认定1家高新技术企业，一次性奖励孵化器10万元; 每增长1个百分点的增量) and
// how often a routine recurs (每年调整1次专业, 每5年修订1次职业院校专业目录).

interface NormPatterns {
  /** 每 and a two-character act right before the figure (每认定, 每增长). */
  perAct: RegExp;
  /** A unit or period word after 每: a per-unit or per-period phrase, not an act (每个市, 每家, 每年). */
  notAct: RegExp;
  /** 每 and a period, with or without a count of it, then the act that recurs (每年调整, 每5年修订). */
  routine: RegExp;
}

const cache = new WeakMap<Lexicon, NormPatterns>();
function patterns(lexicon: Lexicon): NormPatterns {
  let p = cache.get(lexicon);
  if (!p) {
    const periods = (lexicon.indicators.reading.perPeriod ?? []).map((w) => w.replace(/^每/, '')).filter((w) => w !== '');
    const oneChar = quantityVocabulary().units.filter((u) => u.length === 1);
    const firsts = [...new Set([...oneChar, ...periods.map((w) => w[0])])].join('');
    p = {
      perAct: /每([\u4e00-\u9fff]{2})\s*$/,
      notAct: new RegExp(`^[${firsts}]`),
      routine: new RegExp(`每\\s*(?:[0-9一二三四五六七八九十两]+\\s*个?)?(?:${periods.join('|')})[\\u4e00-\\u9fff]{1,4}\\s*$`),
    };
    cache.set(lexicon, p);
  }
  return p;
}

/** 每认定1家 · 每增长1个百分点: the single unit a rate or reward is counted by. */
function isBaseOfRate(v: ValueContext, p: NormPatterns): boolean {
  if (v.value !== 1) return false;
  const act = p.perAct.exec(v.before);
  return act !== null && !p.notAct.test(act[1]);
}

/** 每年调整1次专业 · 每3年修订1次教材: the times a routine recurs in each period. */
function isRoutineFrequency(v: ValueContext, p: NormPatterns, lexicon: Lexicon): boolean {
  if (!(lexicon.indicators.reading.routineUnits ?? []).includes(v.unit ?? '')) return false;
  return p.routine.test(v.before.slice(v.before.search(/[^，,；;。:：]*$/)));
}

export function isNorm(v: ValueContext, lexicon: Lexicon): boolean {
  const p = patterns(lexicon);
  return isBaseOfRate(v, p) || isRoutineFrequency(v, p, lexicon);
}
