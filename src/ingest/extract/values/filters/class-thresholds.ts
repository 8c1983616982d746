import type { Lexicon } from '../../../lexicon';
import type { ValueContext } from './value-context';

// A bound right before the noun it sorts defines a class of thing, it measures none: 淘汰关停不达标的
// 30万千瓦以下煤电机组 (the units to close, by size), 超过1000人规模的学校必须配备专职教师 (the schools a
// norm is for), 税收超亿元楼宇 (the buildings counted, by the tax they pay). A count with 以上 before its noun stays
// a value (培育100家以上企业): a lower bound of how many.

/** 以下, then the noun (的 between or not), not a break or an end: 30万千瓦以下煤电机组. */
const BELOW_BEFORE_NOUN = /^\s*的?[\u4e00-\u9fff]/;
const BELOW = '以下';

/** 超亿元, 超千亿元: a round amount over which, written in words alone, the way a class is named. */
const ROUND_OVER = /^(?:超过?|过)[十百千万]*[万亿]元$/;

export function isClassThreshold(v: ValueContext, lexicon: Lexicon): boolean {
  const t = lexicon.indicators.reading.classThresholds;
  if (!t || v.unit === undefined || t.notUnits.includes(v.unit)) return false;
  const after = v.after ?? '';
  // 新增税收超亿元楼宇3座, 成为全省首个地区生产总值超千亿元的城区: the round amount sorts the noun after it.
  if (ROUND_OVER.test((v.raw ?? '').trim())) return BELOW_BEFORE_NOUN.test(after);
  if (t.sizeWords.some((w) => after.trimStart().startsWith(w))) return true;
  const raw = (v.raw ?? '').trimEnd();
  if (raw.endsWith(BELOW)) return BELOW_BEFORE_NOUN.test(after);
  const rest = after.trimStart();
  return rest.startsWith(BELOW) && BELOW_BEFORE_NOUN.test(rest.slice(BELOW.length));
}
