import type { Role } from '../../../model';
import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared, type Span } from '../../segment';

// The role each body plays in a responsibility note closing a task (任务分工), read by where it stands:
// after a label (（牵头单位：省工业和信息化厅；责任单位：省发展改革委、省科技厅）), before the role word its list
// ends with (（发展改革委牵头，各地区负责）, （市大数据局牵头，市财政局配合）), or by the document's rule that the
// first body leads (（农业农村部、科技部等负责。列第一位者为牵头单位）).

/** 牵头单位：, 责任单位：, 配合部门：: a label that opens a list of bodies in a note. */
export const ROLE_LABEL = /^[\u4e00-\u9fa5]{2,4}(?:单位|部门)[:：]/;
const LABEL = /(?:^|[(（，,；;\s])([\u4e00-\u9fa5]{2,4}(?:单位|部门))[:：]/;
const LABEL_ANYWHERE = new RegExp(LABEL.source, 'g');

interface NoteWords {
  /** Role words that may end a list of bodies, longest first, with the role each gives. */
  cues: [string, Role][];
  labels: { leads: string[]; cooperates: string[] };
}
const wordsOf = new WeakMap<Lexicon, NoteWords>();
function noteWords(lexicon: Lexicon): NoteWords {
  return prepared(wordsOf, lexicon, () => {
    const r = lexicon.agencies.roles;
    const role = (w: string): Role => (r.cooperates.includes(w) ? 'cooperates' : r.carriesOut.includes(w) ? 'carries_out' : 'leads');
    const cues = longestFirst([...new Set([...r.leads, ...r.cooperates, ...r.carriesOut])]).map((w): [string, Role] => [w, role(w)]);
    return { cues, labels: r.noteLabels };
  });
}

/**
 * A role label opening a line or a sentence outside brackets (责任单位：市科技局、市财政局), read from `at` past
 * blanks: the span of its list, a note as a bracketed one is; not a document's metadata (解读单位：).
 */
export function labelLine(folded: string, at: number, lexicon: Lexicon): Span | undefined {
  const m = labelLineRe(lexicon).exec(folded.slice(at, at + LABEL_LINE_REACH));
  return m ? { start: at + m[0].length - m[1].length, end: at + m[0].length } : undefined;
}
const LABEL_LINE_REACH = 200;
const labelLineRes = new WeakMap<Lexicon, RegExp>();
const labelLineRe = (lexicon: Lexicon): RegExp =>
  prepared(labelLineRes, lexicon, () => {
    const { leads, cooperates } = lexicon.agencies.roles.noteLabels;
    const words = longestFirst([...leads, ...cooperates, RESPONSIBLE]).join('|');
    return new RegExp(`^[\\s。;；]*((?:${words})(?:单位|部门)[:：][^\\n()（）。]{2,160})`);
  });
const RESPONSIBLE = '责任';

/** Whether a note names its bodies under labels (责任单位：…), whatever role words it holds. */
export const hasRoleLabel = (note: string): boolean => LABEL.test(note);

/** The role a label gives the bodies after it: its own words say (牵头单位, 参加单位); any other unit is answerable (责任单位). */
function labelRole(label: string, words: NoteWords): Role {
  if (words.labels.leads.some((w) => label.includes(w))) return 'leads';
  if (words.labels.cooperates.some((w) => label.includes(w))) return 'cooperates';
  return 'carries_out';
}

/**
 * The role of the body at `body` inside `note`: the nearest label before it, else the first role
 * word after it; where the document rules that a note's first body leads, the first leads and the
 * others carry the work out unless they only cooperate.
 */
export function noteRole(folded: string, note: Span, body: Span, first: boolean, firstLeads: boolean, lexicon: Lexicon): Role {
  const words = noteWords(lexicon);
  const before = folded.slice(note.start, body.start);
  let label: string | undefined;
  for (const m of before.matchAll(LABEL_ANYWHERE)) label = m[1];
  if (label) return labelRole(label, words);
  const after = folded.slice(body.end, note.end);
  let cue: [number, Role] | undefined;
  for (const [w, role] of words.cues) {
    const i = after.indexOf(w);
    if (i >= 0 && (!cue || i < cue[0])) cue = [i, role];
  }
  if (cue?.[1] === 'cooperates') return 'cooperates';
  if (firstLeads) return first ? 'leads' : 'carries_out';
  return cue?.[1] ?? 'leads';
}
