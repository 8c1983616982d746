import { buildGraph, loadLexicon, segment } from '../../../src/ingest';
import { fileRecord } from '../../fixtures/genre/records';
import { CORPUS_DIR } from '../corpus/corpus-fixture';

// Corpus 074 (国务院办公厅关于印发“无废城市”建设试点工作方案的通知): its header labels two dates,
// 成文日期：2018年12月29日 and 发布日期：2019年01月21日. The plan was written in 2018 and runs to its
// 到2020年 goals, so a target it names without a year (选择10个左右…城市) is due over 2018–2020.

const lexicon = loadLexicon();
const doc = fileRecord(CORPUS_DIR, '074_govcn-2019-zero-waste-city-pilot.txt');

describe('a document labelled with the date it was written and the date it was published', () => {
  it('is dated when it was written', () => {
    const seg = segment(doc, lexicon);
    expect(seg.date).toBe('2018-12-29');
    expect(seg.time.year).toBe(2018);
  });

  it('reads a target with no year of its own over the plan from that year', () => {
    const target = buildGraph([doc]).relationships.find(
      (r) => r.type === 'SETS_TARGET' && typeof r.properties.raw === 'string' && r.properties.raw.includes('10个左右'),
    );
    expect(target?.properties).toMatchObject({ value: 10, period: '2018-2020' });
  });
});
