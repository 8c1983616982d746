import { buildGraph, loadLexicon, segment } from '../../../src/ingest';
import { fileRecord } from '../../fixtures/genre/records';
import { CORPUS_DIR } from '../corpus/corpus-fixture';

// Corpus 044 (山东省…新一代信息技术产业高质量发展的指导意见, 2023): the paragraph of its third 工程 says
// 支持威海等市围绕打印机等计算机外设产品… and closes on its lead unit, …达到3500亿元。（牵头单位：…）.
// 打印 is also a page's print button, a metadata word; a line that holds full sentences is still prose.

const lexicon = loadLexicon();
const doc = fileRecord(CORPUS_DIR, '044_shandong-new-gen-it-industry-opinion-2023.txt');

describe('a paragraph holding a page-furniture word inside its prose', () => {
  it('keeps its sentences', () => {
    const seg = segment(doc, lexicon);
    const at = doc.text.indexOf('全省先进计算产业规模达到3500亿元');
    expect(seg.sentences.some((s) => s.start <= at && at < s.end)).toBe(true);
  });

  it('reads its figure as the target it is', () => {
    const target = buildGraph([doc]).relationships.find((r) => r.type === 'SETS_TARGET' && r.properties.raw === '达到3500亿元');
    expect(target?.properties).toMatchObject({ value: 350000000000, unit: '元', period: '2025' });
  });
});
