import { buildGraph } from '../../../../../src/ingest';
import { judgedAt, passage } from '../../judged-values';

// A date a sentence opens on (截至2023年底，…) holds for each of its ；-items, and 到年底 with no year written is the
// end of the year the text speaks in. Wording as recalled from MIIT's monthly release of October 2023 and its
// 2023 work conference (session 19's fresh-text set), figures as recalled. Before, the ；-item after the 截至 clause
// was dated by the release's month and the year-end goal spread over the plan's span to 2025.

const release = [
  '工业和信息化部发布通信业运行数据',
  '2023年10月20日',
  '',
  '截至9月末，全国移动电话基站总数达1129万个，其中5G基站为318.9万个，占移动基站总数的28.1%；全国光缆线路总长度达6345万公里。',
  '',
].join('\n');

const conference = [
  '全国工业和信息化工作会议召开',
  '',
  '2023年1月9日，全国工业和信息化工作会议在北京召开。会议提出，适度超前建设5G、算力等基础设施，全年新建5G基站60万个，力争到年底5G基站总数超过290万个，到2025年每万人拥有5G基站数达到26个。',
  '',
].join('\n');

describe('a date opening a sentence of ；-items', () => {
  const g = buildGraph([passage('miit-2023-09', release)]);

  it('dates the items after the first by it', () => {
    expect(judgedAt(g, 3189000)).toEqual([{ kind: 'ACTUAL', period: '2023-09' }]);
    expect(judgedAt(g, 63450000)).toEqual([{ kind: 'ACTUAL', period: '2023-09' }]);
  });
});

describe('到年底 with no year written', () => {
  const g = buildGraph([passage('miit-2023-conference', conference)]);

  it('is the end of the year the text speaks in', () => {
    expect(judgedAt(g, 2900000)).toEqual([{ kind: 'TARGET', period: '2023' }]);
    expect(judgedAt(g, 26)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });
});
