import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// A bound right before the noun it sorts (test/fixtures/corpus 005, 019, 031, 024) names a class of thing — the
// units to close, the cars a policy lets in, the schools a norm is for, the fairs that qualify — and measures
// nothing. A count with 以上 before its noun is still how many.

const values = valuesWithUnit;
const read = (title: string, text: string, date: string) => buildGraph([doc('thresholds', [title, '二、主要任务', text].join('\n'), date)]);

describe('a bound that sorts a class', () => {
  it('reads no value from the size of the units closed (30万千瓦以下煤电机组), only the cuts', () => {
    const g = read('2018年国务院政府工作报告', '今年再压减钢铁产能3000万吨左右，淘汰关停不达标的30万千瓦以下煤电机组。', '2018-03-05');
    expect(values(g)).toEqual(['-30000000 吨']);
  });

  it('reads no value from a size that sorts (超过1000人规模的学校) or a bound its subject must meet (其租赁面积在10000平方米以上的)', () => {
    const g = read('山东省“十四五”教育事业发展规划', '超过1000人规模的学校必须配备专职教师。', '2021-10-21');
    expect(values(g)).toEqual([]);
    const h = read(
      '关于加快先进制造业和数字经济发展的若干政策措施',
      '对引进的由国际权威组织承办、无财政支持的先进制造业和数字经济专业性展会，其租赁面积在10000平方米以上的，根据展会租赁面积等条件给予补助。',
      '2019-03-01',
    );
    expect(values(h)).toEqual([]);
  });

  it('reads no value from a round amount written in words that sorts the noun after it (税收超亿元楼宇), recalled wording', () => {
    // A district work report of January 2017, recalled (wording approximate).
    const g = read(
      '政府工作报告',
      '全区实现地区生产总值1030亿元，成为全省首个地区生产总值超千亿元的城区。全区税收超亿元楼宇达到28座，新增税收超亿元楼宇3座。',
      '2017-01-10',
    );
    expect(values(g)).toEqual(['103000000000 元', '28 座', '3 座']);
  });

  it('still reads a count bounded from below (建设100家以上智能工厂)', () => {
    const g = read('山东省智能制造升级计划', '每年培育20家以上智能制造标杆企业，建设100家以上智能工厂。', '2022-06-01');
    expect(values(g)).toEqual(['20 家', '100 家']);
  });
});
