import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// What opens and closes a plan's name read without 《》 (src/ingest/extract/plans/named-plans.ts, plans.ts): the 了 that
// marks a cue done, a cue joined to the drafting verb, a short form a text gives a plan, and a name written without the
// span of years its 《》 title carries. Fresh official texts, recalled from the published documents (body and year).

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('the 了 after a cue', () => {
  it('opens no programme’s name (the State Council’s AI plan)', () => {
    // 国务院, 新一代人工智能发展规划 (国发〔2017〕35号), 战略态势.
    const text = [
      '新一代人工智能发展规划',
      '',
      '我国发展人工智能具有良好基础。国家部署了智能制造等国家重点研发计划重点专项，印发实施了“互联网+”人工智能三年行动实施方案，从科技研发、应用推广和产业发展等方面提出了一系列措施。',
    ].join('\n');
    expect(names(text)).toContain('“互联网+”人工智能三年行动实施方案');
    expect(names(text).filter((n) => n.startsWith('了'))).toEqual([]);
  });

  it('and the verbs joined to the drafting one open no city’s plan', () => {
    // 杭州市, 贯彻落实《浙江省数字化改革总体方案》实施意见 (2021), its review of what the city had done.
    const text = [
      '杭州市贯彻落实《浙江省数字化改革总体方案》实施意见',
      '',
      '近年来，我市先后出台了《杭州市城市大脑赋能城市治理促进条例》，制定实施了“数智杭州”建设总体方案。',
    ].join('\n');
    expect(names(text)).toContain('“数智杭州”建设总体方案');
    expect(names(text).filter((n) => /^(?:实施|了)/.test(n))).toEqual([]);
  });
});

describe('a short form the text gives a plan', () => {
  it('is no other plan (以下简称《总体方案》)', () => {
    // 杭州市, the same 实施意见 (2021), its preamble.
    const text = [
      '杭州市贯彻落实《浙江省数字化改革总体方案》实施意见',
      '',
      '为贯彻落实《浙江省数字化改革总体方案》（以下简称《总体方案》），全面推进我市数字化改革，结合杭州实际，提出如下实施意见。',
    ].join('\n');
    expect(names(text)).toContain('浙江省数字化改革总体方案');
    expect(names(text)).not.toContain('总体方案');
  });
});

describe('a quoted name in brackets after a title', () => {
  it('is what the plan is called, no other plan (“数据二十条”)', () => {
    // 国家数据局, 《“数据要素×”三年行动计划（2024—2026年）》解读 (2024), 出台背景.
    const text = [
      '《“数据要素×”三年行动计划（2024—2026年）》解读',
      '',
      '为深入贯彻党的二十大和中央经济工作会议精神，落实《中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见》（“数据二十条”），国家数据局会同有关部门制定了《行动计划》。',
    ].join('\n');
    const found = buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');
    expect(found.map((p) => p.name)).not.toContain('数据二十条');
    const opinion = found.find((p) => p.name.endsWith('发挥数据要素作用的意见'));
    expect(opinion?.aliases).toContain('数据二十条');
  });
});

describe('a plan named without the span of years its 《》 title carries', () => {
  it('is the cited plan (a province’s news of its three-year plan)', () => {
    // 陕西省人民政府 news on 《秦创原创新驱动平台建设三年行动计划（2021—2023年）》 (2021).
    const text = [
      '陕西出台秦创原创新驱动平台建设三年行动计划',
      '',
      '近日，陕西省人民政府办公厅印发《秦创原创新驱动平台建设三年行动计划（2021—2023年）》（以下简称《行动计划》）。',
    ].join('\n');
    expect(names(text)).toEqual(['秦创原创新驱动平台建设三年行动计划(2021—2023年)']);
  });
});
