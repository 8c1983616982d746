import { namesRead } from '../names-read';

// How a project is named: a gloss in brackets after an abbreviation is part of its name (Shandong's measures
// to promote the digital economy by reform and innovation, 关于深化改革创新促进数字经济高质量发展的若干措施, as a
// site republished it in traditional script; a project's name is read in simplified script); qualities said
// of work name none (青岛市大数据局's 2022 half-year summary).

const projects = (text: string) => namesRead('EngineeringProject', text);

describe('a project named with a gloss in brackets', () => {
  it('reads the name whole, after 实施, in a list of two', () => {
    const text =
      '1.實施“網絡能力”提升行動。實施山東OTN(光傳送網)一體化工程、核心網北部大區擴容工程,統籌推進全省骨幹網、城域網、接入網IPv6升級。';
    const read = projects(text);
    expect(read).toContain('山东OTN(光传送网)一体化工程');
    expect(read).toContain('核心网北部大区扩容工程');
    expect(read).not.toContain('一体化工程');
  });
});

describe('qualities said of work', () => {
  it('name no project (青岛市大数据局, 2022 half-year summary)', () => {
    const text =
      '调整成立由书记、市长任双组长的数字青岛建设领导小组，组织召开数字青岛建设推进会，将数字化转型工作提升为事关城市发展的基础性、战略性、全局性工程。';
    expect(projects(text)).toEqual([]);
  });
});
