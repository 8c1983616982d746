import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit as values } from '../../judged-values';

// A level after 在 that picks whom a measure is for is who qualifies, not a value. The measures below are
// invented, in the wording of municipal policy measures (若干政策措施) and their rules; the keep case too.

const read = (title: string, text: string, date: string) => buildGraph([doc('qualifying', [title, text].join('\n'), date)]);

describe('a level that picks who qualifies', () => {
  it('reads no value from 投资额在1亿元以上的，… (the 的-phrase heads its clause), only the plan’s own target', () => {
    const g = read(
      '推进数字经济和数字化发展的若干政策措施',
      '一、支持数字产业集聚发展。对新引进的数字经济重大项目，固定资产投资额在1亿元以上的，按照设备投资额的10%给予补助，单个项目最高不超过2000万元。到2025年，建成国家级智能制造示范工厂10家。',
      '2023-01-01',
    );
    expect(values(g)).toEqual(['10 家']);
  });

  it('reads no value from a level that sorts the noun after it (规模在3000个标准机架以上的数据中心)', () => {
    const g = read(
      '推进数字经济和数字化发展的若干政策措施',
      '三、加快数字基础设施建设。对新建成投运、规模在3000个标准机架以上的数据中心，按照实际投资额的5%给予一次性补助。',
      '2023-01-01',
    );
    expect(values(g)).toEqual([]);
  });

  it('reads no value from a level reached as a condition (实缴注册资本达到5000万元以上的，…)', () => {
    const g = read(
      '集成电路产业园发展若干政策实施细则',
      '第四条　落户奖励。对新引进的集成电路企业，实缴注册资本达到5000万元以上的，按实缴注册资本的2%给予落户奖励。',
      '2023-03-01',
    );
    expect(values(g)).toEqual([]);
  });

  it('still reads a level a figure is kept at (增速保持在6%以上的水平)', () => {
    const g = read('经济社会发展主要预期目标', '二、主要目标\n今年全市规模以上工业增加值增速保持在6%以上的水平。', '2023-01-10');
    expect(values(g)).toEqual(['6 %']);
  });
});
