import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared, type SegmentedDocument } from '../../segment';
import type { FactSink, NodeFact } from '../facts/facts';
import { phraseStart } from '../text/phrase';
import { isBareKind } from './platform-kinds';
import {
  brandShaped,
  counted,
  cuedAfter,
  descriptorAfter,
  descriptorOfQuote,
  endsLikePlatform,
  inOfficeName,
  insideWord,
  isHonour,
  uncutStart,
  verbBeforeSuffix,
  wordsHolding,
} from './platform-names';
import { namedSubjects } from './platform-subjects';

// Platforms (平台): quoted names (“…” or ‘…’, and short bracketed ones: 个人码(某某码)) that end
// like a platform (“城市云脑2.0”), are shaped like a brand (“…码”, “一部手机…”) or are
// introduced as one (“青碳行”平台, 小程序“e定真情”, “…”文化品牌); unquoted …平台/系统/专区/一张网
// phrases; short subjects named as a platform (某某获批…平台); the lexicon's gazetteer (爱山东).

export interface PlatformMention {
  fact: NodeFact;
  start: number;
  end: number;
}

const QUOTED = /“([^“”\n]{2,24})”|‘([^‘’\n]{2,24})’/g;
const BRACKETED = /[(（]([^()（）\n,，、]{2,10})[)）]/g;
const CATEGORY = /^(省级|市级|国家级|全国|各类|一批|多个|各级|首个|全省|行业|部分|相关|\d)/;
const MODIFIERS = ['云脑', '大脑', '一张网', '一张图'];
const MAX_PHRASE = 18;
const IN_NAMES = ['服务', '应用', '建设', '发展', '管理', '赋能'];
// 全国体育系统, 全省公安系统: a scope before …系统 names a sector's people, not a platform.
const SECTOR = '系统';

interface SuffixWords {
  verbs: string[];
  placeWords: string[];
  boundaries: Map<string, string[]>;
  held: Map<string, [string, number][]>;
  scopes: string[];
}
const suffixWords = new WeakMap<Lexicon, SuffixWords>();

/** Per lexicon, once: the words that end a platform phrase before each suffix. */
function wordsFor(lexicon: Lexicon): SuffixWords {
  return prepared(suffixWords, lexicon, () => {
    const lex = lexicon.platforms;
    const verbs = [...lexicon.verbs.task, ...lexicon.verbs.result, '是', '一家', '一个'].filter((v) => !IN_NAMES.includes(v));
    const boundaries = new Map<string, string[]>();
    for (const suffix of [...lex.suffixes, ...lex.placeSuffixes]) {
      // Another platform's ending starts a new name (…平台交通专区), but 云脑/大脑/一张网 may modify one.
      boundaries.set(
        suffix,
        longestFirst([...lex.boundaries, ...verbs, '、', ...lex.suffixes.filter((s) => s !== suffix && !MODIFIERS.includes(s))]),
      );
    }
    return {
      verbs,
      placeWords: [...lexicon.places.cities, ...lexicon.places.provinces],
      boundaries,
      held: wordsHolding([...lex.suffixes, ...lex.placeSuffixes], lex.inWords),
      scopes: longestFirst(lex.scopePrefixes),
    };
  });
}

export function readPlatforms(
  seg: SegmentedDocument,
  sink: FactSink,
  lexicon: Lexicon,
  relevant: (at: number) => boolean,
): PlatformMention[] {
  const { folded, document } = seg;
  const lex = lexicon.platforms;
  const suffixes = longestFirst(lex.suffixes);
  const taken: [number, number][] = [];
  const out: PlatformMention[] = [];
  const add = (start: number, end: number, props: Record<string, string> = {}, spanStart = start, spanEnd = end) => {
    const name = folded.slice(start, end);
    if (name.length < 2 || isBareKind(name, lex) || CATEGORY.test(name) || isHonour(name, lex) || !relevant(start)) return;
    if (taken.some(([s, e]) => start >= s && end <= e)) return;
    taken.push([start, end]);
    out.push({ fact: sink.node('Platform', document.text.slice(start, end), spanStart, spanEnd, props), start, end });
  };
  const { placeWords, boundaries: before, held, scopes, verbs } = wordsFor(lexicon);
  // Where a descriptor that follows a quoted brand starts (“粤省事”|移动民生服务平台): no platform of its own.
  const described: [number, number][] = [];
  for (const m of folded.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2];
    const start = m.index + 1;
    const end = start + inner.length;
    const before = folded.slice(Math.max(0, m.index - 4), m.index);
    const introduced = cuedAfter(folded.slice(end + 1, end + 8), lex) || lex.cueWords.some((w) => before.endsWith(w));
    // A run of quotes before one descriptor (“浙里办”“浙政钉”一体化移动平台) is named whole, below.
    const descriptor = folded[m.index - 1] === '”' || !m[1] ? undefined : descriptorAfter(folded, end + 1, suffixes, verbs);
    if (descriptor !== undefined && !CATEGORY.test(inner) && !isBareKind(inner, lex)) described.push([end + 1, descriptor]);
    if (
      endsLikePlatform(inner, suffixes) ||
      brandShaped(inner, lex) ||
      (introduced && inner.length >= 3) ||
      lex.known[inner] ||
      descriptor !== undefined
    )
      add(start, end, {}, m.index, end + 1);
  }
  // A short name in brackets after a generic one (个人码(某某码)) is read like a quoted one.
  for (const m of folded.matchAll(BRACKETED)) {
    if (endsLikePlatform(m[1], suffixes) || brandShaped(m[1], lex))
      add(m.index + 1, m.index + 1 + m[1].length, {}, m.index, m.index + m[0].length);
  }
  for (const s of namedSubjects(seg, lexicon)) add(s.start, s.end);
  for (const [name, aliases] of Object.entries(lex.known)) {
    for (const form of [name, ...aliases]) {
      for (let i = folded.indexOf(form); i >= 0; i = folded.indexOf(form, i + form.length)) {
        // A version written on (城市云脑2.0建设) names the successor, not the platform itself.
        const version = /^\d+(\.\d+)+/.exec(folded.slice(i + form.length, i + form.length + 8));
        add(i, i + form.length + (version ? version[0].length : 0));
      }
    }
  }
  for (const suffix of [...suffixes, ...lex.placeSuffixes]) {
    const place = lex.placeSuffixes.includes(suffix);
    const boundaries = before.get(suffix)!;
    const holding = held.get(suffix)!;
    for (let i = folded.indexOf(suffix); i >= 0; i = folded.indexOf(suffix, i + 1)) {
      const end = i + suffix.length;
      if (/[\u4e00-\u9fa5]/.test(folded[end] ?? '') && /^(经济|企业|公司)/.test(folded.slice(end, end + 2))) continue;
      if (insideWord(folded, i, holding) || inOfficeName(folded, end)) continue;
      let start = phraseStart(folded, i, MAX_PHRASE, boundaries);
      const whole = uncutStart(folded, start, lex.wholeWords);
      if (whole < start) start = pastVerb(folded, phraseStart(folded, whole, Math.max(0, MAX_PHRASE - (i - whole)), boundaries));
      if (suffix !== SECTOR) start = pastScope(folded, start, i, scopes);
      if (i - start < 2 || i - start >= MAX_PHRASE || inTitle(folded, i) || described.some(([a, b]) => start >= a && end <= b)) continue;
      if (descriptorOfQuote(folded, end) || verbBeforeSuffix(folded, i, lex) || counted(folded, start)) continue;
      if (place && !placeWords.some((p) => folded.startsWith(p, start))) continue;
      add(start, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A scope word before a name (全国一体化在线政务服务平台) is not the name, as identity reads 全市X
 * as X: where the scope would make the phrase a category, the name starts after it.
 */
function pastScope(folded: string, start: number, end: number, scopes: readonly string[]): number {
  if (!CATEGORY.test(folded.slice(start, end))) return start;
  const scope = scopes.find((w) => folded.startsWith(w, start));
  return scope ? start + scope.length : start;
}

/** Past a verb read as part of names (发展个性化定制服务平台): once a cut word was mended, it opens the clause. */
function pastVerb(folded: string, start: number): number {
  const verb = IN_NAMES.find((v) => folded.startsWith(v, start));
  return verb ? start + verb.length : start;
}

/** True when an offset lies inside 《…》 (a title names a platform only in passing). */
function inTitle(folded: string, at: number): boolean {
  const open = folded.lastIndexOf('《', at);
  return open >= 0 && folded.lastIndexOf('》', at) < open;
}
