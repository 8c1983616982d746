import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Yearly targets of a plan whose goals run to an earlier year than its last horizon (Jinan's
// digital pioneer city plan, issued 2021, goals 到2025年 and 到2023年): 每年 and 年均 after 到2023年
// are over the years up to 2023, not to 2025; a total written 累计 after a 每年 is due at 2023.

const PLAN = [
  '加快数字化高质量发展打造数字先锋城市推进方案',
  '一、总体要求',
  '（二）主要目标。到2025年，数字经济产业能级达到万亿级，占GDP比重超过50%，数字产业化和产业数字化产业规模均达到7000亿级，城市数字化水平位居全国前列。',
  '二、主要任务',
  '（3）打造全国领先的信息技术应用创新产业基地。到2023年，每年打造10个以上信创产品适配应用示范项目。（责任单位：市工业和信息化局、市发展改革委）',
  '（9）深化企业数字化转型。到2023年，每年实施1000个技改项目，累计培育智能制造试点示范项目120个，智能制造系统解决方案供应商15个。（责任单位：市工业和信息化局）',
  '（14）提升城市算力辐射带动能力。到2023年，初步建成省级低时延数据中心核心区，机架规模年均增速保持在20%左右。（责任单位：市工业和信息化局）',
].join('\n');

describe('yearly targets up to a horizon', () => {
  const g = buildGraph([doc('jinan-pioneer', PLAN, '2021-09-15')]);

  it('reads 每年 after 到2023年 as yearly over 2021–2023, not the plan’s years to 2025', () => {
    expect(at(g, 10)).toEqual([{ kind: 'TARGET', period: '2021-2023' }]);
    expect(at(g, 1000)).toEqual([{ kind: 'TARGET', period: '2021-2023' }]);
  });

  it('reads a total written 累计 after the 每年 as due at the horizon, and the figure it lists next too', () => {
    expect(at(g, 120)).toEqual([{ kind: 'TARGET', period: '2023' }]);
    expect(at(g, 15)).toEqual([{ kind: 'TARGET', period: '2023' }]);
  });

  it('reads 年均增速 after 到2023年 as an average over 2021–2023', () => {
    expect(at(g, 20)).toEqual([{ kind: 'TARGET', period: '2021-2023' }]);
  });

  it('keeps the 2025 goals due in 2025', () => {
    expect(at(g, 50)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(at(g, 1000000000000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });
});
