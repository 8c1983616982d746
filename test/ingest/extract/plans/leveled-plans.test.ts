import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';
import { namesRead } from '../names-read';

// Heads any task may take (计划, 规划) read with no cue verb where the name opens with the level of
// government that runs the plan (src/ingest/extract/plans/standing-plans.ts), on a Shandong opinion of 2013,
// a Shandong plan of 2024 and Hailar's 2016 work report (test/fixtures/corpus 021, 051, 016).

const planNames = (text: string) => namesRead('Plan', text);

describe('a plan named by the level that runs it', () => {
  it('reads a province’s plan a project is put into (021)', () => {
    expect(planNames('对技术先进、优势明显、带动和支撑作用强的重大项目，及时纳入省重点项目规划和年度实施计划，确保有效实施。')).toContain(
      '省重点项目规划',
    );
  });

  it('reads a province’s programme that supports a field (051)', () => {
    expect(planNames('在省重点研发计划、省新旧动能转换重大产业攻关项目等中重点支持大模型创新，加强创新扶持。')).toContain('省重点研发计划');
  });

  it('reads no kind of plan a level word with 级 opens (016)', () => {
    expect(planNames('科技创新工作得到加强，五年共有5个项目列入国家级科技计划，8个项目科技成果获奖。')).toEqual([]);
  });
});

describe('a plan named after a county', () => {
  // 庐江县's outline for the 14th five-year period (庐江县人民政府, 2021): a county no list names.
  const text =
    '根据《中共庐江县委关于制定庐江县国民经济和社会发展第十四个五年规划和2035年远景目标的建议》,编制《庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,明确我县“十四五”时期指导思想、战略定位';

  it('is the county’s, not the nation’s', () => {
    const plans = buildGraph([record('lujiang-outline', text)]).nodes.filter((n) => n.label === 'Plan');
    const outline = plans.find((p) => p.name === '庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
    expect(outline?.properties.level).toBe('district');
  });
});
