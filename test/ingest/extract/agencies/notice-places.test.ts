import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A 通报 of the State Council General Office names the local governments it praises as a list, each after the province
// or city it lies in, with no act after them. Lines recalled from 国务院办公厅关于对2018年落实有关重大政策措施真抓实干
// 成效明显地方予以督查激励的通报 (国办发〔2019〕20号) and of the same office's 通报 of 2019 praising the sixth
// inspection's good practices (recalled wording, not from the corpus).

type Agency = { name: string; aliases: string[] };
const agencies = (text: string): Agency[] =>
  buildGraph([record('notice', text)])
    .nodes.filter((n) => n.label === 'Agency')
    .map((n) => ({ name: n.name, aliases: (n.aliases ?? []) as string[] }));
const names = (text: string) => agencies(text).map((a) => a.name);

const PRAISED =
  '（一）深化“放管服”改革、优化营商环境工作成效明显的地方：\n' +
  '北京市人民政府、上海市人民政府、浙江省杭州市人民政府、福建省厦门市人民政府、山东省青岛市人民政府、四川省成都市人民政府、天津市滨海新区人民政府。\n' +
  '对深化“放管服”改革成效明显的省（区、市），由国务院办公厅在政务服务、营商环境评价等方面给予倾斜支持。';

describe('the governments a 通报 lists as the places it praises', () => {
  it('reads a city whose name ends like a longer word (厦门, 成都) after its province, the province an alias', () => {
    const all = agencies(PRAISED);
    expect(all).toContainEqual({ name: '厦门市人民政府', aliases: ['福建省厦门市人民政府'] });
    expect(all).toContainEqual({ name: '成都市人民政府', aliases: ['四川省成都市人民政府'] });
  });

  it('reads a district written after its city whole (天津市滨海新区人民政府), no bare 区人民政府', () => {
    const all = agencies(PRAISED);
    expect(all).toContainEqual({ name: '滨海新区人民政府', aliases: ['天津市滨海新区人民政府'] });
    expect(all.map((a) => a.name)).not.toContain('区人民政府');
  });

  it('reads a district whose name opens with 和 after its city (天津市和平区人民政府), not 平区人民政府', () => {
    const read = names('6.天津市和平区人民政府推行“一制三化”改革，福建省厦门市思明区人民政府推行“一窗受理”。');
    expect(read).toEqual(expect.arrayContaining(['和平区人民政府', '思明区人民政府']));
    expect(read).not.toContain('平区人民政府');
  });

  it('keeps 和 a joining word where no city is written before it (市和区两级政府)', () => {
    expect(names('建立市和区两级政府协同推进机制，区政府要落实属地责任，推动政务服务数字化转型。')).not.toContain('和区两级政府');
  });
});
