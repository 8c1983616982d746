import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// The document's own title as a plan (src/ingest/segment/segment.ts, src/ingest/extract/plans/own-plans.ts,
// plans.json → named.titleHeads, budgetReports): a notice praising places (通报) whose title line is longer than prose's
// first line, an evaluation report and a work summary by their title's ending, a plan titled without the span of years its
// text cites it with; a budget report's title names no plan. Texts recalled from the published documents (session 21,
// wording as published as far as recalled), except where marked invented.

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');
const names = (text: string): string[] => plans(text).map((p) => p.name);

describe('a notice praising places (通报)', () => {
  // 国办发〔2019〕20号 (State Council General Office, 2019-05-10), its opening.
  const text = [
    '国务院办公厅关于对2018年落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报',
    '国办发〔2019〕20号',
    '',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '为进一步推动党中央、国务院重大决策部署贯彻落实，充分激发和调动各地干事创业的积极性、主动性和创造性，根据《国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知》（国办发〔2016〕82号），经国务院同意，对2018年落实有关重大政策措施真抓实干、取得明显成效的200个地方予以督查激励。',
  ].join('\n');

  it('is named by its title line, 45 characters long', () => {
    const own = plans(text).find((p) => p.name.endsWith('的通报'));
    expect(own?.name).toBe('国务院办公厅关于对2018年落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报');
    expect(own?.properties.level).toBe('national');
    expect(names(text)).toContain('国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知');
  });
});

describe('an evaluation report and a work summary', () => {
  it('are named by their title lines (invented texts in the shape of published ones)', () => {
    const evaluation = [
      '某市“十四五”数字经济发展规划实施中期评估报告',
      '',
      '按照《某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》要求，市发展改革委组织开展了中期评估。现将评估情况报告如下。',
    ].join('\n');
    expect(names(evaluation)).toContain('某市“十四五”数字经济发展规划实施中期评估报告');
    const summary = [
      '青岛市大数据发展管理局2023年工作总结',
      '',
      '2023年，在市委、市政府坚强领导下，我局深入实施数字青岛建设，全面完成各项工作任务。',
    ].join('\n');
    expect(names(summary)).toContain('青岛市大数据发展管理局2023年工作总结');
  });

  it('leave the plan a summary reports on its own (seed 004, the 2025 half-year summary)', () => {
    const seed = buildGraph([
      record(
        'passage',
        '市大数据局2025年上半年工作总结\n\n今年以来，市大数据局认真落实《数字青岛2025年行动方案》，各项工作取得积极进展。\n',
      ),
    ]);
    const doc = seed.nodes.find((n) => n.label === 'Document');
    const described = seed.relationships
      .filter((r) => r.type === 'DESCRIBES' && r.from === doc?.id)
      .map((r) => seed.nodes.find((n) => n.id === r.to)?.name);
    expect(described).toContain('数字青岛2025年行动方案');
    expect(seed.nodes.filter((n) => n.label === 'Plan').map((n) => n.name)).toContain('市大数据局2025年上半年工作总结');
  });
});

describe('a budget report', () => {
  it('names no plan by its title (invented text in the shape of a city’s budget report)', () => {
    const text = [
      '关于某市2023年预算执行情况和2024年预算草案的报告',
      '',
      '各位代表：',
      '受市人民政府委托，现将某市2023年预算执行情况和2024年预算草案提请市十七届人大二次会议审议。',
    ].join('\n');
    expect(names(text).filter((n) => n.includes('预算'))).toEqual([]);
  });
});

describe('a plan titled without the span of years its text cites it with', () => {
  it('is one plan (invented text)', () => {
    const text = [
      '数字浙江发展规划',
      '',
      '为加快建设数字浙江，根据国家有关部署，制定本规划。规划期为2017—2025年。',
      '本规划即《数字浙江发展规划（2017—2025年）》，由省发展改革委负责解释。',
    ].join('\n');
    const own = plans(text).filter((p) => p.name.startsWith('数字浙江发展规划'));
    expect(own).toHaveLength(1);
    expect(own[0].aliases).toContain('数字浙江发展规划');
  });
});
