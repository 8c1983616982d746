import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit as values } from '../../judged-values';

// A level named as a step crossed is a milestone, not the value reached. The first passage is recalled from
// Guangdong's 2021 government work report (the published wording may differ in detail); the second is
// 052's own sentence (test/fixtures/corpus 052), whose gold takes only the 10.81万亿元.

const read = (title: string, text: string, date: string) => buildGraph([doc('milestones', [title, text].join('\n'), date)]);

describe('a step crossed', () => {
  it('reads no value from the steps listed (连续跨越8万亿元、9万亿元、10万亿元三个大台阶), only the level reached', () => {
    const g = read(
      '2021年广东省政府工作报告',
      '一、“十三五”时期和2020年工作回顾\n五年来，全省地区生产总值连续跨越8万亿元、9万亿元、10万亿元三个大台阶，2020年达到11.08万亿元，年均增长6%。',
      '2021-01-24',
    );
    expect(values(g).sort()).toEqual(['11080000000000 元', '6 %']);
  });

  it('reads the level after a step named in words (跃上十万亿元台阶，达10.81万亿元)', () => {
    const g = read('数字中国发展报告（2022年）', '二、数字经济\n软件业收入跃上十万亿元台阶，达10.81万亿元。', '2023-05-23');
    expect(values(g)).toEqual(['10810000000000 元']);
  });
});
