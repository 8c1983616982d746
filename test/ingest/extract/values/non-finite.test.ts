import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildGraph, findQuantities } from '../../../../src/ingest';
import { toRecord } from '../../../../src/ingest/read/record';
import type { Graph } from '../../../../src/model';

// Issue 17 D5, D8, D9: a number too long to be a value (400 digits) never becomes Infinity or a
// rounded guess, a declared count of that length is no count, and no value is read from text
// with replacement characters (bytes that could not be decoded).

const SEED = readFileSync(path.join(__dirname, '../../../../seeds/000_526428257d139060.txt'), 'utf8');
const HUGE = '9'.repeat(400);

function numbersOf(graph: Graph): unknown[] {
  const props = [...graph.nodes, ...graph.relationships].map((x) => x.properties);
  return props
    .flatMap((p) => Object.values(p))
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v) => typeof v === 'number');
}

test('a 400-digit number is not a quantity; an ordinary one beside it still is', () => {
  const text = `到2025年，全市建成5G基站${HUGE}个，数据中心机架达到4.5万个。`;
  const q = findQuantities(text);
  expect(q.map((x) => x.value)).toEqual([45000]);
});

test('numbers of 16 or more significant digits are not values (they cannot be held exactly)', () => {
  expect(findQuantities('建成5G基站1234567890123456个。')).toEqual([]);
  expect(findQuantities('建成5G基站123456789012345个。').map((x) => x.value)).toEqual([123456789012345]);
});

test('a document with 400-digit targets and counts yields only finite, safe numbers', () => {
  const text = SEED.replace(/。/, `。共${HUGE}项任务，${HUGE}个项目。到2025年，5G基站数达到${HUGE}个，增长${HUGE}%。`);
  const graph = buildGraph([toRecord('/corpus/huge-numbers.txt', { text, encoding: 'utf-8' })]);
  const numbers = numbersOf(graph);
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.filter((n) => !Number.isFinite(n as number) || Math.abs(n as number) > Number.MAX_SAFE_INTEGER)).toEqual([]);
});

test('no value is read next to a replacement character', () => {
  expect(findQuantities('建成5G基站4.27\uFFFD万个，机架1.2万个。').map((x) => x.value)).toEqual([12000]);
  expect(findQuantities('建成5G基站\uFFFD27万个。')).toEqual([]);
});
