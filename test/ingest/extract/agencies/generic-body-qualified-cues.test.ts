import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// 推动 makes the bodies after it act when they open with a qualifier, as Shandong's opinion on industry clusters and AI
// (2019, test/fixtures/corpus 022) writes them; a bare kind after it (推动机关…, the 2022 digital-government opinion, 054)
// names a part of government being changed, not a body that acts.

const agencies = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Agency')
    .map((n) => n.name);

describe('bodies after 推动', () => {
  it('reads 各部门 of 推动各级、各部门协同配合', () => {
    expect(agencies('加强对重大问题、重大政策和重点项目的协调和督导，推动各级、各部门协同配合、任务落实。')).toContain('各部门');
  });

  it('reads no body from 推动机关内部服务事项线上集成', () => {
    expect(agencies('提升公文办理、机关事务管理等方面共性办公应用水平，推动机关内部服务事项线上集成化办理。')).toEqual([]);
  });
});
