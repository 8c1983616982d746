import { namesRead } from '../names-read';

// Words that name a kind or a count of plans, or standards, not one plan (src/ingest/extract
// named-plans.ts, quoted-plans.ts, plans.ts), on sentences of real documents (test/fixtures/corpus
// 003, 017, 031, 036, 052).

const planNames = (text: string) => namesRead('Plan', text);

describe('a count of the plans a text lists', () => {
  it('reads the strategies listed, not their quoted count (003)', () => {
    const names = planNames('重点推进“一带一路”建设、京津冀协同发展、长江经济带发展“三大战略”，在基础设施、产业布局等方面实现突破。');
    expect(names).toEqual(expect.arrayContaining(['京津冀协同发展', '长江经济带发展']));
    expect(names.some((n) => n.includes('三大战略'))).toBe(false);
  });

  it('reads no plan in a quoted count closing a list of actions (031)', () => {
    expect(planNames('实施思政铸魂育人、教研科研助力、实践赋能增效、学院强基固本“六大行动”。').some((n) => n.includes('六大行动'))).toBe(
      false,
    );
  });

  it('keeps a named rule whose name is a count (“八项规定”)', () => {
    expect(planNames('严格执行中央关于改进工作作风、密切联系群众的“八项规定”，大力弘扬埋头苦干的工作作风。')).toContain('八项规定');
  });

  it('reads no plan in a batch of plans of a kind (036)', () => {
    expect(planNames('突破核心关键技术。组织实施一批省级重点领域研发计划，在数字技术领域开展基础理论研究。')).toEqual([]);
  });
});

describe('the governments whose strategies a text serves', () => {
  it('reads no plan in the strategies of a list of governments (017)', () => {
    expect(planNames('深度对接国家、自治区和呼伦贝尔市重大发展战略，准确把握发展定位。')).toEqual([]);
  });
});

describe('a verb’s complement', () => {
  it('leaves 好 of 落实好 out of the name it opens (031)', () => {
    expect(planNames('落实好高校教师绩效工资分配实施办法，奖励性绩效占比不低于60%。')).toEqual(['高校教师绩效工资分配实施办法']);
  });
});

describe('named items sharing a bare head', () => {
  it('reads each item a 等 closes before 计划 as a plan of its own (004)', () => {
    expect(planNames('今年高校毕业生795万人，再创历史新高，要实施好就业促进、创业引领、基层成长等计划，促进多渠道就业创业。')).toEqual(
      expect.arrayContaining(['就业促进计划', '创业引领计划', '基层成长计划']),
    );
  });
});

describe('titles summed up as standards', () => {
  it('reads no plan in titles a phrase ending in 标准 sums up (052)', () => {
    expect(planNames('研究制定《网络安全产品互联互通框架》等网络安全领域亟需标准。')).toEqual([]);
  });
});

describe('indicator systems', () => {
  it('reads an indicator system cited by its title as a plan (071)', () => {
    expect(planNames('根据交通运输部印发的《公交都市考核评价指标体系》，实现对各评价指标的统计分析、计算和整理。')).toContain(
      '公交都市考核评价指标体系',
    );
  });

  it('reads none in one named in running text, an instrument of the plan (074)', () => {
    expect(planNames('建立“无废城市”建设指标体系，发挥导向引领作用。').some((n) => n.includes('指标体系'))).toBe(false);
  });
});
