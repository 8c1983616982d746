import type { Lexicon } from '../../lexicon';
import { carriedOutWords } from './carried-out';
import { alternation, longestFirst, prepared } from '../../segment';
import type { PlanKind } from './plan-names';

// Programmes named without a head word (规划, 战略 …), read from their shape:
// - a region's development carried out as a whole (统筹推进西部大开发、东北全面振兴; 推动成渝地区双城经济圈建设;
//   海南自由贸易港建设稳步推进): a region word of the lexicon, a development word, after a cue verb,
//   in the enumeration that follows one or after a joiner (融入“一带一路”建设和长三角一体化发展), or opening its clause
//   before a verb (稳步推进);
// - a region's programme area built as a whole, closing its clause (依托黄金水道，建设长江经济带。; 加快建设西部陆海新通道。):
//   the area's name ends in an area word (经济带, 新通道), after a building verb;
// - an initiative built together (共建“一带一路”): the joint-building verb and a quoted name;
// - a national programme whose name alone says so (推进“一带一路”建设), wherever written, with its kind where it is
//   not an initiative (“约法三章”, the State Council's rules), or named by the quality it builds into the nation
//   (打造健康中国, 深入推进美丽中国建设);
// - a place's programme named by the quality it builds there (大力实施平安海拉尔建设; 深化平安海拉尔、法治海拉尔建设,
//   each item of the list its tail closes; 美丽河北建设), where the place is a known province or city or the text names its
//   government (海拉尔区人民政府): not 法治政府建设, 数字政府建设.
// Region words, development words and verbs are vocabulary (plans.json → named.programmes).

export interface Programme {
  start: number;
  end: number;
  kind: PlanKind;
}

/** A list's summary as strategies: 三大战略 (…、长江经济带发展三大战略). */
const COUNTED_STRATEGIES = '[两三四五六七八九十]大战略';
/** What closes a 、-list of strategies, read from an item's end: 等…重大战略, 三大战略 (not past the clause). */
const STRATEGY_SUMMARY = new RegExp(`^[^，。；,;:：\\n]{0,40}?(?:等[^，。；,;:：、\\n]{0,8}战略|${COUNTED_STRATEGIES})`);

interface ProgrammePatterns {
  regional?: { re: RegExp; after: RegExp; cueList: RegExp; compass?: { word: RegExp; rest: RegExp } };
  built?: RegExp;
  joint?: RegExp;
  standing?: RegExp;
  standingNames: string[];
  /** 数字中国建设峰会, “数字中国”标杆实践区: an event or a zone named after a standing programme. */
  namedAfter?: RegExp;
  /** 平安海拉尔、“法治海拉尔”建设: the list of placed names its tail closes; `item` reads one of them. */
  placed?: { list: RegExp; item: RegExp; governments: string[]; places: Set<string> };
}
// Built once per lexicon, not per document.
const patternsOf = new WeakMap<Lexicon, ProgrammePatterns>();
function patterns(lexicon: Lexicon): ProgrammePatterns {
  return prepared(patternsOf, lexicon, () => {
    const { named } = lexicon.plans;
    const { regions, developments, jointly, outcomes = [], leads = [], rounds = [] } = named.programmes;
    const out: ProgrammePatterns = { standingNames: [] };
    if (regions.length && developments.length) {
      // 新一轮东北振兴: a round word before the region is part of the programme's name.
      const round = rounds.length ? `(?:${alternation(rounds)})?` : '';
      const name = `${round}(?:${alternation(regions)})[^，。；、：,;:\\n（）()《》“”]{0,14}?(?:${alternation(developments)})`;
      const follows = alternation([...carriedOutWords(named), ...outcomes]);
      // A list may close with the count of its items (…、长江经济带发展“三大战略”).
      const counted = '“?[一二三四五六七八九十两]+大';
      // 融入“一带一路”建设和长三角一体化发展: a joiner after another programme opens the next as a 、 does.
      const re = new RegExp(
        `(${alternation([...named.cues, ...leads, ...named.leadingJoiners])}|、|^|[，。；：,;:\\n])(${name})(?=[，。；、：,;:\\n]|等|$|${counted}|${follows})`,
        'g',
      );
      const after = new RegExp(`^(?:${follows})`);
      // 扎实推进自贸试验区、海南自由贸易港建设: every item of a list a cue verb opens is its object.
      const cueList = new RegExp(`(?:${alternation(named.cues)})(?:[^，。；、：,;:\\n]{1,14}、)+$`);
      out.regional = { re, after, cueList, compass: compassPatterns(named, round) };
      const { areas = [], builds = [] } = named.programmes;
      if (areas.length && builds.length) {
        const area = `(?:${alternation(regions)})[^，。；、：,;:\\n（）()《》“”]{0,6}?(?:${alternation(areas)})`;
        out.built = new RegExp(`(?:${alternation(builds)})(${area})(?=[，。；,;\\n]|$)`, 'g');
      }
    }
    if (jointly.length) out.joint = new RegExp(`(?:${alternation(jointly)})(“[^“”\\n，。]{2,12}”)`, 'g');
    const { standingTails = [], standingEndsBefore = [], nation, nationQualities = [] } = named.programmes;
    // 美丽中国建设: a quality the nation is built to have, with the nation's name, is a standing name.
    const standing = [...(named.programmes.standing ?? []), ...(nation ? nationQualities.map((q) => q + nation) : [])];
    out.standingNames = longestFirst(standing);
    const { thingsNamedAfter = [] } = named.programmes;
    if (thingsNamedAfter.length) out.namedAfter = new RegExp(`^”?\\p{Script=Han}{0,2}(?:${alternation(thingsNamedAfter)})`, 'u');
    if (standing.length) {
      // The name with its tail (…建设), or alone where no word goes on from it (not “一带一路”联合实验室),
      // or where what follows is its outcome or a word for its course (推进新型城镇化取得新突破, …新型城镇化道路).
      const ends = [...outcomes, ...standingEndsBefore];
      const alone = `(?=[^\\u4e00-\\u9fa5]|[和与及的等]|${ends.length ? `${alternation(ends)}|` : ''}$)`;
      const tail = standingTails.length ? `(?:${alternation(standingTails)}|${alone})` : alone;
      out.standing = new RegExp(`(?:${alternation(standing)})${tail}`, 'g');
    }
    const { placed = [], placeGovernments = [] } = named.programmes;
    if (placed.length && placeGovernments.length && standingTails.length) {
      const item = `“?(?:${alternation(placed)})\\p{Script=Han}{2,4}?”?`;
      out.placed = {
        list: new RegExp(`(?:${item}、)*${item}(?=${alternation(standingTails)})`, 'gu'),
        item: new RegExp(`^“?(?:${alternation(placed)})(\\p{Script=Han}{2,4})”?$`, 'u'),
        governments: placeGovernments,
        places: new Set([...lexicon.places.cities, ...lexicon.places.provinces]),
      };
    }
    return out;
  });
}

export function readProgrammes(folded: string, lexicon: Lexicon): Programme[] {
  const out: Programme[] = [];
  const { regional, built, joint, standing, standingNames, namedAfter, placed } = patterns(lexicon);
  const kinds = lexicon.plans.named.programmes.standingKinds ?? {};
  if (regional) {
    const { re, after, cueList, compass } = regional;
    const listedAfterCue = (at: number) => {
      const clause = folded.slice(0, at + 1);
      return cueList.test(clause.slice(clause.search(/[^，。；：,;:\n]*$/)));
    };
    let lastEnd = -1;
    // Items turned down so far in the list being read: a list whose last item is carried out (…、长三角一体化发展稳步实施)
    // names programmes in each item, from its clause's start (京津冀协同发展、长江经济带发展、…稳步实施).
    let pending: Programme[] = [];
    for (const m of folded.matchAll(re)) {
      const start = m.index + m[1].length;
      const end = start + m[2].length;
      const lead = m[1];
      // An item of an enumeration counts only when the item before it did, or when a verb follows it
      // (…全面实施、新一轮东北振兴深入推进), or when its list's summary names strategies (…、胶东经济圈一体化发展、…等青岛市重大战略).
      const followed = after.test(folded.slice(end, end + 6));
      const ok =
        lead === '、'
          ? m.index === lastEnd || listedAfterCue(m.index) || followed || STRATEGY_SUMMARY.test(folded.slice(end, end + 48))
          : /^[，。；：,;:\n]?$/.test(lead)
            ? followed
            : true;
      const listed = lead === '、' && pending.length > 0 && pending[pending.length - 1].end === m.index;
      if (!listed) pending = [];
      if (!nationsRegion(m[2], compass)) continue;
      if (!ok) {
        if (lead === '、' ? listed : /^[，。；：,;:\n]?$/.test(lead)) pending.push({ start, end, kind: 'strategy' });
        continue;
      }
      if (listed && followed) out.push(...pending);
      pending = [];
      out.push({ start, end, kind: 'strategy' });
      lastEnd = end;
    }
  }
  if (built) {
    for (const m of folded.matchAll(built)) {
      const start = m.index + m[0].length - m[1].length;
      if (!out.some((p) => p.start < start + m[1].length && start < p.end)) out.push({ start, end: start + m[1].length, kind: 'strategy' });
    }
  }
  if (joint) {
    for (const m of folded.matchAll(joint)) {
      const start = m.index + m[0].length - m[1].length;
      out.push({ start, end: start + m[1].length, kind: 'initiative' });
    }
  }
  if (standing) {
    for (const m of folded.matchAll(standing)) {
      // Inside a 《》 title the name is part of that plan's (《“一带一路”数字经济国际合作倡议》).
      if (folded.lastIndexOf('《', m.index) > folded.lastIndexOf('》', m.index)) continue;
      if (out.some((p) => p.start <= m.index && m.index < p.end)) continue;
      if (namedAfter?.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      const name = standingNames.find((w) => m[0].startsWith(w));
      out.push({ start: m.index, end: m.index + m[0].length, kind: (name === undefined ? undefined : kinds[name]) ?? 'initiative' });
    }
  }
  if (placed) out.push(...readPlaced(folded, placed, lexicon.plans.named.programmes.standingTails ?? [], out));
  return out;
}

/**
 * A direction (西部, 东北) opening a region's development: the nation's region is the direction alone or with 地区, then
 * only the development's manner (中部地区加快崛起), examples after 等 (东北地区等老工业基地振兴) or a programme area
 * (西部陆海新通道建设) before the development; another noun there makes it a part of a place (自治区推动东部盟市跨越发展).
 */
function compassPatterns(named: Lexicon['plans']['named'], round: string): { word: RegExp; rest: RegExp } | undefined {
  const { compass = [], regionWord = '', developments, areas = [] } = named.programmes;
  if (!compass.length) return undefined;
  const manner = named.afterAdverbs.length ? `(?:(?:${alternation(named.afterAdverbs)})(?:${alternation(named.afterVerbs)})?)?` : '';
  const area = areas.length ? `|\\p{Script=Han}{0,6}?(?:${alternation(areas)})` : '';
  return {
    word: new RegExp(`^${round}(?:${alternation(compass)})`),
    rest: new RegExp(`^(?:${regionWord})?(?:(?:等\\p{Script=Han}{1,10}?)?${manner}${area})(?:${alternation(developments)})$`, 'u'),
  };
}

/** Whether a region's development read is the nation's region's: a direction opening it must stand as one (see above). */
function nationsRegion(name: string, compass: { word: RegExp; rest: RegExp } | undefined): boolean {
  const direction = compass?.word.exec(name);
  return !direction || compass!.rest.test(name.slice(direction[0].length));
}

/** 深化平安海拉尔、法治海拉尔建设: each item of a list of placed names, the last with its tail. */
function readPlaced(
  folded: string,
  { list, item, governments, places }: NonNullable<ProgrammePatterns['placed']>,
  tails: readonly string[],
  read: readonly Programme[],
): Programme[] {
  const out: Programme[] = [];
  for (const m of folded.matchAll(list)) {
    if (read.some((p) => p.start < m.index + m[0].length && m.index < p.end)) continue;
    const tail = tails.find((t) => folded.startsWith(t, m.index + m[0].length)) ?? '';
    let at = m.index;
    const items = m[0].split('、');
    items.forEach((written, i) => {
      const place = item.exec(written)?.[1];
      // A province or city the place lists know (山东, 河北), or a place whose government the text names
      // (海拉尔区人民政府); not another noun (法治政府, 数字政府, 平安校园).
      if (place && (places.has(place) || governments.some((g) => folded.includes(place + g)))) {
        out.push({ start: at, end: at + written.length + (i === items.length - 1 ? tail.length : 0), kind: 'programme' });
      }
      at += written.length + 1;
    });
  }
  return out;
}
