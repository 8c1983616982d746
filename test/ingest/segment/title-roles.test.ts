import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A title line that names a review (…过去一年和五年工作回顾) reports over every sentence no heading or lead
// judges: quoted from a newspaper's digest of the State Council's 2023 work report (its figures as the report
// writes them). Before, such a document's figures fell to the genre's default, a commitment.

const digest = ['解读政府工作报告·过去一年和五年工作回顾', '', '极不寻常 极不平凡', '', '粮食产量1.37万亿斤，增产74亿斤', ''].join('\n');

describe('a title that names a review', () => {
  it('reads a figure no heading judges as a result', () => {
    const g = buildGraph([passage('gwr-2023-digest', digest)]);
    expect(judgedAt(g, 1370000000000).map((j) => j.kind)).toEqual(['ACTUAL']);
  });
});
