import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A count of projects written in quotes of its own (“十大工程”) is the brand a plan runs them
// under; unquoted, the count only counts them. Sentences quoted from corpus documents.

const projects = (id: string, text: string) =>
  buildGraph([record(id, text)])
    .nodes.filter((n) => n.label === 'EngineeringProject')
    .map((n) => n.name);

describe('a quoted count of 大工程', () => {
  it('names the set of projects (Shandong’s new-generation IT opinion)', () => {
    expect(projects('shandong-it', '以“链长制”为总抓手，以“十大工程”为主路径，坚持市场主导、创新引领、龙头带动、开放合作。')).toEqual([
      '十大工程',
    ]);
  });

  it('names it beside the projects it holds (the Hailar district’s 2019 report)', () => {
    const read = projects(
      'hailar-2019',
      '坚持教育优先发展战略，重点推进“三大工程”建设。实施“基础设施建设工程”，加快第三中学东山分校等项目的前期准备工作。',
    );
    expect(read).toEqual(expect.arrayContaining(['三大工程', '基础设施建设工程']));
  });

  it('names nothing where the count is not quoted (a count of works, 实施十大工程)', () => {
    expect(projects('count', '加快实施十大工程，塑造产业发展新优势。')).toEqual([]);
  });
});

describe('a name holding a note in brackets', () => {
  it('reads past a gloss (the Jinan digital pioneer city plan)', () => {
    expect(projects('jinan-2021', '开展BIM（建筑信息模型）集成应用试点工程，全面推广BIM住宅使用说明书。')).toEqual([
      'BIM(建筑信息模型)集成应用试点工程',
    ]);
  });

  it('reads past a phase (the Hailar district’s 2019 report)', () => {
    expect(
      projects(
        'hailar-2019',
        '华德牧业等机械装备制造企业科技创新能力持续增强，海拉尔大数据中心（一期）工程全部封顶，呼伦贝尔政务云中心投入使用。',
      ),
    ).toEqual(['海拉尔大数据中心(一期)工程']);
  });
});

describe('a list summed up by its count before a bare 工程', () => {
  it('names the works as one, not each item (the Hailar district’s 2017 report)', () => {
    expect(
      projects(
        'hailar-2017',
        '重点实施了棚户区改造、基础设施完善、景观提升、市容市貌整治和东山组团建设等5项工程。全年完成棚户区改造124.1万平方米。',
      ),
    ).toEqual(['棚户区改造、基础设施完善、景观提升、市容市貌整治和东山组团建设等5项工程']);
  });

  it('keeps the count as a value when it says more than the list (one of 5 named, the same report)', () => {
    const g = buildGraph([record('hailar-2017', '投资6349万元,重点实施了第五中学改扩建等5项工程,完成了教育信息化“三通两平台”建设。')]);
    const values = g.relationships.filter((r) => r.type === 'MEASURED' || r.type === 'SETS_TARGET').map((r) => r.properties.value);
    expect(values).toContain(5);
    const listed = buildGraph([
      record(
        'hailar-2017',
        '重点实施了棚户区改造、基础设施完善、景观提升、市容市貌整治和东山组团建设等5项工程。全年完成棚户区改造124.1万平方米。',
      ),
    ]);
    expect(listed.relationships.filter((r) => r.type === 'MEASURED').map((r) => r.properties.value)).not.toContain(5);
  });
});

describe('a year and a rank before 工程', () => {
  it('name no works (the Hailar district’s 2018 report)', () => {
    expect(projects('hailar-2018', '把十四冬主场馆建设作为2018年头号工程全力推进，抓住十四冬在我区举办的契机。')).toEqual([]);
  });
});
