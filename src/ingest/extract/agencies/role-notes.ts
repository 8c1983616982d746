import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';
import { ROLE_LABEL } from './note-roles';

const NOTE = /[(（]([^()（）\n]{2,80})[)）]/g;

/**
 * A role note names its bodies by where they stand, whatever their ending: (省大数据局、省政府办公厅
 * 牵头，各有关部门、各市政府配合) → each item before a role word is a body; (牵头单位：市科技局，
 * 责任单位：市财政局、青岛海洋科技中心) → each item after a role label is one.
 */
export function readRoleNotes(folded: string, lexicon: Lexicon, add: (start: number, end: number) => void): void {
  const roleWords = roleWordsOf(lexicon);
  const items = (group: string, at: number) => {
    const parts = group.split(/[、及]/);
    let itemAt = at;
    for (let k = 0; k < parts.length; k++) {
      let item = parts[k];
      // 有关区、市政府: a city's 区(市) are written 区、市.
      if (/^(?:各|有关|相关)?区$/.test(item) && parts[k + 1]?.startsWith('市')) item = `${item}、${parts[++k]}`;
      // 由省大数据局负责, 技工院校内由人力资源社会保障行政部门负责: the body is the one after 由.
      const by = item.search(/(?<!自)由(?=[\u4e00-\u9fa5]{2})/);
      const name = by >= 0 ? item.slice(by + 1) : item;
      const start = itemAt + item.length - name.length;
      // 省海洋局等, 省通信管理局分工(负责): the list's closing words are not the body's.
      // 银保监会等相关部门: the body is the one named before 等, not the kind summed up after it.
      const len = name.replace(TRAILING, '').replace(SUMMED, '').length;
      const place = lexicon.places.cities.includes(name);
      if (!place && len >= 2 && len <= 20 && !/[的，。：:]/.test(name)) add(start, start + len);
      itemAt += item.length + 1;
    }
  };
  const readNote = (note: string, from: number) => {
    let at = from;
    let listing = false;
    for (const group of note.split(/([，,；;。])/)) {
      // （…责任单位：…开发区管委。以下任务均需…落实，不再一一列出）: a sentence end closes the list.
      if (group === '。') listing = false;
      const role = roleWords.find((w) => group.endsWith(w));
      const label = ROLE_LABEL.exec(group);
      if (label) {
        listing = true;
        items(group.slice(label[0].length), at + label[0].length);
      } else if (role) items(group.slice(0, -role.length), at);
      else if (listing && !/^[，,；;]$/.test(group)) items(group, at);
      at += group.length;
    }
  };
  for (const m of folded.matchAll(NOTE)) readNote(m[1], m.index + 1);
  // A task list may write its labels outside brackets, opening a line or a sentence (责任单位：市科技局、市财政局).
  for (const m of folded.matchAll(labelLines(lexicon))) readNote(m[1], m.index + m[0].length - m[1].length);
}

// The role words a note's item ends in, longest first: once per lexicon.
const roleWordLists = new WeakMap<Lexicon, string[]>();
const roleWordsOf = (lexicon: Lexicon): string[] =>
  prepared(roleWordLists, lexicon, () => longestFirst([...lexicon.agencies.roles.leads, ...lexicon.agencies.roles.cooperates]));

// A role label (牵头单位：, 责任单位：, 配合部门：) opening a line or a sentence, with the bodies after it; not a
// document's metadata (解读单位：, 发文单位：), which names a division as often as a body.
const labelLineRes = new WeakMap<Lexicon, RegExp>();
const labelLines = (lexicon: Lexicon): RegExp =>
  prepared(labelLineRes, lexicon, () => {
    const { leads, cooperates } = lexicon.agencies.roles.noteLabels;
    const words = longestFirst([...leads, ...cooperates, RESPONSIBLE_LABEL]).join('|');
    return new RegExp(`(?<=^|\\n|[。；])[ \\u3000]*((?:${words})(?:单位|部门)[:：][^\\n()（）。]{2,160})`, 'g');
  });
const RESPONSIBLE_LABEL = '责任';

// 牵头单位：, 责任单位：, 配合部门：: a label that opens a list of bodies in a note.
const SUMMED = /(?<=[\u4e00-\u9fa5]{2})等(?:相关|有关|其他)?(?:部门|单位)$/;
const TRAILING = /(?:等|按职能|按职责|分工|分别|牵头|负责)+$/;
