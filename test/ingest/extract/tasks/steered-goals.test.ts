import { buildGraph } from '../../../../src/ingest';
import { judgedAt, passage } from '../judged-values';

// The goal work is steered by (围绕…总目标) names it; it commits none of the figures after it in the
// sentence. Quoted from 市大数据局2022年上半年工作总结 (青岛, published 2022-07-21).

const summary = [
  '市大数据局2022年上半年工作总结',
  '',
  '一、上半年主要工作情况',
  '',
  '（二）疫情防控保障精准高效。组织20余名骨干力量赶赴防疫一线，短时间内打通国家省市区4级疫情防控系统，研发上线多个防疫应用。围绕“打造数字化防疫指挥部”总目标，组织建设全市一体化疫情防控平台，“全量全要素”汇聚共享全市核酸检测数据，采集并向社会发布核酸采样点信息7000余个。',
  '',
].join('\n');

describe('a goal the work is steered by', () => {
  const g = buildGraph([passage('qingdao-2022h1-summary', summary, '2022-07-21')]);

  it('reads the figure after it as the half-year’s result', () => {
    expect(judgedAt(g, 7000)).toEqual([{ kind: 'ACTUAL', period: '2022H1' }]);
  });

  it('names no agency in the goal', () => {
    expect(g.nodes.filter((n) => n.label === 'Agency').map((n) => n.name)).not.toContain('数字化防疫指挥部');
  });
});
