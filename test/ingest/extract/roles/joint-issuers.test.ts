import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Bodies that issue a plan together: a list before 印发 and a signature line of several issuers. Each passage is the
// published wording as recalled from the document named (body, year, title); none is from the corpus.

/** The bodies given `role` toward any node in a passage built as a document of its own. */
const withRole = (text: string, role: string) => {
  const graph = buildGraph([record('fresh', text)]);
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.name;
  return [
    ...new Set(graph.relationships.filter((r) => r.type === 'RESPONSIBLE_FOR' && r.properties.role === role).map((r) => name(r.from))),
  ];
};

describe('bodies issuing a plan together', () => {
  it('gives every body of the list before 联合印发 the act, not the last alone', () => {
    // 工业和信息化部等十部门, 2021, news of 《5G应用“扬帆”行动计划（2021-2023年）》 (recalled wording)
    const news =
      '工信部等十部门印发《5G应用“扬帆”行动计划（2021-2023年）》\n　　近日，工信部、中央网信办、发改委、教育部、财政部、住建部、文旅部、卫健委、国资委、能源局等十部门联合印发《5G应用“扬帆”行动计划（2021-2023年）》。';
    expect(withRole(news, 'issues')).toEqual(
      expect.arrayContaining(['工业和信息化部', '中央网信办', '教育部', '财政部', '国资委', '能源局']),
    );
  });

  it('gives each body signed on one spaced line at the foot the act of issuing', () => {
    // 国家数据局等17部门, 2023, 关于印发《“数据要素×”三年行动计划（2024—2026年）》的通知 (recalled wording, signature shortened)
    const notice = [
      '国家数据局等部门关于印发《“数据要素×”三年行动计划（2024—2026年）》的通知',
      '　　现将《“数据要素×”三年行动计划（2024—2026年）》印发给你们，请结合实际，认真抓好贯彻落实。',
      '国家数据局　中央网信办　科技部　工业和信息化部　交通运输部',
      '2023年12月31日',
    ].join('\n');
    expect(withRole(notice, 'issues')).toEqual(
      expect.arrayContaining(['国家数据局', '中央网信办', '科技部', '工业和信息化部', '交通运输部']),
    );
  });
});
