import type { Role } from '../../../model';
import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared, type Span } from '../../segment';
import type { FactSink, NodeFact } from '../facts/facts';

// The part a body plays by what its sentence says it owns, whatever the clause's own act: the
// leadership or deployment others follow (在市委、市政府和区委的正确领导下, 落实党中央、国务院决策部署)
// is a leader's; the spirit or rules others carry out (落实中央八项规定精神) are an issuer's; a document
// issued with a body's consent (经国务院同意，现提出如下意见) is issued by it. A body written so is not
// the one carrying out the clause.

interface Owned {
  leads: RegExp;
  issues: RegExp;
  cooperates: RegExp;
  unnamed: RegExp;
  consentBefore: RegExp;
  consent: RegExp;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (ws: string[]) => longestFirst(ws).map(escape).join('|');

const cache = new WeakMap<Lexicon, Owned | null>();
function owned(lexicon: Lexicon): Owned | null {
  return prepared(cache, lexicon, () => {
    const o = lexicon.agencies.roles.owned;
    if (!o.leads.length && !o.issues.length && !o.consent.length) return null;
    // 的, or a topic it is about (关于发展数字经济的, 对数字政府建设工作的, 关于…工作有关), may stand between the body and
    // what it owns.
    const never = '(?!)'; // an empty list matches nothing
    // A numbered session of the body (区委十四届五次全委扩大会议的部署): what it owns is the session's.
    const session = o.sessionEnds.length
      ? `(?:[一二三四五六七八九十\\d]+届(?:[一二三四五六七八九十\\d]+次)?[^，,。；;、的\\s]{0,6}?(?:${alt(o.sessionEnds)}))?`
      : '';
    const topic = o.between.length ? `(?:(?:${alt(o.between)})[^，,。；;：:\\n]{1,40}?(?:的|有关))?` : '';
    const between = `${session}的?${topic}`;
    // A short name of what is owned, not after a modal or an adverb (地方政府要按规定… is a subject acting).
    const named = '(?![要应按将可须也都不已])[^，,。；;：:、\\s]{0,8}?';
    const modals = lexicon.agencies.acting.kindActs;
    return {
      // 领导 as the leadership followed, not a body of leaders (领导小组, 领导干部); 指导 as guidance given, not a
      // paper or body named by it (指导意见, 指导委员会): `nameTails`.
      leads: new RegExp(`^的?${between}(?:${o.leads.length ? alt(o.leads) : never})${o.nameTails.length ? `(?!${alt(o.nameTails)})` : ''}`),
      // The spirit of a body's rule or document (中央八项规定精神, 中央一号文件精神): a short name may stand first.
      issues: new RegExp(`^的?${between}${named}(?:${o.issues.length ? alt(o.issues) : never})`),
      // 网信、通信管理…等部门间高效联动机制, …等部门要加强协调: what the list does together.
      cooperates: new RegExp(
        `^(?:${o.listEnds.length ? alt(o.listEnds) : never})?(?:${modals.length ? alt(modals) : never})?(?:${o.cooperates.length ? alt(o.cooperates) : never})`,
      ),
      unnamed: new RegExp(`^的?${between}(?:${o.unnamed.length ? alt(o.unnamed) : never})`),
      consentBefore: new RegExp(`(?:${o.consentBefore.length ? alt(o.consentBefore) : never})$`),
      consent: new RegExp(`^(?:${o.consent.length ? alt(o.consent) : never})`),
    };
  });
}

/**
 * The part the body (or list of bodies) between `before` and `after` plays by what the sentence
 * says it owns, if it says so (`unnamed`: a part the roles have no word for): `before` is the
 * sentence up to the first body, `after` the text after the last.
 */
export function ownedRole(before: string, after: string, lexicon: Lexicon): Role | 'unnamed' | undefined {
  const o = owned(lexicon);
  if (!o) return undefined;
  if (o.consentBefore.test(before) && o.consent.test(after)) return 'issues';
  if (o.leads.test(after)) return 'leads';
  if (o.issues.test(after)) return 'issues';
  if (o.cooperates.test(after)) return 'cooperates';
  // 在区人大、政协的监督和支持下: a part the roles have no word for; the body plays none of theirs here.
  if (o.unnamed.test(after)) return 'unnamed';
  return undefined;
}

const modalCache = new WeakMap<Lexicon, { modal: RegExp; leads: RegExp }>();
/**
 * 各地要从实际出发, 政府各部门要严格执行…: a body opening its clause before a modal is the one who acts; it
 * leads where the modal's act is to lead (中国信息通信研究院、中国互联网协会要牵头设立…).
 */
function subjectRole(after: string, lexicon: Lexicon): Role | undefined {
  const { modal, leads } = prepared(modalCache, lexicon, () => {
    const acts = lexicon.agencies.acting.kindActs;
    const lead = lexicon.agencies.roles.leads;
    const modal = `^[都也]?(?:${acts.length ? alt(acts) : '(?!)'})`;
    return { modal: new RegExp(modal), leads: new RegExp(`${modal}(?:${lead.length ? alt(lead) : '(?!)'})`) };
  });
  return leads.test(after) ? 'leads' : modal.test(after) ? 'carries_out' : undefined;
}

interface Mention extends Span {
  fact: NodeFact;
}

/**
 * Bodies named where no task or result is read (为贯彻落实党中央、国务院决策部署，制定本方案; 在区委的坚强领导下，…):
 * what their sentence says they own gives their part in the document's own plans, and one opening its clause
 * before a modal (各地要从实际出发…) carries them out.
 */
export function readOwnedOutsideUnits(
  sentences: Span[],
  unitSentences: Span[],
  own: NodeFact[],
  agencies: Mention[],
  folded: string,
  sink: FactSink,
  lexicon: Lexicon,
): void {
  if (!own.length || !owned(lexicon)) return;
  const inUnit = new Set(unitSentences.map((s) => s.start));
  let at = 0;
  for (const s of sentences) {
    if (inUnit.has(s.start)) continue;
    while (at < agencies.length && agencies[at].start < s.start) at++;
    const named: Mention[] = [];
    for (let k = at; k < agencies.length && agencies[k].start < s.end; k++) if (agencies[k].end <= s.end) named.push(agencies[k]);
    for (const [k, a] of named.entries()) {
      let last = a;
      for (let j = k + 1; j < named.length && named[j].start === last.end + 1 && /[、和及]/.test(folded[last.end]); j++) last = named[j];
      const after = folded.slice(last.end, Math.min(s.end, last.end + 60));
      const owns = ownedRole(folded.slice(s.start, a.start), after, lexicon);
      const role = owns === 'unnamed' ? undefined : (owns ?? subjectRole(after, lexicon));
      if (role) for (const p of own) sink.rel('RESPONSIBLE_FOR', a.fact, p, a.start, last.end, { role }, role);
    }
  }
}
