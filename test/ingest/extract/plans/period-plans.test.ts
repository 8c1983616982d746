import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A five-year plan named by its period alone (“十三五”规划) is the plan of the government speaking: in the
// State Council's report the nation's, in Hailar district's the district's (the gold records it so in every
// report of both series). Quoted from the tune reports 004 and 017, each opened by its own dateline and address.

const national = [
  '政府工作报告',
  '——2017年3月5日在第十二届全国人民代表大会第五次会议上',
  '各位代表：',
  '现在，我代表国务院，向大会报告政府工作，请予审议。',
  '精准加力补短板。要针对严重制约经济社会发展和民生改善的突出问题，结合实施“十三五”规划确定的重大项目，加大补短板力度。',
].join('\n\n');
const district = [
  '—2017年2月11日在海拉尔区第十四届人民代表大会第六次会议上',
  '海拉尔区人民政府代区长 杨国宏',
  '各位代表:',
  '现在,我代表海拉尔区人民政府向大会作工作报告,请予审议。',
  '今年是贯彻落实自治区第十次党代会、呼伦贝尔市第四次党代会和海拉尔区第十五次党代会精神的第一年,也是深入实施“十三五”规划承上启下的一年。',
].join('\n\n');

describe('a five-year plan named by its period alone', () => {
  it('is the nation’s in the national report and the district’s in the district’s, two plans', () => {
    const plans = buildGraph([record('004', national), record('017', district)])
      .nodes.filter((n) => n.label === 'Plan' && n.name === '“十三五”规划')
      .map((n) => [n.sources.map((s) => s.document).join(), n.properties.level]);
    expect(plans.sort()).toEqual([
      ['004', 'national'],
      ['017', 'district'],
    ]);
  });
});

describe('the system a period’s plans make up', () => {
  // 中央网信办's release on the “十四五”国家信息化规划 (2021).
  const text =
    '中央网信办、国家发展改革委日前会同有关部门组织编制了《“十四五”国家信息化规划》，系统谋划“十四五”时期数字中国建设的时间表、路线图、任务书，是“十四五”国家规划体系的重要组成部分。';
  const names = buildGraph([record('informatization-plan-release', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

  it('is no plan; the plan it is part of is', () => {
    expect(names).toContain('“十四五”国家信息化规划');
    expect(names).not.toContain('“十四五”国家规划');
  });
});
