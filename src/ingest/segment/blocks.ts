import type { Lexicon } from '../lexicon';
import type { Block, Line } from './types';

// A news page may carry several articles. An article ends with its byline ((…记者 …)) and a new
// one opens with a dateline (…3月20日讯) under its own headlines. Each block is kept only if
// its vocabulary is that of the programme (数字, 数据, 政务 …): a heating-pipeline story on the
// same page is not evidence about the plan.

const BYLINE_CLOSE = /[(（][^()（）]{0,40}[)）]\s*$/;
// 3月20日讯 / 本报讯（记者…）: a dateline, dated or not.
const DATELINE = /\d{1,2}月\d{1,2}日(?:讯|电)|讯[(（]/;
const MIN_HITS = 3;
const MIN_PER_THOUSAND = 4;

export function readBlocks(folded: string, lines: Line[], bodyStart: number, lexicon: Lexicon): Block[] {
  const cuts = new Set<number>();
  const bylines = lexicon.documentKinds.bylines;
  lines.forEach((line, i) => {
    if (line.start < bodyStart) return;
    const text = folded.slice(line.start, line.end);
    if (
      BYLINE_CLOSE.test(text) &&
      bylines.some((b) => text.slice(text.lastIndexOf('(')).includes(b) || text.slice(text.lastIndexOf('（')).includes(b))
    ) {
      if (lines[i + 1]) cuts.add(lines[i + 1].start);
    }
    if (DATELINE.test(text.slice(0, 20)) && i > 0) {
      // The headlines right above a dateline belong to the new article.
      let j = i;
      while (j > 0 && lines[j - 1].heading !== undefined && lines[j - 1].start >= bodyStart) j--;
      if (lines[j].start > bodyStart) cuts.add(lines[j].start);
    }
  });
  const starts = [0, ...[...cuts].sort((a, b) => a - b)];
  const blocks: Block[] = starts.map((start, i) => ({ start, end: starts[i + 1] ?? folded.length, relevant: true }));
  if (blocks.length > 1) {
    const vocabulary = lexicon.domains.programmeVocabulary;
    for (const block of blocks) {
      const text = folded.slice(Math.max(block.start, bodyStart), block.end);
      const hits = vocabulary.reduce((n, w) => n + count(text, w), 0);
      block.relevant = hits >= MIN_HITS && (hits * 1000) / Math.max(text.length, 1) >= MIN_PER_THOUSAND;
    }
  }
  return blocks;
}

function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}
