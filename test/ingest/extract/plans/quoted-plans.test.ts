import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Schemes named by the quotes before their head (a way of supervising, a system of rules, a policy), as the
// State Council's work reports of 2016, 2017 and 2019, the Shandong service plan of 2021 and the zero-waste
// city pilot plan write them (test/fixtures/corpus 003, 004, 006, 032, 074); the same heads after a field or a purpose name a kind, no plan.

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');
const named = (text: string) => plans(text).map((n) => [n.name, n.properties.kind]);

describe('a quoted name before 监管, 制度 or 政策', () => {
  it('reads the random-inspection supervision (003) and an approach to new business models (032)', () => {
    expect(named('创新事中事后监管方式，全面推行“双随机、一公开”监管，随机抽取检查对象，随机选派执法检查人员。')).toEqual([
      ['“双随机、一公开”监管', 'regulation'],
    ]);
    expect(plans('对服务业数字化新业态新模式，探索建立“包容审慎”监管、政府与平台协同、行业自律的治理机制。').map((n) => n.name)).toEqual([
      '“包容审慎”监管',
    ]);
  });

  it('reads a system of rules with the service it rates (006) and policies (074, 003) by their quoted names', () => {
    expect(named('建立政务服务“好差评”制度，服务绩效由企业和群众来评判。')).toEqual([['政务服务“好差评”制度', 'regulation']]);
    expect(named('以磷石膏等为重点，探索实施“以用定产”政策，实现固体废物产消平衡。')).toEqual([['“以用定产”政策', 'measures']]);
    expect(plans('深化户籍制度改革，放宽城镇落户条件，建立健全“人地钱”挂钩政策。').map((n) => n.name)).toEqual(['“人地钱”挂钩政策']);
  });

  it('reads none where the quotes name the field that measures serve (004)', () => {
    expect(plans('全面实施战略性新兴产业发展规划，落实和完善“双创”政策措施。').map((n) => n.name)).not.toContain('“双创”政策');
  });

  it('reads none for a policy named only by its purpose (006)', () => {
    expect(plans('实施就业优先政策。')).toEqual([]);
  });
});

describe('quoted events a list closes with 活动', () => {
  it('reads no plan for school promotions (075), as for one promotion alone', () => {
    expect(
      plans('深入开展“大国工匠进校园”、“劳模进校园”、“优秀职校生校园分享”等活动，宣传展示大国工匠、能工巧匠和高素质劳动者的事迹和形象。'),
    ).toEqual([]);
  });
});

describe('a quoted comprehensive reform', () => {
  it('reads the reform a pilot tries (075)', () => {
    expect(plans('推进职业教育领域“三全育人”综合改革试点工作，使各类课程与思想政治理论课同向同行。').map((n) => n.name)).toEqual([
      expect.stringContaining('“三全育人”综合改革'),
    ]);
  });
});

describe('a quoted reform with the act it changes before 改革', () => {
  it('reads the land-rights reform (005) and the no-papers reform (038), each by its quoted name', () => {
    const reforms = plans(
      '推进农村承包地“三权”分置改革、确权面积超过80%。在青岛市选取了一批高频、简单事项开展“零材料”办理改革，以此提升效能。',
    );
    expect(reforms.map((p) => [p.name, ...(p.aliases ?? [])])).toEqual([
      ['农村承包地“三权”分置改革', '“三权”分置改革'],
      ['“零材料”办理改革'],
    ]);
  });

  it('reads none where the quotes name a matter a list of reforms sums up (seed 003)', () => {
    expect(plans('加快“民生保障(民政、人社、医保)一件事”等重点改革事项建设应用，鼓励利用大数据。')).toEqual([]);
  });
});

// Session 22: a strategy named by a quoted list of its aims, in a city's three-year AI plan outside the corpus (成都市人工智能
// 产业高质量发展三年行动计划（2024—2026年）, its preamble; the wording is invented in part).
describe('a quoted list of aims before 发展战略', () => {
  it('reads the whole quoted list with its head as one strategy', () => {
    const text =
      '全面落实《新一代人工智能发展规划》和省委“四化同步、城乡融合、五区共兴”发展战略，加快建设国家新一代人工智能创新发展试验区。';
    expect(
      buildGraph([record('passage', text)])
        .nodes.filter((n) => n.label === 'Plan')
        .map((n) => n.name),
    ).toContain('“四化同步、城乡融合、五区共兴”发展战略');
  });
});
