import { buildGraph } from '../../../src/ingest';
import type { GraphNode } from '../../../src/model';
import { record } from '../../fixtures/genre/records';

// The document's own plan where the document names itself, and its level, on passages quoted from
// corpus documents outside the gold (/work/shared/corpus).

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');

describe('a work report without a title line', () => {
  it('is named where the speaker addresses the congress, at the level of the body represented (001)', () => {
    const text =
      '各位代表：\n\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n一、2013年工作回顾\n\n过去一年是本届政府依法履职的第一年，任务艰巨而繁重。';
    // The State Council's report, known also by the genre it calls itself.
    const report = plans(text).find((p) => p.aliases.includes('政府工作报告'));
    expect(report?.name).toMatch(/^\d{4}年国务院政府工作报告$/);
    expect(report?.properties.level).toBe('national');
  });
});

describe('a plan that names itself (制定本行动计划)', () => {
  it('takes the level of its first-person place words, not of the national plans it cites (040)', () => {
    const text =
      '为深入贯彻落实党中央、国务院和省委、省政府关于加快新一代信息技术发展的战略部署，全面提升新一代信息技术自主创新能力，支撑全省信息产业高质量发展，特制定本行动计划。';
    const own = plans(text).find((p) => p.name === '本行动计划');
    expect(own?.properties.level).toBe('provincial');
  });
});

describe('a plan’s title line over a body that names itself', () => {
  it('is the plan, named as its title writes it (033)', () => {
    const text =
      '山东省推动智能传感器产业发展行动计划（2021-2023年）\n\n传感器技术是决定未来信息技术产业发展的核心与基础之一，与通信技术、计算机技术并称为新一代信息技术的三个重要组成部分。为全面提升智能传感器产业核心竞争力，推动产业发展，保障信息安全，结合我省实际，制定本行动计划。';
    const own = plans(text).find((p) => p.name.startsWith('山东省推动智能传感器产业发展行动计划'));
    expect(own?.properties.level).toBe('provincial');
  });
});

describe('a report that cites another by its genre', () => {
  it('keeps a report qualified before its name (…批准的《政府工作报告》) apart from its own', () => {
    const text =
      '各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\n一、2022年工作回顾\n\n按照十三届全国人大五次会议批准的《政府工作报告》安排，统筹推进经济社会各领域工作。';
    const found = plans(text);
    const own = found.find((p) => /国务院政府工作报告$/.test(p.name));
    const cited = found.find((p) => p.name === '政府工作报告');
    expect(own?.sources.map((s) => s.text).join()).not.toContain('《政府工作报告》');
    expect(cited?.sources.map((s) => s.text)).toEqual(['《政府工作报告》']);
  });
});
