import type { Lexicon } from '../../lexicon';
import { foldForMatching } from '../../normalise';
import { longestFirst, prepared, wordAt, wordsStarting, HAN_CHAR } from '../../segment';

// Generic bodies (各部门, 有关部门, 行业协会, 同级人大) name no one in particular, so they count as
// agencies only where they act: as the subject of a clause (各地区各部门要…), after a cue that
// makes them act (鼓励行业协会…, 会同有关部门…), as the peer body that supervises (同级人大), or as the
// meeting whose decision is carried out (…工作会议部署). As an object (开展中央部门…试点), a place
// (各部门之间) or an owner (各地区比较优势) they are not read.

type Add = (start: number, end: number) => void;

// Where a clause opens: after punctuation or a line break, past spaces.
const CLAUSE = /(?:^|[\n，。；：,;:！？])[ \u3000]*/g;
// Members of a list that are not bodies (企业, 有条件的企事业单位) run up to the next joining mark; a run
// holding a modal is a clause (地方和企业要落实…与…), no member.
const OTHER = /^(?:(?![要应])[\u4e00-\u9fa5]){1,10}?(?=[、和及与])/;
const JOIN = /[、和及与]/;
// A field written before a kind of body (数字商务领域行业协会).
const FIELD = /^[\u4e00-\u9fa5]{2,8}?领域/;

/** Reads the generic bodies that act in a text and hands each span to `add`. */
export function readActingBodies(folded: string, lexicon: Lexicon, add: Add): void {
  const a = lexicon.agencies.acting;
  if (!a.units.length && !a.organisations.length) return;
  const qualifiers = qualifiersOf(lexicon);
  const { units, organisations, acts } = bodyWordsOf(lexicon);
  const at = (w: string, i: number) => folded.startsWith(w, i);
  const growth = growthOf(lexicon);

  // A body's end when one starts at i (各部门, 省直有关部门, 相关行业组织), else -1; where a clause opens
  // (`opens`), a unit with no qualifier that may be its subject (地方要…). The bare form first, then each
  // qualifier written at i, in order; only the words sharing the next character are tried.
  const bodyAt = (i: number, opens = false): number => {
    const o = wordAt(folded, i, organisations);
    if (o !== undefined) return i + o.length;
    for (const q of wordsStarting(qualifiers, folded.charCodeAt(i))) {
      if (!at(q, i)) continue;
      const j = i + q.length;
      const o = wordAt(folded, j, organisations);
      if (o !== undefined) return j + o.length;
      // 各市 acts; 各市场主体 is no body: a unit that opens a longer word is not read.
      const u = wordAt(folded, j, units, (w) => !a.notUnits.some((n) => n.startsWith(w) && at(n, j)));
      if (u !== undefined) return j + u.length;
    }
    const bare = opens ? a.bareSubjects.find((w) => at(w, i)) : undefined;
    return bare ? i + bare.length : -1;
  };
  const organisationAt = (p: number) => wordAt(folded, p, organisations) !== undefined;
  const actAt = (p: number) => wordAt(folded, p, acts) !== undefined;

  // A list of bodies from i (有关部门、各地方、相关行业组织; 各地区各部门), closed by 等; read when it
  // is followed by an act word, or whatever follows when a cue already made it act.
  const readList = (i: number, cued: boolean, closes?: RegExp) => {
    const bodies: [number, number][] = [];
    // 发挥数字商务领域行业协会…作用: the field a kind of body works in is no body of its own.
    const field = cued ? FIELD.exec(folded.slice(i, i + 12)) : null;
    let p = field && bodyAt(i + field[0].length) >= 0 ? i + field[0].length : i;
    for (let n = 0; n < 8; n++) {
      const end = bodyAt(p, !cued && n === 0);
      const prev = bodies[bodies.length - 1];
      // 行业协会商会: two kinds of organisation written together with no joining mark are one body
      // (unlike 各地区各部门, whose second body opens with its qualifier).
      if (end >= 0 && prev?.[1] === p && organisationAt(p)) prev[1] = end;
      else if (end >= 0) bodies.push([p, end]);
      else if (!bodies.length && !cued) return;
      const other = end < 0 ? OTHER.exec(folded.slice(p, p + 10)) : null;
      if (end < 0 && !other) break;
      p = end >= 0 ? end : p + other![0].length;
      if (JOIN.test(folded[p] ?? '')) p++;
      else if (bodyAt(p) < 0) break;
    }
    // 各地区、各部门、各领域积极…: a last member that is not a body may stand before the act word.
    const last = JOIN.test(folded[p - 1] ?? '')
      ? [1, 2, 3, 4].find((k) => HAN_CHAR.test(folded.slice(p, p + k)) && actAt(p + k))
      : undefined;
    if (last && /^[\u4e00-\u9fa5]+$/.test(folded.slice(p, p + last))) p += last;
    if (folded[p] === '等') p++;
    // 各地区各部门顾全大局: bodies stacked with no joining mark are the clause's subject whatever its verb.
    const stacked = bodies.length >= 2 && bodies.every((_, k) => k === 0 || bodies[k - 1][1] === bodies[k][0]);
    if (!bodies.length || (!cued && !stacked && !actAt(p))) return;
    // 支持社会组织、人道救助、志愿服务…等健康发展: a cued list whose only act is its own growth names fields of
    // work, not bodies acting.
    if (cued && !closes && growth && onlyGrows(folded.slice(p, p + 20), growth)) return;
    if (closes && !closes.test(folded.slice(p, p + 30))) return;
    for (const [s, e] of bodies) add(s, e);
  };

  const kind = kindSubject(lexicon);
  for (const m of folded.matchAll(CLAUSE)) {
    let i = m.index + m[0].length;
    if (kind) {
      kind.re.lastIndex = i;
      const k = kind.re.exec(folded);
      if (k && kind.named(k[1])) add(i, i + k[1].length);
    }
    const lead = a.leads.find((w) => at(w, i));
    if (lead && bodyAt(i) < 0) i += lead.length;
    readList(i, false);
  }
  for (const cue of longestFirst(a.cues)) {
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) readList(i + cue.length, true);
  }
  // 推动各级、各部门协同配合: some cues make bodies act only when a qualifier opens them (推动机关内部… names a part).
  const qualified = longestFirst(a.qualifiedCues).filter((c) => !a.cues.includes(c));
  for (const cue of qualified) {
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
      const p = i + cue.length;
      if (qualifiers.some((q) => at(q, p))) readList(p, true);
      // 推动政府部门将…: an organisation by its kind after such a cue acts where an act word follows it.
      else if (organisationAt(p)) readList(p, false);
    }
  }
  // 依托行业协会(学会)或专业化服务商，通过…开展培训: the organisations a task relies on carry it out; a qualified
  // unit after such a cue is what the task draws on (依托各市产业基础), not read.
  for (const cue of longestFirst(a.organisationCues)) {
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
      const p = i + cue.length;
      if (organisationAt(p)) readList(p, true);
    }
  }
  // 充分发挥行业协会在行业自律…等方面的作用: bodies whose part is played act, where 作用 closes the phrase.
  if (a.partEnds.length) {
    const closes = new RegExp(`^[^。；;，,\\n]{0,28}?(?:${longestFirst(a.partEnds).join('|')})`);
    for (const cue of longestFirst(a.partCues)) {
      for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) readList(i + cue.length, true, closes);
    }
  }
  readSupervisors(folded, lexicon, qualifiers, add);
  // 同级人大: the body of the same level, wherever it is named.
  for (const peer of a.peers) {
    for (let i = folded.indexOf(peer); i >= 0; i = folded.indexOf(peer, i + 1)) {
      const body = a.peerBodies.find((w) => at(w, i + peer.length));
      if (body) add(i, i + peer.length + body.length);
    }
  }
  readMeetings(folded, lexicon, add);
}

// The words a body is read from, built once per lexicon: 乡镇（街道）, a name holding brackets, is matched in the
// folded text's half-width form.
const bodyWords = new WeakMap<Lexicon, { units: string[]; organisations: string[]; acts: string[] }>();
const bodyWordsOf = (lexicon: Lexicon) =>
  prepared(bodyWords, lexicon, () => {
    const a = lexicon.agencies.acting;
    return { units: longestFirst(a.units), organisations: longestFirst(a.organisations.map(foldForMatching)), acts: longestFirst(a.acts) };
  });

// What closes a cued list that only grows (…、公益慈善等健康发展), built once per lexicon.
const growths = new WeakMap<Lexicon, { re: RegExp; verbs: string[] } | null>();
// The qualifiers of acting bodies, with those a standing government opens (省政府各, 区人民政府有关), longest first.
const qualifierLists = new WeakMap<Lexicon, string[]>();
const qualifiersOf = (lexicon: Lexicon): string[] =>
  prepared(qualifierLists, lexicon, () => {
    const { acting, standing } = lexicon.agencies;
    const governments = standing.levels.flatMap((l) => standing.kinds.filter((k) => k.endsWith('政府')).map((k) => l + k));
    return longestFirst([...new Set([...acting.qualifiers, ...governments.flatMap((g) => acting.ownedQualifiers.map((q) => g + q))])]);
  });

const growthOf = (lexicon: Lexicon): { re: RegExp; verbs: string[] } | null =>
  prepared(growths, lexicon, () => {
    const g = lexicon.agencies.acting.growth;
    if (!g.length) return null;
    const re = new RegExp(`^([^，。；,;\\n]{0,12}?)(?:${longestFirst(g).join('|')})(?=[，。；,;\\n]|$)`);
    return { re, verbs: lexicon.verbs.task.filter((v) => v.length > 1) };
  });
// 支持社会组织、人道救助…慈善事业健康发展。: the growth closes the clause and no verb comes before it (not …推动产业发展).
const onlyGrows = (rest: string, g: { re: RegExp; verbs: string[] }): boolean => {
  const m = g.re.exec(rest);
  return !!m && !g.verbs.some((v) => m[1].includes(v));
};

// The rule for an organisation named by its kind (金融机构要…), built once per lexicon.
const kindSubjects = new WeakMap<Lexicon, { re: RegExp; named: (name: string) => boolean } | null>();

/**
 * 金融机构要坚守…, 医疗机构、相关企业要…, 培训评价组织应…: an organisation named by its field and its kind
 * opening a clause before an act word is the clause's subject. A name whose field is only words of kind
 * (相关下属机构) or holds a verb (鼓励医疗机构…) names no one.
 */
function kindSubject(lexicon: Lexicon): { re: RegExp; named: (name: string) => boolean } | null {
  return prepared(kindSubjects, lexicon, () => {
    const a = lexicon.agencies.acting;
    if (!a.kindEndings.length || !a.kindActs.length) return null;
    const any = (words: readonly string[]) => longestFirst(words).join('|');
    const re = new RegExp(
      `([\\u4e00-\\u9fa5]{2,10}?(?:${any(a.kindEndings)}))(?=(?:、[\\u4e00-\\u9fa5]{2,10})*(?:${any(a.kindActs)}))`,
      'y',
    );
    return { re, named: kindNamed(lexicon, a.kindEndings) };
  });
}

/**
 * Whether an organisation named by its kind (…机构) has a field of its own: words left once the
 * qualifiers and words of kind are taken out (相关下属机构 has none), and no verb among them
 * (鼓励医疗机构…). A reader that starts the name right after its cue (鼓励新型研发机构…) only rules out
 * a verb opening it (支持建设高水平研发机构) and `notInField`, words that make the name no actor whatever
 * their length (鼓励企业设立研发机构, 鼓励其向…机构提供).
 */
export function kindNamed(
  lexicon: Lexicon,
  endings: readonly string[],
  notInField: readonly string[] = [],
  afterCue = false,
): (name: string) => boolean {
  const a = lexicon.agencies.acting;
  const g = lexicon.agencies.generic;
  const kinds = longestFirst([...a.qualifiers, ...g.qualifiers, ...g.notCores]);
  const verbs = [...lexicon.verbs.task, ...lexicon.verbs.means].filter((v) => v.length > 1);
  return (name: string) => {
    const field = name.slice(0, -(endings.find((e) => name.endsWith(e))?.length ?? 0));
    const core = kinds.reduce((c, w) => (c.includes(w) ? c.split(w).join('') : c), field);
    // After a cue a verb opening the field makes the kind an object (建设新型研发机构); a verb that is the whole
    // field names what the organisation does (鼓励研发机构创新…, 引导投资机构…).
    const verb = afterCue ? verbs.some((v) => field.startsWith(v) && field.length > v.length) : verbs.some((v) => field.includes(v));
    return core.length >= 2 && !verb && !notInField.some((w) => field.includes(w));
  };
}

/** 按照中央经济工作会议部署: a meeting whose decision is carried out issued it. */
function readMeetings(folded: string, lexicon: Lexicon, add: Add): void {
  const a = lexicon.agencies.acting;
  const MAX = 10;
  const LONGER = 7;
  const levels = lexicon.agencies.meetings.levels;
  // 落实中央经济工作会议和自治区…系列会议精神: meetings joined before one act word share it.
  const shared = new RegExp(
    `^[和、及][^，。；,;\\n]{0,16}?(?:${longestFirst(lexicon.agencies.meetings.endings).join('|')})(?:${longestFirst(a.meetingActs).join('|')})`,
  );
  for (const head of a.meetingHeads) {
    for (let i = folded.indexOf(head); i >= 0; i = folded.indexOf(head, i + 1)) {
      const end = i + head.length;
      if (!a.meetingActs.some((w) => folded.startsWith(w, end)) && !shared.test(folded.slice(end, end + 24))) continue;
      let s = i;
      const stops = (k: number) =>
        !HAN_CHAR.test(folded[k - 1] ?? '') || JOIN.test(folded[k - 1]) || a.meetingLeads.some((w) => folded.startsWith(w, k - w.length));
      while (s > i - MAX && !stops(s)) s--;
      // 全面落实全省数字经济高质量发展工作会议部署: a longer name is read only when it opens with a
      // level (全省, 中央) right where its lead stops it; otherwise it ran into the sentence before it.
      for (let k = s - 1; !stops(s) && k > s - LONGER; k--) {
        if (!stops(k)) continue;
        if (levels.some((w) => folded.startsWith(w, k))) s = k;
        break;
      }
      if (s < i && stops(s)) add(s, end);
    }
  }
}

/**
 * The forms of one regional body (各地区, 各地方, 各地) are one agency within a document, named as
 * the document first writes it: written form → that name, for the forms the document holds.
 */
export function oneRegion(
  folded: string,
  spans: readonly { start: number; end: number }[],
  lexicon: Lexicon,
): (name: string) => string | undefined {
  const forms = lexicon.agencies.acting.regions;
  const first = [...spans]
    .sort((x, y) => x.start - y.start)
    .map((x) => folded.slice(x.start, x.end))
    .find((n) => forms.includes(n));
  return (name) => (first && forms.includes(name) ? first : undefined);
}

/**
 * 主动接受各级人大执法监督和政协民主监督: the bodies whose supervision is accepted act. Each item of the phrase
 * after the cue, up to 监督, opens with its body: the first qualified (各级人大), the others also bare (政协).
 * A phrase opening with a bare body (接受人大的法律监督…) names the document's own level's bodies, which the
 * standing bodies' rules read.
 */
function readSupervisors(folded: string, lexicon: Lexicon, qualifiers: readonly string[], add: Add): void {
  const a = lexicon.agencies.acting;
  if (!a.supervisionEnds.length || !a.supervisors.length) return;
  const ends = longestFirst(a.supervisionEnds);
  const bodies = longestFirst(a.supervisors);
  for (const cue of longestFirst(a.supervisionCues)) {
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
      const phrase = /^[^。；;，,\n]{0,30}/.exec(folded.slice(i + cue.length))![0];
      let at = i + cue.length;
      for (const [k, item] of phrase.split(/[和、]/).entries()) {
        if (!ends.some((e) => item.endsWith(e))) break;
        const q = (k ? ['', ...qualifiers] : qualifiers).find(
          (w) => item.startsWith(w) && bodies.some((b) => item.startsWith(b, w.length)),
        );
        if (q === undefined) break;
        add(at, at + q.length + bodies.find((b) => item.startsWith(b, q.length))!.length);
        at += item.length + 1;
      }
    }
  }
}
