import { join } from 'node:path';
import { buildGraph, loadLexicon, segment } from '../../../src/ingest';
import { fileRecord } from '../../fixtures/genre/records';

// The opening of the 2017 government work report (corpus 004) as its converter delivered it:
// paragraphs set apart by blank lines, but cut inside into short lines (…发展。\n党的十八届六中全会\n
// 正式明确\n习近平\n…). Those pieces run on; they are not headings, so the review section holds
// the whole review and its results stay results of the year under review.

const lexicon = loadLexicon();
const doc = fileRecord(join(__dirname, '../../fixtures/segment'), 'gwr-2017-run-on-lines.txt');
const seg = segment(doc, lexicon);
const headings = seg.sections.map((s) => s.headingText);

describe('a text cut into short lines inside its paragraphs', () => {
  it('does not take the run-on pieces for headings', () => {
    for (const piece of ['党的十八届六中全会', '正式明确', '习近平', '改革开放', '城市轨道交通']) {
      expect(headings).not.toContain(piece);
    }
  });

  it('keeps the real heading, and its section runs over the cut lines', () => {
    const review = seg.sections.find((s) => s.headingText === '2016年工作回顾')!;
    expect(review).toBeDefined();
    const end = doc.text.indexOf('多万公里。');
    expect(review.start).toBeLessThan(doc.text.indexOf('党的十八届六中全会'));
    expect(review.end).toBeGreaterThan(end);
  });

  it('reads the cut review lines as results of 2016, not targets of the next year', () => {
    const values = buildGraph([doc]).relationships.filter((r) => r.properties.raw !== undefined);
    const read = (raw: string) => values.find((r) => r.properties.raw === raw);
    // 新建\n高速铁路\n投产里程超过1900公里 and 新增\n第四代移动通信\n用户3.4亿: both cut across lines.
    for (const raw of ['超过1900公里', '6700多公里', '3.4亿']) {
      expect(read(raw)).toMatchObject({ type: 'MEASURED', properties: { period: '2016' } });
    }
  });
});
