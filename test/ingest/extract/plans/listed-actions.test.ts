import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Actions listed with a head of their own (src/ingest/extract/plans/named-plans.ts, the list a head shares): each is a
// plan, and a head after 等 only sums them up. An invented sentence in the shape of a work report's review, and the
// list of 山东省制造业创新能力提升三年行动计划 (corpus 041) as its targets' lead writes it.

const names = (text: string) =>
  buildGraph([record('passage', `测试\n\n${text}\n`)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('actions a list names with their own head', () => {
  it('are plans each, before 等专项行动 (invented)', () => {
    const found = names('过去一年，我们深入实施乡村振兴示范行动、城乡环境提升行动等专项行动。');
    expect(found).toEqual(expect.arrayContaining(['乡村振兴示范行动', '城乡环境提升行动']));
    expect(found.filter((n) => n.includes('、'))).toEqual([]);
  });

  it('are plans each, before 等九大行动 (corpus 041, its targets’ lead)', () => {
    const found = names(
      '通过实施关键核心技术攻关能力提升行动、科技创新人才队伍提升行动、企业技术创新能力提升行动、优质企业培育提升行动、产业链协同创新能力提升行动、未来产业发展提升行动、“山东制造”品牌提升行动、质量管理建设提升行动、标准引领提升行动等九大行动，到2025年，创新环境进一步优化。',
    );
    expect(found).toEqual(expect.arrayContaining(['关键核心技术攻关能力提升行动', '质量管理建设提升行动', '标准引领提升行动']));
    expect(found.filter((n) => n.includes('、'))).toEqual([]);
  });
});
