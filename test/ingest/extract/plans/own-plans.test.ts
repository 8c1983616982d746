import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

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

describe('a document known by the title it was delivered with (session 16)', () => {
  // 038's opening: no title line, no 制定本方案; the manifest delivers its title with the bureau that wrote it.
  const opening =
    '今年以来，为贯彻落实“数字山东”“数字青岛”部署要求，青岛市行政审批服务局立足于政务服务数字化供给与用户需求的高度适配，着眼于材料提报、资格认证、审批审核、档案归档及事后监管等审批全流程，优化外部流程，重构内部流程，数字赋能创新打造“5+”全链条智能审批新模式。';
  const delivered = (title: string, text: string): GraphNode[] =>
    buildGraph([{ ...record('passage', text), title }]).nodes.filter((n) => n.label === 'Plan');

  it('is its own plan where the text writes the title or a part of it set apart, less the publisher in brackets (038)', () => {
    const own = delivered('数据赋能创新 打造“5+”全链条智能审批新模式（青岛市行政审批服务局）', opening).find((p) => p.properties.own);
    expect(own?.name).toBe('数据赋能创新 打造“5+”全链条智能审批新模式');
  });

  it('names nothing where the text never writes its title (052: 数字中国发展报告（2022年）)', () => {
    const text = '党的二十大报告指出，要加快建设网络强国、数字中国。建设数字中国是数字时代推进中国式现代化的重要引擎。';
    expect(delivered('数字中国发展报告（2022年）', text).map((p) => p.name)).not.toContain('数字中国发展报告（2022年）');
  });
});

describe('a notice forwarding a plan, over the plan itself', () => {
  // 咸宁市人民政府办公室's notice of 2015 (咸政办发〔2015〕21号) forwarding a bureau's 方案, whose text follows
  // under its own title line; its metadata lines stand above, where a title would.
  const text = [
    '索 引 号:011336909/2015-00650',
    '文  号:咸政办发〔2015〕21号',
    '',
    '各县、市、区人民政府,市直有关部门,咸宁经济开发区:',
    '',
    '市政务服务中心管理办公室制定的《咸宁市政府大数据中心建设方案》已经市政府同意,现转发给你们,请结合实际,认真组织实施。',
    '',
    '咸宁市政府大数据中心建设方案',
    '',
    '市政务服务中心管理办公室',
    '',
    '为了进一步促进政府职能转变,加快行政管理体制改革,强化对权力运行的监督,根据《国务院办公厅关于促进电子政务协调发展的指导意见》(国办发〔2014〕66号)精神,结合咸宁实际,特制定本方案。',
  ].join('\n');

  it('is one plan, the one its title line names, that 本方案 refers to', () => {
    const own = plans(text).filter((p) => p.name === '咸宁市政府大数据中心建设方案' || p.aliases.includes('本方案'));
    expect(own).toHaveLength(1);
    expect(own[0].name).toBe('咸宁市政府大数据中心建设方案');
    expect(plans(text).map((p) => p.name)).not.toContain('本方案');
  });
});

describe('a title line wrapped at its joining word', () => {
  // 六安市人民政府's notice of 2017 issuing its 智慧政务 scheme, whose title the page sets on two lines.
  const text = [
    '现将《六安市加快推进“互联网+政务服务”工作暨智慧政务建设总体实施方案》印发给你们,请认真贯彻执行。',
    '',
    '六安市加快推进“互联网+政务服务”工作',
    '',
    '暨智慧政务建设总体实施方案',
    '',
    '为贯彻落实《国务院办公厅关于印发“互联网+政务服务”技术体系建设指南的通知》(国办函〔2016108号)、《国务院办公厅关于印发政府网站发展指引的通知》(国办发〔201747号)、《安徽省人民政府关于印发加快推进“互联网+政务服务”工作方案的通知》(皖政〔201725号)、《安徽省人民政府办公厅关于印发安徽省推进“互联网+政务服务”工作规划的通知》(皖政办〔201773号)等精神和安徽省网上政务服务平台总体建设方案要求,结合《六安市“十三五”电子政务发展规划》精神,制定本实施方案。',
  ].join('\n');

  it('names the plan by both lines, not by the second alone', () => {
    const names = plans(text).map((p) => p.name);
    expect(names).toContain('六安市加快推进“互联网+政务服务”工作暨智慧政务建设总体实施方案');
    expect(names).not.toContain('暨智慧政务建设总体实施方案');
    expect(names).not.toContain('本实施方案');
  });
});
