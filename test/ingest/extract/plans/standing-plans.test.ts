import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Plans named by a head only plans take (…战略, …行动计划), read without a cue verb, and the cue
// verbs written with full-width punctuation (；服务…). Each passage is quoted from a corpus document
// (/work/shared/corpus) as the document writes it.

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('plans named by their head alone', () => {
  it('reads a strategy in a list of what a plan reflects, with no verb before it (035: …、黄河战略要求)', () => {
    const text =
      '把握济南黄河流域中心城市、山东半岛城市群龙头的新定位，高标准高起点制定目标任务，充分体现了国家战略导向、黄河战略要求和济南发展特色。';
    expect(names(text)).toContain('黄河战略');
  });

  it('does not read what a thing is called after a copula, nor a kind of strategy (052, 075)', () => {
    const text =
      '数字化转型的重大历史机遇，坚持以数字中国建设作为国家数字化发展总体战略，作出系列重要论述、重大部署。\n政府主要负责规划战略、制定政策、依法依规监管。';
    // 数字中国建设 itself is the nation's programme (the corpus gold's session-17 class); the strategy it is said to be is none.
    expect(names(text)).toEqual(['数字中国建设']);
  });

  it('does not read a plan a text names by a determiner or a disposal (077: 纳入本地区经济社会发展规划; 030: 将…提升为国家战略)', () => {
    const text =
      '将其作为推进农业农村现代化的重要内容，纳入本地区经济社会发展规划和议事日程，结合实际制定实施意见。\n2017年国家发布《国务院关于印发新一代人工智能发展规划的通知》，将人工智能提升为国家战略。';
    expect(names(text)).toEqual(['国务院关于印发新一代人工智能发展规划的通知']);
  });

  it('does not read the count that sums a list of strategies as one more (004: …、长江经济带发展三大战略)', () => {
    const text = '深入实施“一带一路”建设、京津冀协同发展、长江经济带发展三大战略，启动建设一批重点项目。';
    expect(names(text)).not.toContain('长江经济带发展三大战略');
  });
});

describe('cue verbs after full-width punctuation', () => {
  it('reads a strategy a clause serves (075: …等接受中等职业教育；服务乡村振兴战略，)', () => {
    const text =
      '积极招收初高中毕业未升学学生、退役军人、退役运动员、下岗职工、返乡农民工等接受中等职业教育；服务乡村振兴战略，为广大农村培养以新型职业农民为主体的农村实用人才。';
    expect(names(text)).toContain('乡村振兴战略');
  });

  it('reads a place’s strategy before the need it serves, and a region’s strategy of two aims joined by 和 (031)', () => {
    const text =
      '促进公共卫生教育与临床医学教育融合。面向健康山东战略需求和健康产业发展，加大老年护理。\n充分利用和发挥黄河三角洲独特的地理区位和自然条件优势，面向黄河流域生态保护和高质量发展战略需求，强化支持高校实验室等科研创新平台建设。';
    expect(names(text)).toEqual(['健康山东战略', '黄河流域生态保护和高质量发展战略']);
  });

  it('reads no strategy before a need that only a field, a level or a place alone qualifies (030, 041, 010)', () => {
    const text =
      '3.构建人工智能人才支撑体系。紧密结合青岛市战略需求，从服务教育自身拓展为服务青岛市经济社会发展。\n推进各中心围绕制造业创新发展战略需求，突破重点领域前沿技术和关键共性技术。\n增强原始创新能力。瞄准国家重大战略需求和产业发展需要，部署实施一批重大科技项目。';
    expect(names(text)).toEqual([]);
  });

  it('reads a national programme before its results (069: 衔接国家科技重大专项成果)', () => {
    const text = '（二）推动构建智能网联汽车决策控制平台\n衔接国家科技重大专项成果，通过联合攻关、合作开发等方式，加快搭建。';
    expect(names(text)).toContain('国家科技重大专项');
  });
});
