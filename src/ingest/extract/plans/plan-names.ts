import type { Properties } from '../../../model';
import type { Lexicon } from '../../lexicon';
import { containsAny, firstIn, longestFirst, prepared } from '../../segment';

// What a plan's name says about it: kind (行动方案 → action plan), level (国家/省/市), city,
// year or period (2024年, 2023—2025年, 十四五). Works on the folded name.

export type PlanKind = NonNullable<import('../../../model').PlanProps['kind']>;

// A draft or edition note after the name: （试行）, （修订草案征求意见稿）, （2022版）, （一）.
const EDITION = /[(（][^()（）]{1,12}[)）]\s*$/;
/** A version after the head (臺灣AI行動計畫2.0): the plan's second edition, still a plan of that head. */
const VERSION_AFTER = /(?<=[\u4e00-\u9fa5])\s*\d+\.\d+$/;
const PERIOD_IN_PARENS = /[(（]\s*(20\d{2})\s*[-—–~至]\s*(20\d{2})\s*年?\s*[)）]\s*$/;

// Asked for every plan name and candidate: the lexicon's lists, sorted once per lexicon.
const nameWordsOf = new WeakMap<Lexicon, { suffixes: string[]; levelsBefore: [string, string][] }>();
function nameWords(lexicon: Lexicon) {
  return prepared(nameWordsOf, lexicon, () => ({
    suffixes: longestFirst(Object.keys(lexicon.plans.suffixes)),
    levelsBefore: Object.entries(lexicon.plans.levels.before).sort((a, b) => b[0].length - a[0].length),
  }));
}

/** The plan kind a title names, or undefined when it is not a plan (报告, 清单, 排名 …). */
export function planKindOf(name: string, lexicon: Lexicon): PlanKind | undefined {
  const core = name.replace(PERIOD_IN_PARENS, '').replace(EDITION, '').replace(VERSION_AFTER, '');
  for (const suffix of nameWords(lexicon).suffixes) {
    if (!core.endsWith(suffix) || core.length <= suffix.length + 1) continue;
    // 《…排名报告》 is not a plan, but a plan may name one of those words (数字乡村标准体系建设指南), and
    // an ending may hold one (市场准入负面清单 is a regulation, though 清单 alone is not a plan).
    const before = core.slice(0, -suffix.length);
    return lexicon.plans.notPlans.some((w) => before.endsWith(w) || (core.endsWith(w) && !suffix.endsWith(w)))
      ? undefined
      : (lexicon.plans.suffixes[suffix] as PlanKind);
  }
  return undefined;
}

/** Two or three characters of a place's name and 县 opening a name; not a kind of county (各县, 全县, 本县, 我县). */
const COUNTY_OPENS = /^(?![各全本我该每])[\u4e00-\u9fa5]{2,3}县(?![级域城])/;

/** `ownCity`: the document's own city, which a plan name may carry though the lexicon lacks it. */
export function planLevelOf(name: string, lexicon: Lexicon, ownCity?: string): { level?: string; city?: string } {
  const { levels } = lexicon.plans;
  // 市场, 城市, 区域 … carry a level character but name no level.
  for (const w of longestFirst(levels.notLevel)) if (name.includes(w)) name = name.split(w).join('·');
  // 庐江县国民经济和社会发展第十四个五年规划…: a county the name opens with runs the plan, listed or not.
  if (COUNTY_OPENS.test(name)) return { level: 'district' };
  const city = firstIn(name, lexicon.places.cities) ?? (ownCity && name.includes(ownCity) ? ownCity : undefined);
  if (containsAny(name, levels.national)) return { level: 'national' };
  // A city named before any province: 青岛市“山东通”…规范 is the city's own.
  const cityAt = city ? name.indexOf(city) : -1;
  const provinceAt = Math.min(...lexicon.places.provinces.map((p) => name.indexOf(p)).filter((i) => i >= 0), Infinity);
  // 中共北京市海淀区委 北京市海淀区人民政府关于…: a district's own bodies after its city make the plan the district's.
  if (city && cityAt < provinceAt)
    return districtAfter(name, cityAt, levels.district) ? { level: 'district', city } : { level: 'municipal', city };
  if (lexicon.places.provinces.some((p) => name.includes(p)) || containsAny(name, levels.provincial)) return { level: 'provincial' };
  if (city || containsAny(name, levels.municipal)) return { level: 'municipal', city };
  if (containsAny(name, levels.district)) return { level: 'district' };
  // 制造强国战略, 科技强区战略: the level a strategy makes strong is the one that runs it.
  const built = Object.entries(levels.builtInto).find(([w]) => name.includes(w));
  return built ? { level: built[1] } : {};
}

/** A district's body written after the city (北京市海淀区委, 青岛市市南区人民政府), not a first-person word. */
function districtAfter(name: string, cityAt: number, words: readonly string[]): boolean {
  return words.some((w) => /^[区县]/.test(w) && w.length > 1 && !/^[区县]长$/.test(w) && name.indexOf(w, cityAt) > cityAt);
}

/**
 * The level a word right before a plan's name gives it (自治区“8337”发展思路, 国家“十四五”规划纲要,
 * 我市人才引进培养升级政策): a level word, or a single level character not inside a longer name.
 */
export function levelBefore(folded: string, start: number, lexicon: Lexicon): string | undefined {
  const before = folded.slice(Math.max(0, start - 4), start);
  for (const [word, level] of nameWords(lexicon).levelsBefore) {
    if (!before.endsWith(word)) continue;
    const prev = before[before.length - word.length - 1] ?? '';
    if (word.length > 1 || !/[\u4e00-\u9fff]/.test(prev)) return level;
  }
  return undefined;
}

export function planTimeOf(name: string, lexicon: Lexicon): { year?: number; period?: string } {
  const range = /(20\d{2})\s*[-—–~至]\s*(20\d{2})/.exec(name);
  if (range) return { period: `${range[1]}-${range[2]}` };
  const year = /(20\d{2})年/.exec(name);
  if (year) return { year: Number(year[1]), period: year[1] };
  for (const [word, period] of Object.entries(lexicon.plans.fiveYearPeriods)) if (name.includes(word)) return { period };
  return {};
}

/** Properties a plan's own name gives. National and provincial 规划 are their own kinds. */
export function planProperties(name: string, kind: PlanKind, lexicon: Lexicon, ownCity?: string): Properties {
  const { level, city } = planLevelOf(name, lexicon, ownCity);
  let k: string = kind;
  if (kind === 'development_plan' && level === 'national') k = 'national_plan';
  if (kind === 'development_plan' && level === 'provincial') k = 'provincial_plan';
  const out: Properties = { kind: k };
  if (level) out.level = level;
  if (city) out.city = city;
  Object.assign(out, planTimeOf(name, lexicon));
  return out;
}

/** The same plan name with its year replaced: the series key for SUCCEEDS (2025 → 2024). */
export function withYear(name: string, year: number): string | undefined {
  return /(20\d{2})年/.test(name) ? name.replace(/(20\d{2})年/, `${year}年`) : undefined;
}

const HAN = /[\u3400-\u9fff]/;

/**
 * A name written in traditional script is kept as written; its simplified form (the folded name)
 * is an alias, so a search in either script finds it. Empty when the two differ in no Han character.
 */
export function otherScript(written: string, folded: string): string[] {
  if (written.length !== folded.length) return [];
  for (let i = 0; i < written.length; i++) if (written[i] !== folded[i] && HAN.test(written[i])) return [folded];
  return [];
}
