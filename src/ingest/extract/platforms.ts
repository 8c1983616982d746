import type { Lexicon } from '../lexicon';
import { longestFirst, type SegmentedDocument } from '../segment';
import type { FactSink, NodeFact } from './facts';
import { phraseStart } from './phrase';

// Platforms (平台): quoted names that end like a platform (“城市云脑2.0”, “生态环境一张网”) or
// are introduced as one (“青碳行”平台, 小程序“e定真情”); unquoted …平台/系统/专区/一张网 phrases;
// names of the lexicon's gazetteer (爱山东, 卡奥斯).

export interface PlatformMention { fact: NodeFact; start: number; end: number }

const QUOTED = /“([^“”\n]{2,24})”/g;
const VERSION = /\d+(\.\d+)+$/;
const CATEGORY = /^(省级|市级|国家级|全国|各类|一批|多个|各级|首个|全省|行业|部分|相关|\d)/;
const MODIFIERS = ['云脑', '大脑', '一张网', '一张图'];
const MAX_PHRASE = 18;
const IN_NAMES = ['服务', '应用', '建设', '发展', '管理'];

export function readPlatforms(seg: SegmentedDocument, sink: FactSink, lexicon: Lexicon, relevant: (at: number) => boolean): PlatformMention[] {
  const { folded, document } = seg;
  const lex = lexicon.platforms;
  const suffixes = longestFirst(lex.suffixes);
  const taken: [number, number][] = [];
  const out: PlatformMention[] = [];
  const add = (start: number, end: number, props: Record<string, string> = {}, spanStart = start, spanEnd = end) => {
    const name = folded.slice(start, end);
    if (name.length < 2 || lex.notNames.includes(name) || CATEGORY.test(name) || !relevant(start)) return;
    if (taken.some(([s, e]) => start >= s && end <= e)) return;
    taken.push([start, end]);
    out.push({ fact: sink.node('Platform', document.text.slice(start, end), spanStart, spanEnd, props), start, end });
  };
  const endsLikePlatform = (name: string) => suffixes.some((s) => name.replace(VERSION, '').endsWith(s));

  for (const m of folded.matchAll(QUOTED)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    const after = folded.slice(end + 1, end + 4);
    const before = folded.slice(Math.max(0, m.index - 4), m.index);
    const introduced = lex.cueWords.some((w) => after.startsWith(w) || before.endsWith(w));
    if (endsLikePlatform(m[1]) || (introduced && m[1].length >= 3) || lex.known[m[1]]) add(start, end, {}, m.index, end + 1);
  }
  for (const [name, aliases] of Object.entries(lex.known)) {
    for (const form of [name, ...aliases]) {
      for (let i = folded.indexOf(form); i >= 0; i = folded.indexOf(form, i + form.length)) {
        // A version written on (城市云脑2.0建设) names the successor, not the platform itself.
        const version = /^\d+(\.\d+)+/.exec(folded.slice(i + form.length, i + form.length + 8));
        add(i, i + form.length + (version ? version[0].length : 0));
      }
    }
  }
  const verbs = [...lexicon.verbs.task, ...lexicon.verbs.result, '是', '一家', '一个'].filter((v) => !IN_NAMES.includes(v));
  const placeWords = [...lexicon.places.cities, ...lexicon.places.provinces];
  for (const suffix of [...suffixes, ...lex.placeSuffixes]) {
    const place = lex.placeSuffixes.includes(suffix);
    // Another platform's ending starts a new name (…平台交通专区), but 云脑/大脑/一张网 may modify one.
    const boundaries = longestFirst([...lex.boundaries, ...verbs, '、', ...lex.suffixes.filter((s) => s !== suffix && !MODIFIERS.includes(s))]);
    for (let i = folded.indexOf(suffix); i >= 0; i = folded.indexOf(suffix, i + 1)) {
      const end = i + suffix.length;
      if (/[\u4e00-\u9fa5]/.test(folded[end] ?? '') && /^(经济|企业|公司)/.test(folded.slice(end, end + 2))) continue;
      const start = phraseStart(folded, i, MAX_PHRASE, boundaries);
      if (i - start < 2 || i - start >= MAX_PHRASE || inTitle(folded, i)) continue;
      if (place && !placeWords.some((p) => folded.startsWith(p, start))) continue;
      add(start, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when an offset lies inside 《…》 (a title names a platform only in passing). */
function inTitle(folded: string, at: number): boolean {
  const open = folded.lastIndexOf('《', at);
  return open >= 0 && folded.lastIndexOf('》', at) < open;
}
