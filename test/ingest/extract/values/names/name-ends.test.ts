import { namesRead } from '../../names-read';

// What a name ends on before its figure: 每年 says how often (城镇新增就业每年不低于22万人) and 从 opens a change
// (研究与试验发展经费支出占生产总值比重从2.45%提高到2.9%); neither is part of what is measured. After 成都市“十四五”
// 纲要 (2021) and 2023年浙江省政府工作报告, wording as recalled in session 19's fresh-text audit. Before, the
// indicators were named 就业每年 and …比重从, apart from the same measures named elsewhere.

describe('a name before its figure', () => {
  it('drops a 每年 it ends on', () => {
    const names = namesRead('Indicator', '第三章 主要目标\n到2025年，城镇新增就业每年不低于22万人。');
    expect(names.some((n) => n.endsWith('每年'))).toBe(false);
    expect(names).toContain('城镇就业');
  });

  it('drops the 从 that opens a change', () => {
    const text = '一、过去五年工作回顾\n研究与试验发展经费支出占生产总值比重从2.45%提高到2.9%，高新技术企业从1.4万家增加到3.5万家。';
    const names = namesRead('Indicator', text);
    expect(names.some((n) => n.endsWith('从'))).toBe(false);
    expect(names).toContain('高新技术企业');
  });
});
