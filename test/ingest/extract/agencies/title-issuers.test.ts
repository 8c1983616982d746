import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Issue #11: the bodies heading a cited title (《中共中央关于…》) issue the plan it names, and do not act in the
// sentence that cites it. Texts quoted from tune documents of the corpus (number in the test's name).

const doc = (id: string, ...lines: string[]) => buildGraph([record(id, lines.join('\n'))]);

/** `body: role → plan` for every RESPONSIBLE_FOR leaving a body. */
function links(graph: Graph): string[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.relationships
    .filter((r) => r.type === 'RESPONSIBLE_FOR')
    .map((r) => `${byId.get(r.from)!.name}: ${String(r.properties.role)} → ${byId.get(r.to)!.name}`);
}

describe('the bodies heading a cited title', () => {
  it('issue it, each of a heading of two bodies, and a notice naming another plan (060)', () => {
    const g = doc(
      'titled-060',
      '关于深入推进智慧社区建设的意见',
      '为充分运用现代信息技术，不断提升城乡社区治理服务智慧化、智能化水平，根据《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》、《国务院办公厅关于印发〈“十四五”城乡社区服务体系建设规划〉的通知》等文件要求，现就推进智慧社区建设提出如下意见：',
    );
    const l = links(g);
    expect(l).toEqual(
      expect.arrayContaining([
        '中共中央: issues → 中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见',
        '国务院: issues → 中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见',
      ]),
    );
    expect(l.some((x) => x.startsWith('国务院办公厅: issues → 国务院办公厅关于印发'))).toBe(true);
  });

  it('issue it across a wrapped line, and carry nothing out in the sentence citing it (007)', () => {
    const g = doc(
      'titled-007',
      '政府工作报告',
      '二、“十四五”时期主要目标任务和重大举措',
      '“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。根据《',
      '中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议',
      '》，国务院编制了《',
      '国民经济和社会发展第十四个五年规划和2035年远景目标纲要（草案）',
      '》。',
    );
    const l = links(g).filter((x) => x.startsWith('中共中央:'));
    expect(l.length).toBeGreaterThan(0);
    expect(l.every((x) => x.startsWith('中共中央: issues → 中共中央关于制定'))).toBe(true);
  });
});
