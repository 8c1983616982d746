import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// The document's own plan where its title issues, cites or reports a plan (src/ingest/extract/plans/own-plans.ts): a
// notice wrapped over two lines, a title built around a cited title, a notice issuing two papers, a news headline, and a
// note in brackets after the title. Fresh official texts, recalled from the published documents (body, year, number in
// each case); the plans asserted are the ones the published text names.

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');
const names = (text: string) => plans(text).map((p) => p.name);

describe('a notice issuing a plan, its title wrapped over two lines', () => {
  // 湖北省人民政府办公厅, 鄂政办发〔2021〕36号 (2021).
  const text = [
    '湖北省人民政府办公厅关于印发湖北省数字经济发展',
    '“十四五”规划的通知',
    '',
    '鄂政办发〔2021〕36号',
    '',
    '各市、州、县人民政府，省政府各部门：',
    '《湖北省数字经济发展“十四五”规划》已经省人民政府同意，现印发给你们，请认真组织实施。',
  ].join('\n');

  it('names the plan it issues, not a plan “…的通知”', () => {
    expect(names(text)).toContain('湖北省数字经济发展“十四五”规划');
    expect(names(text).filter((n) => n.endsWith('的通知'))).toEqual([]);
  });

  it('reads no bare five-year plan in the title’s second line', () => {
    expect(names(text)).not.toContain('“十四五”规划');
  });
});

describe('a title built around the plan it carries out', () => {
  // 成都市贯彻落实《成渝地区双城经济圈建设规划纲要》实施方案 (2021).
  const text = [
    '成都市贯彻落实《成渝地区双城经济圈建设规划纲要》实施方案',
    '',
    '为深入贯彻落实《成渝地区双城经济圈建设规划纲要》（以下简称《规划纲要》），推动成渝地区双城经济圈建设取得更大成效，根据《四川省贯彻落实〈成渝地区双城经济圈建设规划纲要〉实施方案》，结合成都实际，制定本实施方案。',
  ].join('\n');

  it('is the document’s own plan, named whole; the cited outline is another', () => {
    const found = plans(text);
    const own = found.find((p) => p.name.startsWith('成都市'));
    expect(own?.name).toBe('成都市贯彻落实《成渝地区双城经济圈建设规划纲要》实施方案');
    expect(own?.properties.level).toBe('municipal');
    expect(found.map((p) => p.name)).toContain('成渝地区双城经济圈建设规划纲要');
  });
});

describe('a notice issuing two papers', () => {
  // 广东省人民政府, 粤府〔2021〕45号 (2021).
  const text = [
    '广东省人民政府关于印发广东省制造业数字化转型实施方案及若干政策措施的通知',
    '',
    '粤府〔2021〕45号',
    '',
    '各地级以上市人民政府，省政府各部门、各直属机构：',
    '现将《广东省制造业数字化转型实施方案（2021—2025年）》和《广东省制造业数字化转型若干政策措施》印发给你们，请认真组织实施。',
  ].join('\n');

  it('names the two papers, not one joined by 及', () => {
    expect(names(text)).toEqual(
      expect.arrayContaining(['广东省制造业数字化转型实施方案(2021—2025年)', '广东省制造业数字化转型若干政策措施']),
    );
    expect(names(text)).not.toContain('广东省制造业数字化转型实施方案及若干政策措施');
    expect(names(text)).not.toContain('广东省制造业数字化转型实施方案');
  });
});

describe('a news headline that a province issued a plan', () => {
  // 山东省人民政府 news on 《山东省“十四五”数字强省建设规划》 (2021).
  const text = [
    '山东印发数字强省建设“十四五”规划',
    '',
    '近日，山东省人民政府印发《山东省“十四五”数字强省建设规划》（以下简称《规划》），明确了今后五年数字强省建设的总体要求、主要任务和保障措施。',
  ].join('\n');

  it('is no plan named with the province and its verb', () => {
    expect(names(text)).not.toContain('山东印发数字强省建设“十四五”规划');
    expect(names(text)).toContain('山东省“十四五”数字强省建设规划');
  });

  it('names in short the plan its text cites: one plan, the short name an alias', () => {
    const found = plans(text);
    expect(found.map((p) => p.name)).toEqual(['山东省“十四五”数字强省建设规划']);
    expect(found[0].aliases).toContain('数字强省建设“十四五”规划');
  });
});

describe('a note after the title line', () => {
  it('is no part of a five-year outline’s name (（节选）)', () => {
    // 武汉市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 (2021), as printed in excerpt.
    const text = [
      '武汉市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（节选）',
      '',
      '“十四五”时期是武汉在全面建成小康社会基础上开启全面建设社会主义现代化新征程的第一个五年。',
    ].join('\n');
    expect(names(text)).toContain('武汉市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(names(text).filter((n) => n.includes('节选'))).toEqual([]);
  });

  it('leaves a work report its own title (（摘录）)', () => {
    // 合肥市人民政府, 2024年政府工作报告, as printed in excerpt.
    const text = [
      '2024年合肥市政府工作报告（摘录）',
      '',
      '过去一年，我们坚决贯彻落实党中央、国务院和省委、省政府决策部署，深入实施“强省会”战略。',
    ].join('\n');
    const own = plans(text).find((p) => p.name.includes('政府工作报告'));
    expect(own?.name).toBe('2024年合肥市政府工作报告');
    expect(own?.properties.level).toBe('municipal');
  });
});

describe('a district’s opinion, issued by its party committee and government', () => {
  // 中共北京市海淀区委 北京市海淀区人民政府, 关于加快建设中关村科学城的实施意见 (2018).
  const text = [
    '中共北京市海淀区委 北京市海淀区人民政府关于加快建设中关村科学城的实施意见',
    '',
    '为深入贯彻落实《北京城市总体规划（2016年—2035年）》，加快建设中关村科学城，结合海淀实际，提出如下意见。',
  ].join('\n');

  it('is the district’s, though its title names the city first', () => {
    const own = plans(text).find((p) => p.name.endsWith('实施意见'));
    expect(own?.properties.level).toBe('district');
  });
});
