import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Cities the corpus never names are read as cities too (the lexicon's gazetteer of prefecture-level
// cities): a plan's city (乐清市's 2020 action plan cites 温州市's), a body's (盐城市's 2022 plan, published by
// 盐城市工业和信息化局).

const build = (id: string, text: string) => buildGraph([record(id, text)]);

describe('a city the corpus never names', () => {
  it('is the city of a plan named after it', () => {
    const g = build(
      'yueqing-2020-plan',
      '为加快推动“城市大脑”建设，根据《浙江省“城市大脑”建设应用行动方案》（浙数办发〔2019〕13号）、《温州市“城市大脑”建设方案》（温数转办〔2020〕1号）等文件精神，结合我市实际，制定本行动计划。',
    );
    const plan = g.nodes.find((n) => n.label === 'Plan' && n.name === '温州市“城市大脑”建设方案');
    expect(plan?.properties).toMatchObject({ level: 'municipal', city: '温州' });
  });

  it('opens the name of its body, which issues the document', () => {
    const g = build(
      'yancheng-2022-plan',
      '盐城市数字经济发展三年行动计划(2022-2024年)\n\n发布时间:2022-08-12\n\n发文部门:盐城市工业和信息化局\n\n为深入贯彻落实党中央、国务院和省委、省政府决策部署，加快推动全市经济社会数字化转型，结合我市实际，制定本行动计划。\n',
    );
    const body = g.nodes.find((n) => n.label === 'Agency' && n.name === '盐城市工业和信息化局');
    expect(body?.properties).toMatchObject({ city: '盐城' });
    const issues = g.relationships.filter((r) => r.type === 'RESPONSIBLE_FOR' && r.from === body?.id && r.properties.role === 'issues');
    expect(issues).toHaveLength(1);
  });
});
