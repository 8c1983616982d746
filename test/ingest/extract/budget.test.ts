import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildGraph, DEFAULT_EXTRACT_LIMITS, extractWithin, loadLexicon, type ExtractLimits } from '../../../src/ingest';
import { toRecord } from '../../../src/ingest/read/record';
import type { Rejection } from '../../../src/ingest';

// Issue 17 D2/D4: a per-document budget of time, memory (facts kept) and work (steps counted in
// the extract loops) for segment + extract. A document over it is refused with one line and left
// out of the graph; the documents beside it are read as before.

const SEED = readFileSync(path.join(__dirname, '../../../seeds/000_526428257d139060.txt'), 'utf8');
const lexicon = loadLexicon();
const seed = toRecord('plan.txt', { text: SEED, encoding: 'utf-8' });
const limits = (over: Partial<ExtractLimits>): ExtractLimits => ({ ...DEFAULT_EXTRACT_LIMITS, ...over });

test('within the default budget a real plan is read in full', () => {
  const facts = extractWithin(seed, lexicon);
  expect(facts.refused).toBeUndefined();
  expect(facts.nodes.some((n) => n.label === 'Task')).toBe(true);
});

test('over the time budget: refused with one line naming the budget', () => {
  const facts = extractWithin(seed, lexicon, limits({ timeMs: 0 }));
  expect(facts.refused).toMatch(/^over the time budget: reading took more than 0 ms \(at [a-z ]+\)$/);
  expect(facts.nodes).toEqual([]);
});

test('over the memory budget (facts kept): refused with one line', () => {
  const facts = extractWithin(seed, lexicon, limits({ maxFacts: 10 }));
  expect(facts.refused).toBe('over the memory budget: more than 10 facts in one document');
  expect(facts.relationships).toEqual([]);
});

test('over the work budget: refused with one line', () => {
  // Work steps are counted, not timed: the same text always takes the same number.
  const facts = extractWithin({ ...seed, text: SEED.repeat(40) }, lexicon, limits({ stepsPerChar: 0 }));
  expect(facts.refused).toMatch(/^over the work budget: more than 20000 steps while reading [a-z ]+$/);
});

test('the graph leaves a refused document out, reports it once, and keeps the others', () => {
  const refused: Rejection[] = [];
  const other = toRecord('other.txt', { text: SEED.slice(0, 2000), encoding: 'utf-8' });
  const big = toRecord('big.txt', { text: SEED.repeat(40), encoding: 'utf-8' });
  const graph = buildGraph([big, other], {
    lexicon,
    extractLimits: limits({ stepsPerChar: 0 }),
    onRefused: (r) => refused.push(r),
  });
  expect(refused).toEqual([{ path: 'big.txt', reason: expect.stringMatching(/^over the work budget/) }]);
  expect(graph.documents.map((d) => d.id)).toEqual(['other']);
});
