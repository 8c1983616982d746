import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// A body that names itself (制定本方案) under its plan's title line, the plan the notice above it issues: the plan is
// the document's own, not another called 本方案. Passages quoted from official notices outside the corpus.

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');

describe('a plan issued by a notice and set as its own title line', () => {
  it('is the plan 制定本方案 speaks of (荆门市人民政府办公室, 《纲要》任务分工方案, 2021)', () => {
    const text =
      '各县、市、区人民政府，市政府各部门：\n《荆门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案》已经市人民政府同意，现印发给你们，请结合实际，认真贯彻执行。\n荆门市人民政府办公室\n2021年12月31日\n荆门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案\n《荆门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（以下简称《纲要》）已经市人大九届五次会议审议通过。为确保《纲要》有效实施，制定本方案。';
    const names = plans(text).map((p) => p.name);
    expect(names).toContain('荆门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案');
    expect(names).not.toContain('本方案');
  });

  it('is found where the title line writes a cited title in 《》 and the notice in 〈〉 (山西省人民政府办公厅, 晋政办发〔2017〕55号)', () => {
    const text =
      '各市、县人民政府，省人民政府各委、办、厅、局：\n《山西省贯彻落实〈促进中部地区崛起“十三五”规划〉工作方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n山西省人民政府办公厅\n2017年5月15日\n山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n为深入贯彻落实《促进中部地区崛起“十三五”规划》（国函〔2016〕204号），结合我省实际，制定本方案。';
    const names = plans(text).map((p) => p.name);
    expect(names).toContain('山西省贯彻落实〈促进中部地区崛起“十三五”规划〉工作方案');
    expect(names).not.toContain('本方案');
  });

  it('leaves a body with no such line named by what it calls itself (本方案)', () => {
    const text = '为确保《纲要》有效实施，结合我市实际，制定本方案。\n一、总体要求\n坚持分类精准施策。';
    expect(plans(text).map((p) => p.name)).toContain('本方案');
  });
});

describe('a short form in 《》 that is only a genre word', () => {
  it('is not another plan (以下简称《规划纲要》; 兴平市人民政府办公室, 兴政办发〔2022〕20号)', () => {
    const text =
      '经市第十八届人民代表大会第五次会议审议通过的《兴平市国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要》（以下简称《规划纲要》），提出了“十四五”时期全市经济社会发展的主要目标。现就贯彻落实《规划纲要》发展目标和重点任务提出如下分工方案。';
    const names = plans(text).map((p) => p.name);
    expect(names).toContain('兴平市国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要');
    expect(names).not.toContain('规划纲要');
  });
});

describe('a notice that drops a 的 its plan’s title writes', () => {
  it('issues the plan the text names, not a second one (广东省人民政府办公厅, 粤府办〔2023〕5号)', () => {
    const text =
      '广东省人民政府办公厅关于印发广东省进一步加大力度支持民间投资发展实施方案的通知\n粤府办〔2023〕5号\n各地级以上市人民政府，省政府各部门、各直属机构：\n《广东省进一步加大力度支持民间投资发展的实施方案》已经省人民政府同意，现印发给你们，请认真组织实施。\n广东省人民政府办公厅\n2023年3月17日\n广东省进一步加大力度支持民间投资发展的实施方案\n为进一步加大政策支持力度，激发民间投资活力，结合我省实际，制定本实施方案。';
    const own = plans(text).filter((p) => p.name.startsWith('广东省进一步加大力度支持民间投资发展'));
    expect(own.map((p) => p.name)).toEqual(['广东省进一步加大力度支持民间投资发展的实施方案']);
    expect(own[0].aliases).toContain('广东省进一步加大力度支持民间投资发展实施方案');
  });
});
