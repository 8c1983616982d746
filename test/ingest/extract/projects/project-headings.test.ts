import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Tasks laid out as projects, each heading a 工程 with no verb before it: Qingdao's 2020 opinion on AI
// education (test/fixtures/corpus 030), 三、主要任务 then （一）…工程 to （八）…工程. A lone heading ending in
// 工程 among headings of another kind stays a heading.

const names = (g: Graph) => g.nodes.filter((n) => n.label === 'EngineeringProject').map((n) => n.name);
const read = (text: string) => buildGraph([record('excerpt', text)]);

describe('sibling headings that name projects', () => {
  it('reads each of two or more sibling 工程 headings as a project', () => {
    const g = read(
      [
        '为加快推进人工智能与教育相互赋能、深度融合发展，推进青岛市人工智能教育快速发展，制定本意见。',
        '三、主要任务',
        '（一）人工智能教育课程普及工程',
        '1.制定课程纲要。组建人工智能教育课程团队，制定《青岛市中小学人工智能教育课程纲要》。',
        '（二）人工智能教育基础建设工程',
        '1.超算中心扩容。全市统筹规划，区市分布实施。',
        '（五）学生人工智能素养培育工程',
        '1.建立素养评估体系。建立人工智能素养评估指标模型。',
      ].join('\n'),
    );
    expect(names(g).sort()).toEqual(['人工智能教育基础建设工程', '人工智能教育课程普及工程', '学生人工智能素养培育工程'].sort());
  });

  it('reads no project from a single heading ending in 工程 among other headings', () => {
    const g = read(
      [
        '为推进青岛市人工智能教育快速发展，制定本意见。',
        '三、主要任务',
        '（一）完善基础环境',
        '1.超算中心扩容。全市统筹规划。',
        '（二）人才培养工程',
        '1.开展专项培训。建立培训机制。',
      ].join('\n'),
    );
    expect(names(g)).toEqual([]);
  });
});
