import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Where a 工程's name starts and what it holds, on sentences of official texts read fresh (work reports,
// plans, notices; wording as recalled, close to the published text; the source is named on each). Two
// sentences are composed in the shape of a county report and a bureau's summary and say so.

const names = (g: Graph) => g.nodes.filter((n) => n.label === 'EngineeringProject').map((n) => n.name);
const read = (text: string) => names(buildGraph([record('excerpt', text)]));

describe('the start of a 工程 name', () => {
  it('runs past a boundary word that ends a whole word of the name (广东省2023年政府工作报告: 水资源配置)', () => {
    expect(read('大力推进水利基础设施建设，环北部湾广东水资源配置工程全面开工，珠三角水资源配置工程完成隧洞贯通。')).toEqual([
      '环北部湾广东水资源配置工程',
      '珠三角水资源配置工程',
    ]);
  });

  it('leaves out a task verb opening the clause, after an adverb or none (“十四五”规划纲要, 专栏9)', () => {
    expect(read('建设雄安新区防洪工程，实施长江中下游崩岸治理和重要蓄滞洪区建设。')).toEqual(['雄安新区防洪工程']);
    expect(read('加快建设海南天角潭、云南黑滇池、四川向家坝灌区一期、新疆库尔干等水源工程，推进大型灌区节水改造。')).toEqual([
      '海南天角潭、云南黑滇池、四川向家坝灌区一期、新疆库尔干等水源工程',
    ]);
  });

  it('leaves out a round’s ordinal before the quoted programme (江苏省2022年人才工作要点: 第六期“333工程”)', () => {
    expect(read('全年新遴选第六期“333工程”培养对象3000名左右。')).toEqual(['333工程']);
  });

  it('starts after a quoted plan joined by 和, and at the quote of a word a boundary cut (江苏省2022年人才工作要点)', () => {
    expect(read('深入实施江苏“双创计划”和“333高层次人才培养工程”。')).toEqual(['333高层次人才培养工程']);
    expect(read('实施“卓越工程师”培养工程、“产业人才高峰”行动计划。')).toEqual(['卓越工程师培养工程']);
  });

  it('runs past a rank and then a gloss in brackets (全国重要生态系统保护和修复重大工程总体规划, 2020)', () => {
    expect(read('（二）黄河重点生态区（含黄土高原生态屏障）生态保护和修复重点工程。')).toEqual([
      '黄河重点生态区(含黄土高原生态屏障)生态保护和修复重点工程',
    ]);
  });

  it('starts after 新一轮, 包括, 其中, 推展 and 印发 (重庆2024年政府工作报告; 行政院前瞻基础建设; 澳门、香港施政报告; 国家卫健委通知)', () => {
    expect(read('启动实施新一轮农村人居环境整治提升工程。')).toEqual(['农村人居环境整治提升工程']);
    expect(read('軌道建設包括臺鐵電氣化工程、鐵路立體化工程及捷運系統延伸工程。')).toEqual(
      expect.arrayContaining(['台铁电气化工程', '铁路立体化工程']),
    );
    expect(read('新城A區公共房屋項目正分期推進，其中第一期工程已經展開。')).toEqual([]);
    expect(read('我們會推展屯門西繞道工程的勘查及設計工作。')).toEqual(['屯门西绕道工程']);
    const notice = [
      '国家卫生健康委办公厅关于印发“千县工程”县医院综合能力提升工作方案（2021—2025年）的通知',
      '国家卫生健康委决定在“十四五”期间实施“千县工程”县医院综合能力提升工作。',
    ];
    expect(read(notice.join('\n'))).toEqual(['千县工程']);
  });

  it('keeps a standard before a noun in a list’s first item (composed in the shape of a county work report)', () => {
    expect(read('实施高标准农田建设、农村人居环境整治、农村饮水安全巩固提升等民生工程。')).toEqual([
      '高标准农田建设、农村人居环境整治、农村饮水安全巩固提升等民生工程',
    ]);
  });
});

describe('what a 工程 name holds', () => {
  it('reads a list summed up by a count of 大 as one name (composed in the shape of a county work report)', () => {
    expect(read('大力实施产业振兴、人才振兴、文化振兴三大工程，推动农业农村现代化。')).toEqual(['产业振兴、人才振兴、文化振兴三大工程']);
  });

  it('keeps the owner written before a quoted count (城市更新“十大工程”), but not a lead-in (以“十大工程”为主路径)', () => {
    expect(read('城市更新“十大工程”全面推进。')).toEqual(['城市更新十大工程']);
    expect(read('以“十大工程”为主路径，推动电子信息制造业高质量发展。')).toEqual(['十大工程']);
  });
});

describe('工程 that names no works', () => {
  it('reads no project from 工程应用 (中国制造2025: 集成创新和工程应用)', () => {
    expect(read('开展新一代信息技术与制造装备融合的集成创新和工程应用。')).toEqual([]);
  });

  it('reads no project from a list of fields followed by 相关 (composed in the shape of a bureau’s annual summary)', () => {
    expect(read('开展软件工程、数据工程相关职业技能培训，培训工程师和技术人员2000余人次。')).toEqual([]);
  });
});
