import { namesRead } from '../names-read';

// A heading is read as a plan's name when it ends in a plan head; two kinds of heading that do say no plan. The seed
// 2024 report (seeds/000) heads its outlook 三、下一步工作打算 — written 下一步工作计划 (adapted: 计划 for 打算) the
// heading is the report's next steps, no plan. The AI education opinion (tune 030) writes 加强统筹规划 as a task under
// （一）加强组织领导 — as a heading of its own (adapted) it is a task done on planning, no plan. Neither is in any gold.

const plans = (text: string) => namesRead('Plan', text);

describe('a heading that names no plan though it ends in a plan head', () => {
  it('reads no plan in a report’s next steps (seeds/000, adapted: 计划 for 打算)', () => {
    const text =
      '关于数字青岛建设情况的报告\n一、工作情况\n全市数字化转型稳步推进。\n三、下一步工作计划\n2025年,我市将以建设数据驱动、智能融合的“数智青岛”为总体目标。';
    expect(plans(text)).not.toContain('下一步工作计划');
  });

  it('reads no plan in a task done on planning (030, adapted: the clause set as a heading)', () => {
    const text =
      '关于推进人工智能教育的意见\n四、保障措施\n（一）加强统筹规划\n将人工智能教育重大项目和战略重点纳入青岛市经济社会发展整体规划。';
    expect(plans(text)).not.toContain('加强统筹规划');
  });

  it('still reads a plan a heading names after its verb (seeds/001 names the action; the heading adapted)', () => {
    const text = '关于推进人工智能教育的意见\n四、主要任务\n（一）实施人工智能教育普及行动\n面向全市中小学开设人工智能课程。';
    expect(plans(text)).toContain('人工智能教育普及行动');
  });
});

// A numbered heading that is a task whose cue comes later (支持企业参与…) is a sentence: the plans in it are read as in
// running text, not the heading whole (src/ingest/extract/plans/named-plans.ts). Fresh wording, recalled from
// 广州市促进数字经济高质量发展的若干措施 (2022, abridged).
describe('a heading that is a task naming plans after its cue', () => {
  const text =
    '广州市促进数字经济高质量发展的若干措施\n一、对入选国家工业互联网创新发展工程的项目，按照有关规定给予支持。\n二、支持企业参与国家重点研发计划和国家科技重大专项。';

  it('reads the two funding plans, not the heading', () => {
    expect(plans(text)).toEqual(expect.arrayContaining(['国家重点研发计划', '国家科技重大专项']));
    expect(plans(text).filter((n) => n.startsWith('支持'))).toEqual([]);
  });
});
