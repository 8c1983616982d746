import { chineseNumber } from './text';
import type { MarkerKind } from './types';

// Outline markers of Chinese official documents, highest first. Ranks let a (一) section sit
// inside a 一、 section; an unmarked heading counts as top level.

interface MarkerRule {
  kind: MarkerKind;
  re: RegExp;
  rank: (m: RegExpExecArray) => number;
}

const CN = '[一二三四五六七八九十]+';

const RULES: MarkerRule[] = [
  { kind: 'markdown', re: /^(#{1,6})\s*/, rank: (m) => m[1].length - 1 },
  // A long plan's parts, chapters and their sections (第一篇 · 第一章 · 第一节) stand over its 一、.
  { kind: 'part', re: new RegExp(`^第${CN}(?:篇|部分)\\s*`), rank: () => 0.25 },
  { kind: 'chapter', re: new RegExp(`^第${CN}章\\s*`), rank: () => 0.5 },
  { kind: 'chapter-section', re: new RegExp(`^第${CN}节\\s*`), rank: () => 0.75 },
  { kind: 'cn', re: new RegExp(`^${CN}[、.]\\s*`), rank: () => 1 },
  { kind: 'paren-cn', re: new RegExp(`^[(（]${CN}[)）]\\s*`), rank: () => 2 },
  { kind: 'num', re: /^\d{1,2}(?:[、]|[.．](?!\d))\s*/, rank: () => 3 },
  { kind: 'article', re: /^第[一二三四五六七八九十百零\d]+条\s*/, rank: () => 3 },
  { kind: 'paren-num', re: /^[(（]\d{1,2}[)）]\s*/, rank: () => 4 },
  { kind: 'bullet', re: /^[●►■◆▪•◇○▶★☆]\s*/, rank: () => 5 },
  { kind: 'ordinal', re: new RegExp(`^${CN}是`), rank: () => 6 },
];

/** Rank of a heading line without a marker. */
export const UNMARKED_RANK = 1;

export interface Marker {
  kind: MarkerKind;
  rank: number;
  length: number;
}

/** The outline marker a (folded, left-trimmed) line starts with, if any. */
export function readMarker(line: string): Marker | undefined {
  for (const rule of RULES) {
    const m = rule.re.exec(line);
    if (!m) continue;
    // 一是 keeps its words: "一是加强规划统筹" reads as the heading "加强规划统筹".
    return { kind: rule.kind, rank: rule.rank(m), length: m[0].length };
  }
  return undefined;
}

/** The number an outline marker counts (三 of 三、, 2 of （2）), if the line starts with one that counts. */
export function markerNumber(line: string): number | undefined {
  const marker = readMarker(line);
  if (!marker || marker.kind === 'bullet' || marker.kind === 'markdown') return undefined;
  const numeral = /[一二三四五六七八九十百零\d]+/.exec(line.slice(0, marker.length));
  return numeral ? chineseNumber(numeral[0]) : undefined;
}
