import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// The body a report is sent to receives it and plays no part in the work, written as recalled from the 武汉市人民政府办公厅
// notice of the 武汉市促进数字经济发展三年行动计划 (2023), its 保障措施; 报请…批准 (the body approves) keeps its part.

const rolesOf = (text: string, id: string, name: string) => {
  const graph = buildGraph([record(id, text)]);
  const body = graph.nodes.find((n) => n.label === 'Agency' && n.name === name);
  return graph.relationships.filter((r) => r.type === 'RESPONSIBLE_FOR' && r.from === body?.id).map((r) => r.properties.role);
};

describe('the body a report is sent to', () => {
  it('gives no part to the government a report goes to (汇总后报市人民政府)', () => {
    const notice =
      '武汉市人民政府办公厅关于印发武汉市促进数字经济发展三年行动计划的通知\n武政办〔2023〕20号\n各区人民政府，市人民政府各部门：\n　　经研究，现将《武汉市促进数字经济发展三年行动计划》印发给你们，请认真组织实施。\n　　（一）强化督办考核。各责任单位于每年12月底前将工作进展情况报市发展改革委，由市发展改革委汇总后报市人民政府。';
    expect(rolesOf(notice, 'wuhan', '市人民政府')).toEqual([]);
    expect(rolesOf(notice, 'wuhan', '市发展改革委').length).toBeGreaterThan(0);
  });
});
