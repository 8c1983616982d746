import type { Lexicon } from '../../../lexicon';
import { containsAny, prepared, startsWithAny } from '../../../segment';
import type { ValueContext } from './value-context';
import { isArguedRate } from './argued-rates';
import { isClassThreshold } from './class-thresholds';
import { isProcedureDeadline } from './procedure-deadlines';
import { isQualifyingLevel } from './qualifying-levels';
import { countsOwnIndicators } from './indicator-system';
import { countsJointActors } from './joint-actors';
import { isNoteOfMeasure } from './measure-notes';
import { isMilestone } from './milestones';
import { namesMeasuredSet } from './measured-set';
import { countsRankingField } from './ranking-fields';
import { quantityVocabulary } from '../../quantity';
import { isNorm } from './value-norms';
import { CHANGE_TO } from '../periods/change-to';

// Numbers that are read well but are not values of an indicator (指标值): the plan's own task
// count (推进36项任务, a Plan property), a count of documents issued (印发…等5个专项工作方案),
// and, in a report, a count per period (每年推出10个…), which describes a practice, not what
// the period achieved. Also: a phase label glued to a name (某中心二期), and the tallies of a sentence that counts tasks
// (N项重点任务中M项已完成). A policy's offer and who qualifies for it (the rate it applies to each
// applicant's amount, 按总投入的30%; a bound written inclusive, 不低于50万元(含50万元)), rankings, a
// table named by number and service round the clock are not values either.

const DIGITS = /[0-9０-９]/;
const MULTIPLIED = /[万亿千百]/;

/** Earlier members of an enumeration the number closes (首次突破500亿元、200亿元、…): read past them. */
const ENUMERATED = /(?:[0-9.]+\s*[万亿千百]*\s*[\u4e00-\u9fff%]{0,2}\s*、\s*)+$/;
/** Who qualifies: a level followed by 的 in a clause that says for whom (对…500万元以上的，…). */
const QUALIFYING = /^\s*(?:及?以上|以下|以内)?的/;
// …or whose own measure it bounds, the clause opening on 其 (对引进的…展会，其租赁面积在10000平方米以上的，…).
const FOR_WHOM = /[对凡]|^\s*其/;
/** The first N of a ranking (前10名, 投入前1000家), not 目前 / 提前 / 此前, nor a deadline (2025年底前超过45万个). */
const TOP_N = /(?<![目提之此当以底末])前\s*$/;
/** Earlier members of the list a scope word opens (围绕N条产业链和…): read past them. */
const SCOPE_MEMBERS = /(?:[0-9.一二三四五六七八九十百千万亿]+[^0-9,，。;；]{0,12}?(?:和|及|与|、))+$/;
/** 围绕N条产业链和M个产业集群，…: the set a task works around, as it stands; not a value. */
function isScopeOfTask(v: ValueContext, lexicon: Lexicon): boolean {
  const before = v.before.replace(SCOPE_MEMBERS, '').trimEnd();
  return (lexicon.indicators.reading.scopeCues ?? []).some((w) => before.endsWith(w));
}
/** A table, figure or annex named by number (如表1所示). */
const REFERENCE = /(?:表|图|附件)\s*$/;

/**
 * An amount bounding whom a measure is about (营业收入5000万元以上的规上工业企业, 投资500万元以上重点技改
 * 项目, 收入超10亿元的系统解决方案供应商, 收入过N亿元的…产业集群): a threshold of money before the
 * enterprises, projects or clusters it picks.
 */
const BOUND = /^超|以上$|以下$/;
const PICKED = /^\s*(?:及?以上|以下)?的?[^,，。;；、\d]{0,8}?(?:企业|项目|供应商|服务商|集群|园区|基地)/;
function moneyBoundOfWho(v: ValueContext): boolean {
  const after = v.after ?? '';
  const bound = BOUND.test(v.raw ?? '') || /^\s*(?:及?以上|以下)/.test(after) || /(?:超过?|过)\s*$/.test(v.before);
  return v.unit === '元' && bound && PICKED.test(after);
}

/** 人均…标准 before the number: the level of a per-capita standard, not an offer. */
function namesPerCapitaStandard(before: string, r: Lexicon['indicators']['reading']): boolean {
  const per = Math.max(-1, ...(r.perCapitaWords ?? []).map((w) => before.lastIndexOf(w)));
  return per >= 0 && containsAny(before.slice(per), r.standardWords ?? []);
}

/** Whether the text ends on a standard and the word that raises it (…补助标准提高). */
function endsOnRaisedStandard(tail: string, r: Lexicon['indicators']['reading']): boolean {
  const raise = (r.raiseWords ?? []).find((w) => tail.endsWith(w));
  return raise !== undefined && (r.standardWords ?? []).some((w) => tail.slice(0, -raise.length).endsWith(w));
}

const RAISE_FILLERS = /(?:\s|均|分别|统一|又|再|了)+$/;
const PER_HEAD_TAIL = /(?:人均|每人每年|每人每月|每人)?\s*$/;

/**
 * 抚恤和生活补助标准提高20%以上 (the rate a standard is raised by) and 城乡居民基本医保财政补助标准提高到人均320元
 * (the level it is raised to, per head): how much a standard rose or where it stands, not an offer.
 */
function raisesStandard(v: ValueContext, r: Lexicon['indicators']['reading']): boolean {
  if (v.unit === '%' && endsOnRaisedStandard(v.before.replace(RAISE_FILLERS, ''), r)) return true;
  const to = v.before.replace(PER_HEAD_TAIL, '');
  return /[到至]$/.test(to) && endsOnRaisedStandard(to.slice(0, -1), r);
}

/** …奖补资金等增幅均超过10%: a rate right after a change word is how much a quantity grew, not an offer. */
function namesChange(v: ValueContext, changeEndings: string[]): boolean {
  const tail = v.before.replace(/(?:\s|均|分别|超过|超|达到|达|为|了|约|近)+$/, '');
  return v.unit === '%' && changeEndings.some((w) => tail.endsWith(w));
}

/** 按总投入的30%, 按照不超过投资额10%的比例: the rate a measure applies to each applicant's amount. */
const RATE_OF = /按/;
const RATE_TAIL = /的\s*$/;
const RATE_HEAD = /^\s*的?比例/;
/** (含50万元) beside a bound: the edge of who qualifies, written inclusive. */
const INCLUSIVE_AFTER = /^\s*[(（]含\s*[0-9.]+/;
const INCLUSIVE_BEFORE = /[(（]含\s*$/;

/**
 * 中央财政安排1000亿元专项奖补资金, 安排城乡医疗救助补助资金160亿元: a total allocated to a fund,
 * not what each applicant is offered.
 */
const ALLOCATED = /(?:安排|下达|筹集|拨付)[^，,。；;、\d]{0,14}$/;
const FUND_AFTER = /^[^，,。；;、\d]{0,8}(?:资金|基金)/;
const FUND_BEFORE = /(?:资金|基金)\s*$/;
/**
 * 财政补助由每人每年380元提高到420元, 占比最高…的税率从17%降至13%: a standard or rate changed from one
 * level to another, both levels, no offer.
 */
const PAIR_START_BEFORE = /[从由]\s*(?:人均|每人每年|每人每月|每人|每月|每年)?\s*$/;
const PAIR_START_AFTER = new RegExp(`^\\s*${CHANGE_TO}`);
const PAIR_END_BEFORE = new RegExp(`[从由][^，,。；;]{0,12}?\\d[^，,。；;]{0,4}?${CHANGE_TO}\\s*$`);
/** The change word may be read with the number (提高到420元): then the start stands right before it. */
const PAIR_END_RAW = new RegExp(`^\\s*${CHANGE_TO}`);
const PAIR_START_LEFT = /[从由][^，,。；;]{0,12}?\d[^，,。；;\d]{0,4}$/;
function changesLevel(v: ValueContext): boolean {
  if (PAIR_START_BEFORE.test(v.before) && PAIR_START_AFTER.test(v.after ?? '')) return true;
  return PAIR_END_BEFORE.test(v.before) || (PAIR_END_RAW.test(v.raw ?? '') && PAIR_START_LEFT.test(v.before));
}

function allocatesFund(v: ValueContext): boolean {
  return v.unit === '元' && ALLOCATED.test(v.before) && (FUND_BEFORE.test(v.before) || FUND_AFTER.test(v.after ?? ''));
}

/** A policy's offer per applicant: its words around an amount or rate; an amount in a report only when per head. */
function isOffer(v: ValueContext, r: Lexicon['indicators']['reading'], changeEndings: string[] = []): boolean {
  if (INCLUSIVE_AFTER.test(v.after ?? '') || INCLUSIVE_BEFORE.test(v.before)) return true;
  if (v.unit === '%' && RATE_OF.test(v.before) && (RATE_TAIL.test(v.before) || RATE_HEAD.test(v.after ?? ''))) return true;
  if (namesChange(v, changeEndings) || raisesStandard(v, r) || allocatesFund(v) || changesLevel(v)) return false;
  const around = `${v.before}|${(v.after ?? '').slice(0, 8)}`;
  // The offer's words may follow its rate (按合同金额的30%给予补助).
  if (v.unit === undefined || !(r.offerUnits ?? []).includes(v.unit) || !containsAny(around, r.offerCues ?? [])) return false;
  if (namesPerCapitaStandard(v.before, r)) return false;
  return !v.reported || v.unit !== '元' || containsAny(around, r.offerPerHeadCues ?? r.offerCues ?? []);
}

/** A policy's offer per applicant, an eligibility threshold, or a small count written in words. */
function isOfferOrWordCount(v: ValueContext, lexicon: Lexicon): boolean {
  const r = lexicon.indicators.reading;
  if (isOffer(v, r, lexicon.indicators.changeEndings)) return true;
  const before = v.before.replace(ENUMERATED, '');
  const reached = before.replace(/[达到突破超过]+$/, '');
  if ((r.thresholdCues ?? []).some((w) => before.endsWith(w) || reached.endsWith(w))) return true;
  if (containsAny(v.before.slice(v.before.search(/[^，,；;、]*$/)), r.thresholdNouns ?? [])) return true;
  // 两次降低存款准备金率: times counted at the head of a clause are actions taken.
  if (v.unit !== undefined && (r.actionCountUnits ?? []).includes(v.unit) && v.before.trim() === '') return false;
  if (QUALIFYING.test(v.after ?? '') && FOR_WHOM.test(v.before)) return true;
  if (moneyBoundOfWho(v)) return true;
  return (
    v.raw !== undefined &&
    v.value !== undefined &&
    !DIGITS.test(v.raw) &&
    !MULTIPLIED.test(v.raw) &&
    v.unit !== '%' &&
    v.unit !== '倍' && // a multiple in words (增加两倍, 提高一倍) is a measure, not a count
    Math.abs(v.value) <= (r.smallWordCount ?? 0) &&
    !isBuiltCount(v, lexicon) &&
    !isRatePerPeriod(v, r)
  );
}

/**
 * 每月一课时, 每月至少两课时: a count in words right after a per-period word is a rate the text sets,
 * a value, not a count of its own tasks or of named things.
 */
function isRatePerPeriod(v: ValueContext, r: Lexicon['indicators']['reading']): boolean {
  const before = v.before.trimEnd();
  const bound = quantityVocabulary().bounds.find((w) => before.endsWith(w)) ?? '';
  const tail = before.slice(0, before.length - bound.length);
  return (r.perPeriod ?? []).some((w) => tail.endsWith(w));
}

const WORD_COUNT = '[一二两三四五六七八九十]+';
/** How far back a building verb may govern a list of counted works, and the words right after it. */
const GOVERNS = 48;
const FIRST_ITEM = 16;
const DONE_REACH = 14;

/**
 * A small count in words that counts works built or opened: a building verb governs it — right
 * before it (建成哈萨尔和东升路两个市民广场) or over a list of counted works (建设一座…,一条…、两条…) —
 * or its noun is followed by a completion (三条主干道路建成通车). Or it counts times a policy
 * moved (两次降低存款准备金率). Not the document's own tasks (四个方面) nor named things (三个“十条”).
 */
function isBuiltCount(v: ValueContext, lexicon: Lexicon): boolean {
  const b = lexicon.indicators.reading.builtCounts;
  if (!b || v.unit === undefined) return false;
  const after = v.after ?? '';
  if (v.unit === '次') return !(v.raw ?? '').startsWith('二') && startsWithAny(after, b.repeatedActs) !== '';
  // 三个“十条”: a count of named documents or slogans, not of works.
  if (!b.units.includes(v.unit) || after.startsWith('“') || v.before.endsWith('“')) return false;
  if (lexicon.plans.projectCountNouns.some((n) => after.startsWith(n))) return false;
  if (countsNamesListed(v) && buildsInClause(v, b.verbs)) return true;
  const clauseAfter = after.slice(0, DONE_REACH).split(/[,，;；。]/)[0];
  if (b.done.some((w) => clauseAfter.includes(w))) return true;
  const lead = (v.lead ?? v.before).slice(-GOVERNS);
  const verbAt = Math.max(...b.verbs.map((w) => lead.lastIndexOf(w) + (lead.lastIndexOf(w) >= 0 ? w.length : 0)));
  if (verbAt <= 0 || /[;；。]/.test(lead.slice(verbAt))) return false;
  const [first, ...rest] = lead.slice(verbAt).split(/[,，]/);
  const counted = new RegExp(`^${WORD_COUNT}(?:${b.units.join('|')})`);
  return rest.length === 0 ? first.length <= FIRST_ITEM : [first, ...rest].every((item) => counted.test(item));
}

/** The items of the list that ends right before a count: A、B、C, or the pair A和B of its last item. */
const LIST_JOINS = /和|及|与/;
const MIN_NAME = 2;

/**
 * 世界反法西斯战争海拉尔纪念园、哈克文化遗址公园两个核心旅游景区: a count in words equal to the names
 * listed right before it counts those works, however long the names, when a building verb opens its clause.
 */
function countsNamesListed(v: ValueContext): boolean {
  const n = v.value ?? 0;
  if (n < 2) return false;
  const items = (v.before.split(/[,，;；。:：]/).pop() ?? '').split('、');
  const pair = items[items.length - 1].split(LIST_JOINS);
  const listed = pair.length === n ? pair : items.length - 1 + pair.length === n ? [...items.slice(0, -1), ...pair] : [];
  return listed.length === n && listed.every((name) => name.trim().length >= MIN_NAME);
}

/**
 * A building verb in the count's own clause, before it (全面启动…两个核心旅游景区二期建设), or naming the works
 * done to what it counts after it (重点做好友联、友好两个新村的二期工程建设).
 */
function buildsInClause(v: ValueContext, verbs: readonly string[]): boolean {
  if (containsAny(v.before.split(/[,，;；。:：]/).pop() ?? '', verbs)) return true;
  const rest = v.sentence !== undefined && v.lead !== undefined ? v.sentence.slice(v.lead.length) : (v.after ?? '');
  return containsAny(rest.slice(0, rest.search(PHRASE_END) >>> 0), verbs);
}

// Built once per list of nouns (the lexicon's): a pattern compiled anew per sentence cost more than its test.
const tallies = new WeakMap<readonly string[], RegExp>();
const TALLY = (nouns: readonly string[]) =>
  prepared(tallies, nouns, () => new RegExp(`[0-9一二三四五六七八九十百]+项(?:${nouns.join('|')})(?![\\u4e00-\\u9fff]{0,2}[率额量])`));

/**
 * Whether a sentence counts tasks, remembered for the last sentence: every number of a sentence
 * asks about the same sentence, and testing it anew per number made a long sentence with many
 * numbers cost the square of its length.
 */
let lastTally: { nouns: readonly string[]; sentence: string; counts: boolean } | undefined;
function countsTasks(sentence: string, nouns: readonly string[]): boolean {
  if (lastTally?.sentence !== sentence || lastTally.nouns !== nouns) {
    lastTally = { nouns, sentence, counts: TALLY(nouns).test(sentence) };
  }
  return lastTally.counts;
}
/**
 * A ranking (排名从78位上升到43位, 位居全国前10名, 研发投入前1000家), a reference to a table or
 * figure (如表1所示), or a service's hours round the clock (7×24小时, 24小时不打烊): not values.
 */
function isRankOrReference(v: ValueContext, lexicon: Lexicon): boolean {
  const ix = lexicon.indicators;
  // A rank's marker may sit in an earlier clause of its sentence (排名从78位，上升到43位).
  const ranked = containsAny(v.before, ix.rankingMarkers) || (v.sentence !== undefined && v.sentence.includes('排名'));
  if (v.unit !== undefined && ix.rankingUnits.includes(v.unit) && ranked) return true;
  if (TOP_N.test(v.before)) return true;
  if (REFERENCE.test(v.before)) return true;
  return v.unit === '小时' && v.value === 24 && !/^\s*内/.test(v.after ?? '');
}

/** 14亿多人口大国 / 近14亿人口的发展中大国 / 14亿多中国人: the nation's population named in passing, the noun right after the figure. */
function isPopulationSpoken(v: ValueContext, lexicon: Lexicon): boolean {
  const after = afterFigure(v);
  return (lexicon.indicators.reading.populationNouns ?? []).some((w) => after.startsWith(w));
}

/** What follows the figure, the approximation read with the number dropped (近14亿中国人). */
const afterFigure = (v: ValueContext) => `${v.raw ?? ''}${v.after ?? ''}`.replace(/^[\d.,万亿多余近约超逾\s]+/, '');

/**
 * The nation's stock of people said in passing, to weigh a task, not a result or a goal: opening its
 * sentence (我国有2.9亿在校学生, 我国60岁以上人口已达2.5亿), listed after what the nation has
 * (我国有13亿人口、9亿劳动力资源), or the whole nation owning what follows (保障好14亿人的粮食安全).
 */
function isNationStock(v: ValueContext, lexicon: Lexicon): boolean {
  const n = lexicon.indicators.reading.nationStock;
  if (!n) return false;
  // 保障好14亿人的粮食安全: the whole nation's people, owning what follows, said to weigh a task.
  if (n.scale !== undefined && (v.value ?? 0) >= n.scale && n.owned.some((w) => afterFigure(v).startsWith(w))) return true;
  const subject = v.before.replace(ENUMERATED, '').trimEnd();
  const listed = n.subjects.some((s) => n.having.some((h) => subject.endsWith(`${s}${h}`)));
  if (listed && n.population.some((w) => afterFigure(v).startsWith(w))) return true;
  if (v.unit !== undefined && v.unit !== '人') return false;
  const lead = (v.lead ?? '').trim();
  const opening = n.subjects.find((w) => lead.startsWith(w));
  if (!opening) return false;
  const rest = lead.slice(opening.length).replace(/已$/, '');
  return n.having.includes(rest) || (rest.length <= 12 && !/[，,；;]/.test(rest) && n.population.some((w) => rest.endsWith(w)));
}

/** How many characters of a name may stand between the count and its head (10分钟[健身]圈, 106项[卫生]标准). */
const NAME_GAP = 4;

/** A count that is part of a name: a rule (28条配套规定), a reach (10分钟健身圈), a standard met (达到国家106项卫生标准). */
function isCountInName(v: ValueContext, lexicon: Lexicon): boolean {
  const n = lexicon.indicators.reading.countNames;
  if (!n || v.unit === undefined) return false;
  const after = v.after ?? '';
  // The head within a few characters of one phrase (no punctuation between).
  const phrase = after.slice(0, NAME_GAP + 2).split(/[,，、;；。“”]/)[0];
  const headWithin = (heads: readonly string[]) => heads.some((h) => phrase.includes(h));
  if (n.articleUnits.includes(v.unit) && startsWithAny(after, n.articleHeads) !== '') return true;
  if (n.radiusUnits.includes(v.unit) && headWithin(n.radiusEnds)) return true;
  if (!n.standardUnits.includes(v.unit) || !headWithin([n.standardHead])) return false;
  const level = n.standardLevels.find((w) => v.before.endsWith(w));
  const met = level ? v.before.slice(0, -level.length) : v.before;
  return n.meetCues.some((c) => met.endsWith(c));
}

// The plan suffixes as a list, read once per lexicon (every number asks).
const suffixCache = new WeakMap<Lexicon, string[]>();
function planSuffixes(lexicon: Lexicon): string[] {
  let list = suffixCache.get(lexicon);
  if (!list) suffixCache.set(lexicon, (list = Object.keys(lexicon.plans.suffixes)));
  return list;
}

/** 以解决三个1亿人问题为着力点: a figure after a count in words is part of what is counted, a name. */
const COUNTED_BEFORE = /[一二两三四五六七八九十]个\s*$/;

/** What follows a figure that grades a noun: the noun itself, not a bound or a break (时速350公里以上, 时速350公里，). */
const GRADED_NOUN = /^\s*的?(?!以上|以下|以内|左右)[\u4e00-\u9fff]/;

/**
 * 三次产业结构 (a term with a numeral), 220千伏变电站 (a voltage class), 时速600公里高速磁悬浮列车 (a
 * product's class, the figure between its grade word and its noun): nothing is counted or measured.
 */
function isTermOrGrade(v: ValueContext, lexicon: Lexicon): boolean {
  const r = lexicon.indicators.reading;
  if (v.unit !== undefined && (r.gradeUnits ?? []).includes(v.unit)) return true;
  if ((r.gradeLeads ?? []).some((w) => v.before.trimEnd().endsWith(w)) && GRADED_NOUN.test(v.after ?? '')) return true;
  return startsWithAny(`${v.raw ?? ''}${v.after ?? ''}`, r.numeralTerms ?? []) !== '';
}

/** Where a project's phrase ends: a break in the sentence (a 、 list of projects runs on). */
const PHRASE_END = /[，,；;。:：]/;

/**
 * 大唐700万吨露天矿、麦多利10万吨大麦芽二期等项目, 亘富200万吨褐煤提质项目年内投产: a capacity glued between a
 * name and the product of a project whose phrase ends in a project head names the project; it measures nothing.
 */
function isCapacityInProjectName(v: ValueContext, lexicon: Lexicon): boolean {
  const c = lexicon.indicators.reading.capacityNames;
  // Glued to its owner's name, or an item of a list of projects no verb governs (大唐700万吨露天煤矿、
  // 400万吨褐煤提质、5万千瓦风电…等项目前期工作扎实推进; not 新建5条主干道路、2台热水锅炉…等项目, what was built).
  const listed = (): boolean => v.before.trimEnd().endsWith('、') && !lexicon.verbs.task.some((w) => (v.lead ?? '').includes(w));
  if (!c || !(v.glued || listed()) || v.unit === undefined || !c.units.includes(v.unit) || v.sentence === undefined || v.lead === undefined)
    return false;
  const after = v.after ?? '';
  if (!GRADED_NOUN.test(after) || after.startsWith('的') || startsWithAny(after, c.acts) !== '') return false;
  const rest = v.sentence.slice(v.lead.length);
  const phrase = rest.slice(0, rest.search(PHRASE_END) >>> 0);
  return c.heads.some((h) => phrase.includes(h));
}

/**
 * 各中小学至少配备1名专职或兼职心理健康教育教师, 每5所幼儿园配备1名责任督学: a clause opening on each unit whose
 * verb provides sets a norm; neither the count each gets nor the base it is counted by (每5所) is a quantity.
 */
function isProvisionNorm(v: ValueContext, lexicon: Lexicon): boolean {
  const n = lexicon.indicators.reading.provisionNorms;
  if (!n) return false;
  const clause = v.before.slice(v.before.search(/[^，,；;。:：]*$/)).trim();
  if (!n.opens.some((w) => clause.startsWith(w))) return false;
  const bare = clause.replace(/(?:至少|须|要|应|均)+$/, '');
  if (n.verbs.some((w) => bare.endsWith(w))) return true;
  // 每5所幼儿园配备…: the base right after 每, its verb in the words that follow.
  const rest = v.sentence !== undefined && v.lead !== undefined ? v.sentence.slice(v.lead.length) : (v.after ?? '');
  const phrase = rest.slice(0, rest.search(PHRASE_END) >>> 0);
  return clause === '每' && n.verbs.some((w) => phrase.includes(w));
}

/**
 * A share as the clause's subject (80%的社区办公用房, 约45%的受访者): the level it reaches with 以上/以下 is its
 * bar, and so is a rate it exceeds (约45%的受访者参加线上会议次数占总参会次数的比例超20%).
 */
const SHARE_SUBJECT = /^\s*(?:约|近|超过|超)?\s*(?:[0-9.]+\s*%|[一二三四五六七八九]成)\s*(?:以上|左右)?\s*的/;
const BAR_MARK = /^\s*(?:以上|以下)|(?:以上|以下)$/;
const RATE_BAR = /^\s*超/;
function isBarOfShare(v: ValueContext): boolean {
  const clause = v.before.split(/[,，;；。:：]/).pop() ?? '';
  if (!SHARE_SUBJECT.test(clause)) return false;
  const bar = BAR_MARK.test(v.raw ?? '') || BAR_MARK.test(v.after ?? '');
  return v.unit !== '%' ? bar : bar || RATE_BAR.test(v.raw ?? '');
}

export function isNotAValue(v: ValueContext, lexicon: Lexicon): boolean {
  const plans = lexicon.plans;
  if (isTermOrGrade(v, lexicon) || isBarOfShare(v) || isCapacityInProjectName(v, lexicon) || isProvisionNorm(v, lexicon)) return true;
  if (isPopulationSpoken(v, lexicon) || isNationStock(v, lexicon)) return true;
  if (isNorm(v, lexicon) || countsOwnIndicators(v, lexicon) || isArguedRate(v, lexicon)) return true;
  if (isClassThreshold(v, lexicon) || namesMeasuredSet(v, lexicon) || isNoteOfMeasure(v) || countsJointActors(v, lexicon)) return true;
  if (isQualifyingLevel(v) || isProcedureDeadline(v) || isMilestone(v)) return true;
  if (COUNTED_BEFORE.test(v.before) && DIGITS.test(v.raw ?? '')) return true;
  if (isRankOrReference(v, lexicon) || countsRankingField(v, lexicon)) return true;
  if (isScopeOfTask(v, lexicon)) return true;
  // 5个层面, 两个层级: a count of the parts a structure is described by.
  if (startsWithAny((v.after ?? '').trimStart(), lexicon.indicators.reading.groupingNouns ?? []) !== '') return true;
  if (isCountInName(v, lexicon)) return true;
  if (plans.taskCountNouns.includes(v.name)) return true;
  const planWord = planSuffixes(lexicon).some((s) => v.name.endsWith(s));
  if (planWord && containsAny(v.before, plans.issueCues)) return true;
  if (isOfferOrWordCount(v, lexicon)) return true;
  if (v.glued && v.unit !== undefined && (lexicon.indicators.reading.phaseUnits ?? []).includes(v.unit)) return true;
  if (v.sentence !== undefined && plans.taskCountNouns.length && countsTasks(v.sentence, plans.taskCountNouns)) return true;
  // 过去五年，…每年惠及3700多万学生: under a look back over years, a yearly figure is that span's. A
  // standard raised from one level to another (基础养老金最低标准从每月70元提高到88元) is per month by
  // its nature: both levels are values; so is an average the sentence takes over its period.
  return (
    v.reported && !v.overSpan && containsAny(v.before, lexicon.indicators.reading.perPeriod ?? []) && !changesLevel(v) && !isAveraged(v)
  );
}

/**
 * 全年新登记企业增长24.5%，平均每天新增1.5万户，…各类市场主体每天新增4.5万户: a per-day figure after 平均
 * in its sentence is the year's average, a measure of the year, not a practice repeated each day.
 */
const AVERAGED = /平均每|日均/;
function isAveraged(v: ValueContext): boolean {
  return AVERAGED.test(v.lead ?? v.before);
}
