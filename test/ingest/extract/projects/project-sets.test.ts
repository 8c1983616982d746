import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';
import { parts } from './project-parts';

// Issue #11 (projects have a hierarchy): the works a counted set of projects (“三大工程”, “十大工程”) is
// made of, named after it. Texts quoted from tune documents of the corpus (019, 044).

const EDUCATION_019 =
  '办人民满意的教育。坚持教育优先发展战略，重点推进“三大工程”建设。实施“基础设施建设工程”，加快第三中学东山分校、正阳街小学教学综合楼、建设学校、幸福小学等项目的前期准备工作，全力补齐教育基础设施短板。开展“师德师风建设工程”，深化新时代教师队伍建设。推进“智慧校园建设工程”，实施教育信息化2.0行动计划，支持教育信息化基础设施建设。';

describe('the parts of a counted set of projects', () => {
  it('reads the quoted works named after “三大工程” as its three parts (019)', () => {
    const g = buildGraph([record('sets-019', ['海拉尔区2019年政府工作报告', EDUCATION_019].join('\n'))]);
    expect(parts(g)).toEqual(['基础设施建设工程 → 三大工程', '师德师风建设工程 → 三大工程', '智慧校园建设工程 → 三大工程']);
    // Each is written whole, its closing quote kept: “基础设施建设工程”, not “基础设施建设工程.
    const written = g.nodes.filter((n) => n.label === 'EngineeringProject').flatMap((n) => n.aliases);
    expect(written).toEqual(expect.arrayContaining(['“基础设施建设工程”', '“师德师风建设工程”', '“智慧校园建设工程”']));
    expect(written.filter((a) => a.split('“').length !== a.split('”').length)).toEqual([]);
  });

  it('reads the headed works of a plan that runs “十大工程” as its parts, not the programmes named beside them (044)', () => {
    const names = [
      '集成电路“强芯”',
      '高端软件“铸魂”',
      '先进计算“固链”',
      '数字终端“扩量”',
      '人工智能“赋智”',
      '虚拟现实“提质”',
      '空天信息“跃升”',
      '云服务大数据“融通”',
      '能源电子“聚能”',
      '新型电子材料“融链”',
    ];
    const ordinals = '一二三四五六七八九十';
    const text = [
      '关于加快推动新一代信息技术产业高质量发展的若干措施',
      '一、总体要求',
      '以“链长制”为总抓手，以“十大工程”为主路径，坚持市场主导、创新引领。',
      '二、重点领域',
      '坚持基础领域补短板、优势领域锻长板、新兴领域抢布局的原则，聚焦实体、做强实业，加快实施“十大工程”，塑造产业发展新优势。',
      ...names.map((n, i) => `（${ordinals[i]}）实施${n}工程。支持龙头企业做大做强。`),
      '三、保障措施',
      '实施信创产品应用示范工程，面向“十大工程”，形成标志性领军人才需求清单。',
    ].join('\n');
    const found = parts(buildGraph([record('sets-044', text)]));
    expect(found).toHaveLength(10);
    expect(found).toContain('集成电路强芯工程 → 十大工程');
    expect(found).toContain('新型电子材料融链工程 → 十大工程');
    expect(found.some((p) => p.startsWith('信创产品应用示范工程'))).toBe(false);
  });

  it('guesses no part when fewer works are named than the set counts', () => {
    const text = EDUCATION_019.replace('“三大工程”', '“四大工程”');
    const g = buildGraph([record('sets-short', ['海拉尔区2019年政府工作报告', text].join('\n'))]);
    expect(g.nodes.filter((n) => n.label === 'EngineeringProject').map((n) => n.name)).toContain('四大工程');
    expect(parts(g)).toEqual([]);
  });
});
