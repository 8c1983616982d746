import { join } from 'node:path';
import { buildGraph, readDocuments } from '../../../../../src/ingest';
import type { Graph } from '../../../../../src/model';
import { CORPUS_DIR } from '../../../corpus/corpus-fixture';

// A figure whose clause only reaches it (新农合参合率再创新高，达到98.5%: the Hailar district's 2012
// report, GBK as published) measures the subject of the clause before, cut where its predicate opens.

describe('the subject of the clause before a nameless figure', () => {
  let graph: Graph;
  beforeAll(async () => {
    const { documents } = await readDocuments([join(CORPUS_DIR, '012_hailar-district-gwr-2012.txt')]);
    graph = buildGraph(documents);
  });

  const measured = (value: number) => {
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    return graph.relationships
      .filter((r) => r.type === 'MEASURED' && r.properties.value === value)
      .map((r) => `${names.get(r.to)} ${r.properties.period}`);
  };

  it('names the figure by that subject, in the year reported', () => {
    expect(measured(98.5)).toEqual(['新农合参合率 2011']);
  });

  it('leaves a figure its own name when its clause has one', () => {
    expect(measured(5527)).toEqual(['城镇就业 2011']);
  });
});

describe('the subject before a milestone the figure reaches', () => {
  // The 2022 Digital China report (corpus 052), its figure's unit wrapped to the next printed line.
  const text = [
    '数字中国发展报告（2022年）',
    '（一）数字产业规模稳步增长',
    '2022 年，电子信息制造业实现营业收入15.4万亿元，同',
    '比增长5.5%。软件业收入跃上十万亿元台阶，达10.81万亿',
    '元，同比增长11.2%。',
  ].join('\n');

  it('names the figure after 跃上…台阶 by the subject before it', () => {
    const doc = {
      id: 'report-2022',
      path: 'report-2022.txt',
      text,
      kind: 'other',
      encoding: 'utf-8',
      hash: 'r',
      title: '',
      chars: text.length,
    };
    const graph = buildGraph([doc as Parameters<typeof buildGraph>[0][number]]);
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const read = graph.relationships
      .filter((r) => r.type === 'MEASURED' && r.properties.value === 10810000000000)
      .map((r) => `${names.get(r.to)} ${r.properties.period}`);
    expect(read).toEqual(['软件业收入 2022']);
  });
});
