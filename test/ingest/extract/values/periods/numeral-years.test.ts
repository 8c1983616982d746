import { buildGraph } from '../../../../../src/ingest';
import { digitYears } from '../../../../../src/ingest/segment';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Years written in numerals (到二〇二七年, 二〇二二年) date values as years written in digits do. The tune texts
// write numeral years only in cited titles (035: 《济南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》);
// the passages below are quoted from Shandong's 2024 sci-tech industrial-chains plan (047; its 到2027年 rewritten as
// 到二〇二六年, a year other than its title's last, so that the title's span read instead would show) and the Digital
// China report on 2022 (052, delivered in 2023 and quoted without its title; its 2022 年 rewritten as 二〇二二年), the
// form formal documents write years in.

const PLAN = (year: string) =>
  [
    '山东省科技赋能标志性产业链高质量发展行动计划（2024—2027年）',
    '二、主要目标',
    `到${year}年，全社会研发经费投入强度达到2.8%左右；聚焦标志性产业链领域，形成200项左右重大创新成果。`,
  ].join('\n');

describe('years written in numerals', () => {
  it('reads 到二〇二六年 as the horizon 到2026年 is', () => {
    // The plan's own title runs to 2027: a horizon read as a year after it would show here as another period.
    const digits = buildGraph([doc('047-passage', PLAN('2026'), '2024-01-26')]);
    const numerals = buildGraph([doc('047-passage', PLAN('二〇二六'), '2024-01-26')]);
    expect(at(digits, 200)).toEqual([{ kind: 'TARGET', period: '2026' }]);
    expect(at(numerals, 200)).toEqual([{ kind: 'TARGET', period: '2026' }]);
  });

  it('dates a result by a numeral year heading its sentence', () => {
    const text =
      '二〇二二年，电子信息制造业实现营业收入15.4万亿元，同比增长5.5%。软件业收入跃上十万亿元台阶，达10.81万亿元，同比增长11.2%。';
    const g = buildGraph([doc('052-passage', text, '2023-05-23')]);
    expect(at(g, 5.5)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    // The next sentence of the paragraph, as a digit year carries (paragraph-year.test.ts).
    expect(at(g, 11.2)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('reads a figure of a year already past, written in numerals, as a result of that year', () => {
    // 033 (a 2021–2023 plan), its 发展现状 paragraph quoted without the heading that makes it a review, 2020年
    // rewritten as 二〇二〇年: the year written before the figure, already past, is what says it was had.
    const PASSAGE = (year: string) =>
      [
        '山东省推动智能传感器产业发展行动计划（2021-2023年）',
        `从省内看，我省传感器产业经过近些年的发展打下了良好基础，极具发展潜力，拥有智能传感器企业70余家，${year}年实现主营业务收入109.1亿元，在声学、压力和非制冷红外传感器等领域具有比较突出的行业地位和竞争力。`,
      ].join('\n');
    expect(at(buildGraph([doc('033-passage', PASSAGE('2020'), '2021-04-02')]), 10910000000)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
    expect(at(buildGraph([doc('033-passage', PASSAGE('二〇二〇'), '2021-04-02')]), 10910000000)).toEqual([
      { kind: 'ACTUAL', period: '2020' },
    ]);
  });

  it('turns only a four-numeral year before 年 into digits, keeping the text’s length', () => {
    const title = '《济南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》';
    expect(digitYears(title)).toBe('《济南市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》');
    expect(digitYears('二〇二三年底，三五年内，二〇二三')).toBe('2023年底，三五年内，二〇二三');
    expect(digitYears(title).length).toBe(title.length);
  });
});
