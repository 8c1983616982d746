import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// The Digital China report (test/fixtures/corpus 052) lists the figures of several services after one 分别, its
// subject on the line before as the PDF text wraps it: each figure listed right after the first, in its unit,
// measures the same kind of thing and is a value.

const values = valuesWithUnit;

describe('figures listed after 分别', () => {
  it('reads every figure of the list, not only the first (分别达5.4亿人、4.2亿人、3.6亿人)', () => {
    const text = [
      '数字中国发展报告（2022年）',
      '（二）数字经济',
      '创历史新高。线上办公、在线旅行预订、互联网医疗用户规模',
      '分别达5.4亿人、4.2亿人、3.6亿人，增长率分别达到15.1%、',
      '6.5%、21.7%。',
    ].join('\n');
    expect(values(buildGraph([doc('052-passage', text, '2023-05-23')]))).toEqual([
      '540000000 人',
      '420000000 人',
      '360000000 人',
      '15.1 %',
      '6.5 %',
      '21.7 %',
    ]);
  });
});
