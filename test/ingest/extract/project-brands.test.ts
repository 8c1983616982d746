import { buildGraph } from '../../../src/ingest';
import { record } from '../../fixtures/genre/records';

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
