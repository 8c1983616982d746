import type { Lexicon } from '../../lexicon';
import {
  alternation,
  eachPlace,
  firstCharacters,
  HAN_CHAR,
  innermostPlace,
  longestFirst,
  namedPlace,
  placeBefore,
  placesAbove,
  prepared,
  withinPlace,
  wordEndingAt,
  type SegmentedDocument,
} from '../../segment';
import type { FactSink, NodeFact } from '../facts/facts';
import { readActingCities } from './acting-cities';
import { readAddressees } from './addressees';
import { readBareGovernment } from './bare-government';
import { readBracketedBodies } from './bracketed-bodies';
import { readChosenRegions } from './chosen-regions';
import { readCuedOrganisations } from './cued-organisations';
import { oneRegion, readActingBodies } from './generic-bodies';
import { readHeadingIssuers } from './heading-issuers';
import { readLevelLists } from './level-lists';
import { LEVEL, readGenericBodies } from './kind-bodies';
import { readNamedActors } from './named-actors';
import { readListNeighbours } from './list-neighbours';
import { readMemberLists } from './member-lists';
import { JOINERS, readNamedByPlace } from './named-by-place';
import { readOffices } from './offices';
import { readPilotPlaces } from './pilot-places';
import { readNamedOrganisations } from './named-organisations';
import { readReliedFirms } from './relied-firms';
import { readRoleNotes } from './role-notes';
import { readSetUpBodies } from './set-up-bodies';
import { readSharedMeetings } from './shared-meetings';
import { readTableColumns } from './table-columns';
import { zoneStart } from './zone-bodies';
import { phraseStart, titleTest } from '../text/phrase';
import { unwrap } from '../text/wrapped';

// Agencies (部门): 市/省/国家 + name + a body's ending (局/委/办/领导小组 …); names the lexicon
// knows with their aliases; bodies ending in 领导小组/委员会 without a prefix; and lists before
// 等部门 (会同发改、财政等部门). A local body (市…局, 区…委, 某某市…局) belongs to a city: the
// one its name gives, else the document's own, so 市大数据局 of two cities stays two agencies.

const NAME_WORDS = ['建设', '发展', '改革', '管理', '服务'];
// What opens a list of agencies (会同发改、财政等部门); one array, so its sorted form is kept.
const LIST_OPENERS = ['会同', '联合', '协调', '由', '与', '和'];

export interface AgencyMention {
  fact: NodeFact;
  start: number;
  end: number;
  name: string;
}

// 县级以上地方各级人民政府: a level word (县级, 市级) names every place of that level, not one.
const LOCAL = /^[市区县](?!级)/;

/** The city a local agency belongs to, or undefined for national, provincial and unmarked bodies. */
export function agencyCity(name: string, lexicon: Lexicon, documentCity?: string): string | undefined {
  // 市场监管总局: a central body that starts like a local one belongs to no city.
  if (agencyWords(lexicon).central.has(name)) return undefined;
  // 郑州市人民政府, 崂山区政府: the place the name opens with, listed or not; the innermost of a chain
  // (呼伦贝尔市海拉尔区人民政府 is 海拉尔's).
  const named = innermostPlace(name, lexicon)?.place;
  return named ?? (LOCAL.test(name) ? documentCity : undefined);
}

export function readAgencies(
  seg: SegmentedDocument,
  sink: FactSink,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
  documentCity?: string,
): AgencyMention[] {
  const { document } = seg;
  // Names are read in a view where a line the layout wrapped is joined again (最高⏎人民检察院).
  const view = unwrap(seg.folded);
  const folded = view.text;
  const lex = lexicon.agencies;
  const routing = routingRanges(folded, lex.routingLines);
  const found: { start: number; end: number }[] = [];
  // The reading that covers each character: a new span's overlaps are found on its own characters, not by a look at
  // every reading so far (readings never overlap one another).
  const cover: ({ start: number; end: number } | undefined)[] = new Array(folded.length);
  // 宣传、网信部门: a field read from a list sharing one head has the head as another written form.
  const headAliases = new Map<number, [number, string]>();
  const inTitle = titleTest(folded, true);
  const { notEndingLast, ownedRe, cut: cutWords } = agencyWords(lexicon);
  const notEnding = (name: string) =>
    (notEndingLast.has(NaN) || notEndingLast.has(name.charCodeAt(name.length - 1))) && lex.notEndings.some((w) => name.endsWith(w));
  // A name-shaped longer reading of the same words wins (国务院学位委员会 over 国务院); any other
  // overlapping one loses.
  const ownedThing = (end: number) => {
    const m = ownedRe?.exec(folded.slice(end, end + OWNED_REACH));
    // The words between the name and the thing hold no verb (标准制定 names the thing itself) and no preposition
    // (行业协会商会在标准制定…方面的作用: the body acts in that work).
    return !!m && !OWNED_GAP.test(m[1]) && !cutWords.some((v) => v.length > 1 && m[1].includes(v));
  };
  const shortForm = shortFormOpening(lexicon);
  const add = (from1: number, end: number, longer = false) => {
    // （以下简称园区科创委）: the short form a text gives the body it has just named starts after the words that give it.
    const short = shortForm?.exec(folded.slice(from1, end));
    const from0 = from1 + (short?.[0].length ?? 0);
    // 中共北京市委办公厅: 中共 written before a place's party committee opens its name.
    const start =
      folded.startsWith(PARTY_OPENER, from0 - PARTY_OPENER.length) && PARTY.test(folded.slice(from0, end))
        ? from0 - PARTY_OPENER.length
        : from0;
    const name = folded.slice(start, end);
    const [from] = view.span(start, end);
    if (!relevant(from) || lex.notNames.includes(name) || name.length < 2 || notEnding(name)) return;
    // 统筹指导41个部门: a count of bodies, none of them named; 打造“数字化防疫指挥部”总目标: a goal's name.
    if (COUNTED.test(name) || COUNT_ONLY.test(name) || PLACES_COUNTED.test(name) || GOAL_AFTER.test(folded.slice(end, end + 4))) return;
    // Inside a title (《…管理办法》), a word that only starts like a body (办法, 局面, 办公用房) or a
    // document number (市政办发〔2020〕6号): not an agency.
    if (
      (inTitle(start) && !titleIssuer(folded, start, end)) ||
      // …机构面向企业, …机构公开服务条件: 面向 and 公开 open an act, not a word the name ran into (局面, 办公).
      /^(?:[法事理势置]|面(?!向)|公(?!开))/.test(folded.slice(end, end + 2)) ||
      // 区政协各位委员: a 委 before 员 names the members, not a committee; 委托 (entrust) and 办学 (run
      // schools) are verbs, no body's ending (市级政府委托高校…, 面向市场灵活开放办学).
      (name.endsWith('委') && /[员托]/.test(folded[end] ?? '')) ||
      // 由市委常委、常务副市长担任组长: a standing committee's member (常委) is a post; its body is the 常委会.
      (name.endsWith('常委') && folded[end] !== '会') ||
      (name.endsWith('办') && folded[end] === '学') ||
      // 全国人大代表工作信息化平台: 人大代表 are the deputies, not the congress.
      (name.endsWith('人大') && folded.startsWith('代表', end)) ||
      /^[发函]?〔/.test(folded.slice(end, end + 2)) ||
      // 财政部门, 教育部门: a kind of department, not the ministry.
      // …工作部署: a deployment, not a party committee's department (市委社会工作部).
      (name.endsWith('部') && /[门署]/.test(folded[end] ?? '')) ||
      // 区国税局综合业务用房: a building the body's name qualifies, no act between them.
      ownedThing(end) ||
      // 相关地方性法规: 地方性 says a rule is local; no place acts.
      (name.endsWith('地方') && folded[end] === '性') ||
      // 明确各项数据的采集责任部门: the department a duty is to be given to, not yet anyone.
      (name.endsWith(RESPONSIBLE) && ASSIGNS.test(folded.slice(Math.max(0, start - ASSIGN_REACH), start)))
    )
      return;
    if (routing.some(([a, b]) => start >= a && start < b)) return;
    const over: { start: number; end: number }[] = [];
    for (let k = start; k < end; k++) {
      const m = cover[k];
      if (m && !over.includes(m)) over.push(m);
    }
    // Only a reading that extends a name from its own start wins (国务院|学位委员会), not one that
    // runs a subject and its verb into the next body (国务院提请全国人大常委会).
    if (over.length && (!longer || over.some((m) => m.start !== start || m.end >= end))) return;
    for (const m of over) {
      found.splice(found.indexOf(m), 1);
      cover.fill(undefined, m.start, m.end);
    }
    const span = { start, end };
    found.push(span);
    cover.fill(span, start, end);
  };
  // The names of spans written short: a zone listed before a shared committee head (成都高新区、…管委会), a city a list
  // wrote once for all (济南、青岛等市).
  const spanNames = new Map<number, string>();
  // The addressees of a notice, each whole (addressees.ts), read on the lines as written: a title line the layout
  // rule joins to the addressee line after it (…的通知⏎各市(州)人民政府,…:) leaves the addressees a line of their own.
  for (const a of readAddressees(seg.folded)) {
    add(view.of(a.start), view.of(a.end));
    if (a.name) spanNames.set(view.of(a.start), a.name);
  }
  // 各市、区人民政府: the governments of several levels listed as one, before its parts are read (level-lists.ts).
  readLevelLists(folded, lexicon, add);
  // The bodies heading a joint notice's title, spaced apart before 关于 (heading-issuers.ts).
  readHeadingIssuers(folded, lexicon, add);
  // Known names, central bodies first among them, longest form first across all entries so
  // 国务院办公厅 is not read as 国务院.
  const w = agencyWords(lexicon);
  const { branchRe, cut, cutOnList, prefix } = w;
  const branchAt = (end: number) => (lex.branchEndings.length ? (branchRe.exec(folded.slice(end, end + 14))?.[0].length ?? 0) : 0);
  const { unitRe, facilityRe } = w;
  const unitBreaks = [...w.cut, ...lexicon.places.placeOpeners].filter((v) => v.length > 1);
  // 党中央统揽全局: a word ending in an institute's ending (全局, 公司) closes no department.
  const notUnitEnd = (unit: string) => lex.notInstituteEndings.some((e) => unit.endsWith(e));
  // A zone's name ends at a verb, a joining word or a list's 、 (会同新区财政金融局, …管委会、中关村科技园区管理委员会).
  const { zoneBounds } = w;
  // One pass over the text for every known name (eachPlace), in the order a search per name gives.
  eachPlace(folded, w.forms, (form, i) => {
    // 省大数据局: a level written before a name known without one is part of it.
    const level = !LEVEL.test(form) && LEVEL.test(folded[i - 1] ?? '') ? 1 : 0;
    // 某某市大数据局: the city written before a known local name is part of it.
    // 新区大数据局: a level word that ends a zone's name opens the body with the zone's name.
    const zone = level ? zoneStart(folded, i - level, lexicon, zoneBounds) : i;
    if (zone < 0) return;
    const at = Math.min(i - level, zone);
    // 山东省大数据局: the province's short name written before 省 is part of the name too.
    const city = LOCAL.test(folded[at])
      ? placeBefore(folded, at, lexicon)
      : level
        ? provinceBefore(folded, at, folded.slice(at, i), lexicon)
        : 0;
    // 金融监管总局山东监管局, 人民银行济南分行: a central body's branch in a place is named after it.
    const central = w.central.has(form);
    const branch = central ? branchAt(i + form.length) : 0;
    // 中国科学院海洋研究所: a central body's institute is named after it; 中科院济南科创城: a
    // place and a facility after the name make it a facility's name, no body acting.
    // 工业和信息化部运行监测协调局: a ministry's department or bureau is named after it too, where no act or joining word
    // runs the name into another body (财政部会同税务总局).
    const unitMatch = central && !branch ? unitRe?.exec(folded.slice(i + form.length, i + form.length + UNIT_REACH))?.[0] : undefined;
    const unit =
      unitMatch && !unitBreaks.some((v) => unitMatch.startsWith(v)) && !SCOPE.test(unitMatch) && !notUnitEnd(unitMatch)
        ? unitMatch.length
        : 0;
    if (central && !branch && !unit && facilityRe?.test(folded.slice(i + form.length, i + form.length + 12))) return;
    add(at - city, i + form.length + branch + unit, branch + unit > 0);
  });
  // 区政府紧紧围绕市委: a verb of means inside the match ran a subject into the body it follows.
  const means = lexicon.verbs.means;
  for (const m of folded.matchAll(w.named)) {
    if (JOINERS.test(m[0]) || w.joinedPlace.test(m[0]) || means.some((v) => m[0].includes(v))) continue;
    // 呼伦贝尔市组建不动产登记管理局: the city sets the bureau up; the body is what is set up.
    const setUp = Math.max(...lex.actors.setsUp.map((v) => (m[0].includes(v) ? m[0].lastIndexOf(v) + v.length : 0)));
    // 新区改革发展局: a level word that ends a zone's name opens the body with the zone's name.
    const start = setUp ? m.index + setUp : zoneStart(folded, m.index, lexicon, zoneBounds);
    if (start >= 0) add(start, m.index + m[0].length, true);
  }
  for (const word of longestFirst(lex.phraseEndings)) {
    for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
      // 推进…产业技术创新联盟建设, …科技创新联盟、协同创新中心等平台建设: a body being built is no actor.
      if (BUILT.test(folded.slice(i + word.length, i + word.length + 40))) continue;
      let start = phraseStart(folded, i, PHRASE, cut);
      // 杭州高新区（滨江）管委会, 西部（重庆）科学城管委会: a short note in brackets inside the name is part of it, right
      // before the ending, or inside the field of a zone's committee; not a heading's number (（二）).
      const note = start === i || ZONE_COMMITTEE.test(word) ? INNER_NOTE.exec(folded.slice(Math.max(0, start - 8), start)) : null;
      if (note && !NUMBERED.test(note[0])) {
        const before = phraseStart(folded, start - note[0].length, PHRASE, zoneBounds);
        if (start - note[0].length - before >= 2) start = before;
      }
      // A phrase as long as the walk allows was cut mid-sentence, not at a boundary; 全国…委员会等专业标准化技术组织:
      // a kind summing the list before 等 names no body of its own.
      if (i - start >= PHRASE || folded.slice(start, i).includes(SUMS)) continue;
      // …副主任翁杰明在联盟成立大会上: a clause's subject and 在 before the ending; the name starts after 在.
      const at = folded.lastIndexOf('在', i - 1);
      if (at >= start) start = at + 1;
      // 协调昆明高新区管委会加快…: a joining word opening the phrase is the clause's act, no part of the name.
      const join = joinsFirst(lexicon).find((v) => folded.startsWith(v, start) && i - start - v.length >= 2);
      if (join) start += join.length;
      // 成立市先进制造业和数字经济发展领导小组: a name that opens with its level may hold 和.
      if (folded[start - 1] === '和') {
        const head = phraseStart(folded, start - 1, 14, cutOnList);
        if (LEVEL.test(folded[head] ?? '') && !folded.slice(head, start).includes('、')) start = head;
      }
      // 海湾合作委员会, 国际电信联盟: an international body is where the country negotiates or takes part, no
      // government body of the text acting.
      if (w.international.some((o) => folded.startsWith(o, start))) continue;
      // A short ending (联盟) needs a longer name before it than 领导小组 does: 产业联盟 is a kind.
      // A known name that opens it is part of it (国务院|职业教育工作部际联席会议).
      if (i - start >= (word.length <= 2 ? 4 : 2)) add(start, i + word.length, true);
      // 领导小组办公室 is a body by itself, named after the group it serves.
      else if (i === start && word.length >= 6) add(i, i + word.length);
    }
  }
  // 成立领导小组: a body set up with no name before its head; after the named ones, which win where longer.
  readSetUpBodies(folded, lexicon, (s, e) => add(s, e));
  const { listOpeners, lastJoin } = w;
  // 工业和信息化: a 和 inside a body's field is no boundary.
  const joined = lex.joinedFields;
  // The walks below read a text where a 和 inside a field is no joining word (工业和信息化).
  const fields = maskJoined(folded, joined);
  for (let i = folded.indexOf(lex.listCue); i >= 0; i = folded.indexOf(lex.listCue, i + 1)) {
    let from = i;
    let start = phraseStart(fields, from, LIST_WALK, listOpeners);
    // The walk stops at a note or a joining word inside the list; it goes on past each, in any order.
    for (let step = 0, before = -1; step < 6 && start !== before; step++) {
      before = start;
      // 民政（老龄）、卫生健康等部门: a short note in brackets stays with its item.
      const note = NOTED.exec(folded.slice(Math.max(0, start - 10), start + 1));
      if (note) start = phraseStart(fields, (from = start - note[0].length + 1), LIST_WALK, listOpeners);
      // 省级民政、政法、网络安全和信息化、…等部门: a list longer than one walk goes on where the walk ran out.
      else if (from - start >= LIST_WALK && folded.slice(start, from).includes('、'))
        start = phraseStart(fields, (from = start), LIST_WALK, listOpeners);
      // 发展改革、卫生健康、文旅及残联等部门: 及/和 joins the last item to a list of 、.
      else if (/[和及]/.test(folded[start - 1] ?? '') && start - 1 > 0) {
        const head = phraseStart(fields, start - 1, 30, lastJoin);
        if (folded.slice(head, start - 1).includes('、')) start = head;
      }
    }
    // 会同组织、科技…等部门: a first item that is also a verb (组织) ended the walk after it; the list's
    // opener right before it gives it back.
    if (folded[start] === '、') start = verbItemStart(folded, start);
    let at = start;
    for (const part of listItems(folded.slice(start, i), joined)) {
      // 当地发展改革: the place a list is read in is not the body's name.
      const lead = /^(?:当地|本地|同级)/.exec(part)?.[0].length ?? 0;
      // 住房城乡建设（城市管理）: a note in brackets closing an item is no part of its length.
      const bare = part.replace(/(?:[(（]|[“"] ?)[\u4e00-\u9fa5]{1,6}[)）]$/, '').length;
      if (bare - lead >= 2 && bare <= 8) add(at + lead, at + part.length);
      at += part.length + 1;
    }
  }
  readMemberLists(folded, lexicon, add);
  // 其他相关部门（如公安、消防等）: the examples a bracket gives of a kind of department.
  readBracketedBodies(folded, add);
  // A note's item is the body's whole name (人民银行山东省分行), longer than a known name inside it.
  readRoleNotes(folded, lexicon, (s, e) => add(s, e, true));
  // 序号 重点任务 牵头单位 配合单位: the cells of a task table's role columns list bodies too.
  readTableColumns(folded, lexicon, (s, e) => add(s, e, true));
  readNamedByPlace(folded, lexicon, prefix, add);
  // Standing bodies by their short name (市委, 省政府), where no longer name holds them.
  // A level that ends a longer word (试点地区政府, 特别行政区政府) opens no standing body.
  // 福建省厦门市人民政府, 、成都市人民政府: a city the lexicon lists, standing at a boundary or after its province, ends
  // in no longer word, whatever its last character (门, 都).
  const listedCity = (i: number) =>
    wordEndingAt(folded, i, lexicon.places.cities, (c) => {
      const from = i - c.length;
      return !HAN_CHAR.test(folded[from - 1] ?? '') || withinPlace(folded, from, lexicon);
    }) !== undefined;
  const tail = (i: number) => lex.notAfter.some((w) => folded.startsWith(w, i - w.length)) && !listedCity(i);
  const writtenAbove = new Map<number, number>();
  const readStanding = (forms: readonly string[]) =>
    eachPlace(folded, forms, (form, i) => {
      if (
        !tail(i) &&
        !pairedLevels(folded, i, form) &&
        // 省、市、县政府部门, 省政府各部门, 区政府有关部门: a government's departments, not the government.
        !OWN_DEPARTMENTS.test(folded.slice(i + form.length, i + form.length + 4)) &&
        // 由市委常委、常务副市长担任组长: a member of the standing committee, a post, no body acting.
        !MEMBER_POST.test(folded.slice(i + form.length, i + form.length + 3)) &&
        // 高度重视妇女儿童、工会、共青团、…和残疾人事业: items of a list of fields of work, not bodies acting.
        !FIELDS_OF_WORK.test(folded.slice(i + form.length, i + form.length + 30)) &&
        // 带动学校工会、共青团等群团组织和学生会组织建设: a list whose clause ends in building it names bodies built.
        !BEING_BUILT.test(folded.slice(i + form.length, i + form.length + 40))
      )
      // 呼伦贝尔市委, 海拉尔区政府: the place written before the level is part of the body's name.
      // 山西省人民政府, 内蒙古自治区人民政府: a province's name before its level is part of it too.
      {
        const start = i - (placeBefore(folded, i, lexicon) || provinceBefore(folded, i, form, lexicon));
        add(start, i + form.length);
        // 福建省厦门市思明区人民政府: the places written above the body's own keep their written form as an alias.
        const above = placesAbove(folded, start, lexicon);
        if (above < start) writtenAbove.set(start, above);
      }
    });
  readStanding(w.standing.short);
  readGenericBodies(folded, fields, lexicon, cut, add, (s, e, alias) => {
    add(s, e);
    headAliases.set(s, [e, alias]);
  });
  // 国务院各有关部门参加: a generic body whose qualifier opens with a central body's name holds that name whole.
  const central = Object.keys(lex.central);
  const holdsCentral = lex.acting.qualifiers.filter((q) => central.some((c) => q.length > c.length && q.startsWith(c)));
  const holdsName = (s: number) => holdsCentral.some((q) => folded.startsWith(q, s));
  readActingBodies(folded, lexicon, (s, e) => add(s, e, holdsName(s)));
  readNamedActors(folded, lexicon, cut, (s, e) => add(s, e));
  // 地方各级人民政府办公厅（室）: an office written with its lower levels' name.
  readOffices(folded, cut, (s, e) => add(s, e));
  // A government written in full (经省人民政府同意) last: where no reading above names it with its places (呼伦贝尔市海拉尔区
  // 人民政府代区长, a line's head) or its offices (市人民政府办公室).
  readStanding(w.standing.full);
  // 鼓励金融机构创新…: an organisation named by its kind that a cue makes act.
  readCuedOrganisations(folded, lexicon, (s, e) => add(s, e));
  // 依托天能集团、超威集团等龙头企业，打造…: the firms a task relies on.
  readReliedFirms(folded, lexicon, (s, e) => add(s, e));
  // 支持四川大学、电子科技大学等高校建设…: universities, institutes and firms a task names.
  readNamedOrganisations(folded, lexicon, (s, e) => add(s, e));
  // 政府要…, 更好发挥政府作用: government written bare where it acts.
  readBareGovernment(folded, lexicon, (s, e) => add(s, e));
  // 支持济南、青岛等市…: a city is named with 市 even where the list wrote it once for all.
  readActingCities(folded, lexicon, (s, e, name) => {
    add(s, e);
    spanNames.set(s, name);
  });
  // 确定北京、吉林…10个省（区、市）…作为试点地区: the provinces chosen, each named in full.
  readChosenRegions(folded, lexicon, (s, e, name) => {
    add(s, e);
    spanNames.set(s, name);
  });
  // 中央经济工作、城市工作会议精神: meetings sharing a level and a head, each named in full.
  readSharedMeetings(folded, lexicon, (s, e, name) => {
    add(s, e);
    spanNames.set(s, name);
  });
  // 以济宁市任城区等为“智慧城区”试点: the places a plan makes its pilots.
  readPilotPlaces(folded, lexicon, (s, e) => add(s, e));
  for (const [word, next] of Object.entries(lex.standalone)) {
    for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
      const before = folded[i - 1] ?? '';
      // After a joining word or the end of a verb (贯彻, 落实, 落实好): 中央 stands alone, not in 党中央.
      if (!/[\u4e00-\u9fa5]/.test(before) || /[和及与、据照循行实彻好]/.test(before)) {
        // 各省、自治区、直辖市: a list of kinds of place names no body.
        const places = folded[i + word.length] === '、' && lexicon.places.cityKinds.some((k) => folded.startsWith(k, i + word.length + 1));
        if (!places && next.some((w) => folded.startsWith(w, i + word.length))) add(i, i + word.length);
      }
    }
  }
  readListNeighbours(folded, found, add);
  const region = oneRegion(folded, found, lexicon);
  const levelPlace = onePlacePerLevel(
    found.map((m) => folded.slice(m.start, m.end)),
    lexicon,
  );
  // 区政府 in a document that names one district (呼伦贝尔市海拉尔区人民政府) is that district's, though the
  // document's city is the one above it; 市委 is the city's.
  const placeOf = (name: string) =>
    name[0] === '市' ? (documentCity ?? levelPlace.get(name[0])) : (levelPlace.get(name[0]) ?? documentCity);
  return found
    .sort((a, b) => a.start - b.start)
    .map(({ start: s, end: e }) => {
      const [start, end] = view.span(s, e);
      // A signature spaced out to one width (中 央 网 信 办) names the body without the spaces.
      const name = spanNames.get(s) ?? folded.slice(s, e).replace(SPACED, '');
      const written =
        spanNames.get(s) ??
        document.text
          .slice(start, end)
          .replace(/\n[ \u3000]*/g, '')
          .replace(SPACED, '');
      const one = region(name);
      // 山东省菏泽市人民政府: a city's body written after its province is the city's (菏泽市人民政府), the province an alias.
      const inProvince = one || spanNames.has(s) ? 0 : provinceOpening(written, lexicon);
      const city = agencyCity(name.slice(inProvince), lexicon, placeOf(name));
      const headed = headAliases.get(s);
      const aliases = city && LOCAL.test(name) ? [`${city}${written}`] : headed?.[0] === e ? [headed[1]] : undefined;
      const node = one ?? written.slice(inProvince);
      const above = writtenAbove.get(s);
      const chain =
        above === undefined ? [] : [folded.slice(above, e), folded.slice(above + provinceOpening(folded.slice(above, e), lexicon), e)];
      const listed = one ? [written] : inProvince ? [written, ...(aliases ?? [])] : aliases;
      const more = chain.length
        ? [...new Set([...(listed ?? []), ...chain])].filter((a) => a !== (one ?? written.slice(inProvince)))
        : listed;
      return { fact: sink.node('Agency', node, start, end, { city }, { aliases: more }), start, end, name };
    });
}

/** The length of the province's full name opening a body of one of its cities (山东省|菏泽市人民政府), or 0. */
function provinceOpening(name: string, lexicon: Lexicon): number {
  for (const [, full] of provinceNames(lexicon)) if (name.startsWith(full) && CITY_BODY.test(name.slice(full.length))) return full.length;
  return 0;
}
// The provinces' short and full names, listed once per lexicon: asked of every body read.
// （以下简称园区科创委）: the words that give a short form, as one pattern per lexicon.
const shortFormOpenings = new WeakMap<Lexicon, RegExp | null>();
const shortFormOpening = (lexicon: Lexicon): RegExp | null =>
  prepared(shortFormOpenings, lexicon, () => {
    const words = lexicon.plans.named.shortForms;
    return words.length ? new RegExp(`^(?:以下)?(?:${alternation(words)})`) : null;
  });
const provinceNameLists = new WeakMap<Lexicon, [string, string][]>();
const provinceNames = (lexicon: Lexicon) => prepared(provinceNameLists, lexicon, () => Object.entries(lexicon.places.provincialNames));
// A prefecture-level place and a body after it (菏泽市人民政府, 黔东南州…局); not the province's own districts (北京市海淀区).
const CITY_BODY = /^[\u4e00-\u9fa5]{2,4}?[市州盟][\u4e00-\u9fa5]{2,}/;

/** The length of a province's short name written before a standing body of its level (山西 before 省人民政府), or 0. */
function provinceBefore(folded: string, at: number, form: string, lexicon: Lexicon): number {
  for (const [short, full] of provinceNames(lexicon))
    if (form.startsWith(full.slice(short.length)) && folded.startsWith(short, at - short.length)) return short.length;
  return 0;
}

/**
 * 我代表海拉尔区人民政府… 区政府要…: where the document gives no city of its own, a level's short form (区政府, 区委) is the
 * one place of that level the document names bodies of; with two (崂山区政府、城阳区政府) it is none of them.
 */
function onePlacePerLevel(names: string[], lexicon: Lexicon): Map<string, string> {
  const places = new Map<string, Set<string>>();
  // 呼伦贝尔市海拉尔区人民政府 names a city and a district: each place of the chain at its level.
  for (const name of names)
    for (let at = 0, place = namedPlace(name, lexicon); place; at += place.length + 1, place = namedPlace(name.slice(at), lexicon)) {
      const level = name[at + place.length];
      places.set(level, (places.get(level) ?? new Set()).add(place));
    }
  return new Map([...places].filter(([, p]) => p.size === 1).map(([level, p]) => [level, [...p][0]]));
}

interface AgencyWords {
  /** Known names and aliases, central bodies among them, longest first (国务院办公厅 before 国务院). */
  forms: string[];
  /** The central bodies' names and aliases: their branch in a place is named after them. */
  central: Set<string>;
  branchRe: RegExp;
  /** A central body's institute after its name (中国科学院海洋研究所). */
  unitRe: RegExp | undefined;
  /** A place and a facility after a central body's name (中科院济南科创城): a facility, no body. */
  facilityRe: RegExp | undefined;
  /** Level or city + name + a body's ending (市大数据局, 市委组织部, …局数字平台建设处). */
  named: RegExp;
  /** A joining word before a place's name (…计划和山东省厅…): the match ran across two phrases. */
  joinedPlace: RegExp;
  prefix: string;
  cut: string[];
  cutOnList: string[];
  listOpeners: string[];
  lastJoin: string[];
  /** Where a zone's name ends: a verb, a joining word or a list's 、 (会同新区财政金融局). */
  zoneBounds: string[];
  ownedRe?: RegExp;
  /** The last characters of the not-endings: a name ending otherwise needs no look at the list. */
  notEndingLast: Set<number>;
  /** What opens an international body's name (国际, 海湾): no body of the text. */
  international: string[];
  /**
   * Standing bodies by short name: the listed ones and every level with every kind (区政协, 县人民法院), longest first;
   * those of a government written in full (县人民政府) apart, as they are read last.
   */
  standing: { short: string[]; full: string[] };
}

// Built once per lexicon: read for every document.
const agencyWordsOf = new WeakMap<Lexicon, AgencyWords>();
function agencyWords(lexicon: Lexicon): AgencyWords {
  return prepared(agencyWordsOf, lexicon, () => {
    const lex = lexicon.agencies;
    const places = longestFirst([...lexicon.places.provinces, ...lexicon.places.cities]).join('|');
    const branchRe = new RegExp(`^(?:${places})[省市]?[\\u4e00-\\u9fa5]{0,4}?(?:${longestFirst(lex.branchEndings).join('|')})`);
    const forms = longestFirst(Object.entries({ ...lex.central, ...lex.known }).flatMap(([name, aliases]) => [name, ...aliases]));
    const central = new Set(Object.entries(lex.central).flatMap(([name, aliases]) => [name, ...aliases]));
    const suffix = longestFirst(lex.suffixes).join('|');
    const cities = lexicon.places.cities.map((c) => `${c}市`);
    // 江苏省工业和信息化厅, 内蒙古自治区人民政府办公厅: a province's full name opens its bodies' names.
    const provincial = Object.values(lexicon.places.provincialNames);
    const prefixes = longestFirst([...new Set([...cities, ...provincial, ...lex.prefixes])]);
    const prefix = prefixes.join('|');
    const notAfter = longestFirst(lex.notAfter)
      .map((w) => `(?<!${w})`)
      .join('');
    // A party committee's bodies have one character between level and ending (市委组织部, 省委编办);
    // an office of a body is part of its name (国务院安全生产委员会办公室).
    // A division of a bureau is named after it (…服务局数字平台建设处, …局行政审批服务三处); 处置 and
    // 处理 are acts, not a division.
    const division = `(?:(?![的、在把将届和与及])[\\u4e00-\\u9fa5]){2,8}?处(?![置理罚于在分])`;
    // 市生态环境局海拉尔分局, 市公安局交警支队: a unit of the body, named after it with the place or field it serves.
    const subUnit = lex.subUnits.length
      ? `|(?:(?![的、在把将届和与及])[\\u4e00-\\u9fa5]){1,6}?(?:${longestFirst(lex.subUnits).join('|')})`
      : '';
    const named = new RegExp(
      `${firstCharacters(prefixes)}${notAfter}(?:${prefix})(?:${ONE_FIELD}|[\\u4e00-\\u9fa5]{2,10}?|委)(?:${suffix})(?:办公室|办公厅|${division}${subUnit})?`,
      'g',
    );
    // Words that open a name (数字青岛建设…) are not boundaries here.
    const cut = longestFirst([
      ...lexicon.verbs.task.filter((v) => !NAME_WORDS.includes(v)),
      ...lexicon.verbs.means,
      '的',
      '和',
      '及',
      '与',
      '、',
      '高层次',
      // 研究设立全国…标准化技术组织: the act that sets a body up is no part of its name.
      ...lexicon.agencies.actors.setsUp,
      // 各成员单位就有关工作情况向联席会议报告: the body a report goes to starts after 向.
      '向',
    ]);
    const cutOnList = cut.filter((w) => w !== '和');
    const unitRe = lex.institutes.length
      ? // 中国科学院宁波材料技术与工程研究所: 与 inside a field is no joining word, only where it would open the unit.
        new RegExp(`^(?![与])(?:(?![和及等的在])[\\u4e00-\\u9fa5]){2,12}?(?:${longestFirst(lex.institutes).join('|')})`)
      : undefined;
    const facilityRe = lex.facilities.length
      ? new RegExp(`^(?:${places})[\\u4e00-\\u9fa5]{0,6}?(?:${longestFirst(lex.facilities).join('|')})`)
      : undefined;
    // The list opens after a joining word or a verb (深化教育、公安…等部门).
    const listOpeners = [...LIST_OPENERS, ...cut.filter((w) => w !== '、')];
    const lastJoin = listOpeners.filter((w) => w !== '和' && w !== '及');
    // One array per lexicon: phraseStart indexes a boundary list by the array.
    const zoneBounds = [...listOpeners, ...lexicon.places.placeOpeners];
    // An empty ending would end every name: NaN stands for it, and is asked for every name.
    const notEndingLast = new Set(lex.notEndings.map((w) => (w ? w.charCodeAt(w.length - 1) : NaN)));
    const ownedRe = lex.ownedThings.length
      ? new RegExp(`^([\\u4e00-\\u9fa5]{0,10}?)(?:${longestFirst(lex.ownedThings).join('|')})`)
      : undefined;
    const international = longestFirst(lex.internationalOpeners);
    const standing = longestFirst([
      ...new Set([...lex.bodies, ...lex.standing.levels.flatMap((l) => lex.standing.kinds.map((k) => l + k))]),
    ]);
    const joinedPlace = new RegExp(`[和与及](?:${places})`);
    return {
      joinedPlace,
      zoneBounds,
      standing: {
        short: standing.filter((f) => !f.endsWith(FULL_GOVERNMENT)),
        full: standing.filter((f) => f.endsWith(FULL_GOVERNMENT)),
      },
      forms,
      central,
      branchRe,
      unitRe,
      facilityRe,
      ownedRe,
      named,
      prefix,
      cut,
      cutOnList,
      listOpeners,
      lastJoin,
      notEndingLast,
      international,
    };
  });
}

const SPACED = /(?<=[\u4e00-\u9fa5])[ \u3000]+(?=[\u4e00-\u9fa5])/g;
// 市科委, 市经委: a commission named by one character of its field, not followed by another commission's name
// (市纪委监委 is one body), nor a zone's 管委(会) or a committee written 委会 (社区居委会); 会同 after it is a verb.
const ONE_FIELD = '(?!管)[\\u4e00-\\u9fa5](?=委(?![员托])(?!会(?!同))(?![\\u4e00-\\u9fa5]{0,3}委))';

// The longest name read back from its ending (全国信息化和工业化融合管理标准化技术委员会).
const PHRASE = 22;

const OWN_DEPARTMENTS = /^(?:各|有关|相关|各有关|各相关)?(?:部门|部委|直属机构)/;
const RESPONSIBLE = '责任部门';
// How far after a body a building it qualifies is looked for.
const OWNED_REACH = 14;
const OWNED_GAP = /[在对向为]/;
// 明确…责任部门 / 确定…责任部门 within its clause: a duty assigned.
const ASSIGNS = /(?:明确|确定)[^,，。;；:：\n]*$/;
const ASSIGN_REACH = 24;
// A list that a field of work closes (…、老龄和残疾人事业): its items name fields, not bodies.
const FIELDS_OF_WORK = /^(?:、[\u4e00-\u9fa5]{1,6}?)*[和及][\u4e00-\u9fa5]{1,6}?事业/;
const BEING_BUILT = /^(?:、[\u4e00-\u9fa5]{1,8}?)*等[\u4e00-\u9fa5]{0,14}?建设(?=[,，。;；\n])/;

// How far one walk back from 等部门 reads a list of bodies before it goes on.
const LIST_WALK = 30;

/**
 * 各省市政府, 对市县政府履行教育职责评价, 各区县政府, 各区、市政府: two levels written together name the governments of every place
 * of both levels, not the one body the second level and its ending would make.
 */
function pairedLevels(folded: string, start: number, form: string): boolean {
  if (!LEVEL.test(form)) return false;
  // 各区、市政府, 省、市、县政府部门: a bare level listed before it with 、.
  if (/(?:^|[^\u4e00-\u9fa5]|[各、])[省市县区]、$/.test(folded.slice(Math.max(0, start - 3), start))) return true;
  // 各区(市)县政府: a level's note in brackets before it lists the levels too.
  if (/[省市县区][(（][省市县区][)）]$/.test(folded.slice(Math.max(0, start - 4), start))) return true;
  return /[省市县区]/.test(folded[start - 1] ?? '') && folded[start - 1] !== form[0];
}

/** The ranges of routing lines (抄送：…) up to the line that dates the issue (…印发). */
function routingRanges(folded: string, labels: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const label of labels) {
    for (let i = folded.indexOf(label); i >= 0; i = folded.indexOf(label, i + 1)) {
      if (!/[:：]/.test(folded[i + label.length] ?? '')) continue;
      const lineEnd = folded.indexOf('\n', i);
      const issued = folded.indexOf('印发', i);
      const end = lineEnd < 0 ? folded.length : issued > lineEnd && issued - lineEnd < 200 ? folded.lastIndexOf('\n', issued) : lineEnd;
      out.push([i, end]);
    }
  }
  return out;
}

// What follows a body that is being built: 建设 right after it, or after the rest of its list
// closed by 等 (…联盟、协同创新中心等平台建设; not …联盟、龙头企业建设…, where the list acts).
const BUILT = /^(?:(?:、[\u4e00-\u9fa5]{2,12}?)*等[\u4e00-\u9fa5]{0,4}?)?建设/;

// A short note in brackets right before a body's ending (杭州高新区（滨江）管委会).
const INNER_NOTE = /[(（][\u4e00-\u9fa5]{1,6}[)）]$/;
const NUMBERED = /^[(（][一二三四五六七八九十]+[)）]$/;
const ZONE_COMMITTEE = /^管委会?$/;
// A list item's short note in brackets, right before the 、 a walk stopped at: 民政（老龄）、.
// A print layout may turn the opening bracket into a quote mark (民政“ 老龄）、).
const NOTED = /(?:[(（]|[“"] ?)[\u4e00-\u9fa5]{1,6}[)）]、$/;

/** The text with each 和/及 inside a field (工业和信息化) turned into a name character, offsets kept. */
function maskJoined(folded: string, joined: readonly string[]): string {
  let out = folded;
  for (const w of joined) {
    const masked = w.replace(/[和及]/g, '·');
    for (let i = out.indexOf(w); i >= 0; i = out.indexOf(w, i + 1)) out = out.slice(0, i) + masked + out.slice(i + w.length);
  }
  return out;
}

/** The items of a list (A、B及C), its last joined by 及/和 unless that word sits inside a field (工业和信息化). */
function listItems(list: string, joined: readonly string[]): string[] {
  const parts = list.split('、');
  const last = parts[parts.length - 1];
  const k = [...last].findIndex((ch, j) => /[和及]/.test(ch) && !joined.some((w) => inside(last, j, w)));
  if (parts.length > 1 && k >= 2 && last.length - k > 2) parts.splice(-1, 1, last.slice(0, k), last.slice(k + 1));
  return parts;
}

const CLAUSE_OPEN = /[\n，。；：,;:！？]/;
/** Where a list's first item starts when it is a verb of two to four characters right after a list opener or a clause's opening. */
function verbItemStart(folded: string, end: number): number {
  for (let n = 2; n <= 4; n++) {
    const from = end - n;
    if (!/^[\u4e00-\u9fa5]+$/.test(folded.slice(from, end))) continue;
    // 组织、人事、民政等部门牵头…: a list opening its clause gives its first item back as well.
    if (LIST_OPENERS.some((w) => folded.startsWith(w, from - w.length)) || CLAUSE_OPEN.test(folded[from - 1] ?? '\n')) return from;
  }
  return end;
}

/** Whether position j of a text lies inside an occurrence of the word. */
function inside(text: string, j: number, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (i <= j && j < i + word.length) return true;
  return false;
}

/** The kind of a government written in full (市人民政府), read after the readers that may name it with its places. */
const FULL_GOVERNMENT = '人民政府';
/** 常委 after a party committee's name, not its 常委会: a member's post. */
const MEMBER_POST = /^常委(?!会)/;
/** A number and its measure word inside a name: a count (41个部门), no body's name. */
const COUNTED = /[0-9０-９]+[个家所项]/;
// How far after a central body's name its institute or department is looked for.
const UNIT_REACH = 18;
// 指导各地通信管理局: a word of scope inside names bodies of many places, no unit of the one before it.
const SCOPE = /各|有关|相关|地方/;
/**
 * A count of bodies with no name before the kind (中央网信办、农业农村部等10部门印发…), perhaps after the place they
 * are of (河南省三部门联合印发…): who they are is the list the text gives.
 */
const COUNT_ONLY = /^(?:[\u4e00-\u9fa5]{0,8}[省市区县])?[0-9０-９一二两三四五六七八九十]+[余多]?个?(?:部门|部委|单位)$/;
const PARTY_OPENER = '中共';
const SUMS = '等';
/** 联合萧山、余杭两区政府: the governments of places the text counts, not one body (each is its place's own). */
const PLACES_COUNTED = /[两二三四五六七八九十][区市县](?:人民政府|政府|党委)$/;
/** A place's party committee (北京市委, 成都市委社会工作部): 中共 before it is part of its name. */
const PARTY = /^[\u4e00-\u9fa5]{1,8}?[省市区县]委(?!员)/;
/** What follows a name that is a goal's (“…指挥部”总目标). */
const GOAL_AFTER = /^[”"]?总?目标/;

/** 《国务院办公厅关于…》: the body that heads a title issued the document it names. */
const titleIssuer = (folded: string, start: number, end: number) =>
  /[《、\s]/.test(folded[start - 1] ?? '') && /^(?:关于|、|\s)/.test(folded.slice(end, end + 2));

// Joining words (会同, 联合, 协调) that may open a phrase before a body's ending: once per lexicon.
const joinsOf = new WeakMap<Lexicon, string[]>();
const joinsFirst = (lexicon: Lexicon): string[] => prepared(joinsOf, lexicon, () => [...lexicon.agencies.roles.joins, '协调']);
