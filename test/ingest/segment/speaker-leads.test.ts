import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A news paragraph that opens on who spoke leads with what was said: quoted from Xinhua's report of the 2024
// government work report (session 19's fresh-text set), under a headline that names no goal. Before, the speaker's
// frame (…作政府工作报告时表示) was taken for the lead, so only the first goal after 主要预期目标是： was read as a
// target and the rest as results; the frame of the next paragraph (回顾去年工作时说) still leads it as a look back.

const report = [
  '李強作政府工作報告',
  '',
  '新華社北京3月5日電 國務院總理李強5日在十四屆全國人大二次會議上作政府工作報告時表示，今年發展主要預期目標是：國內生產總值增長5%左右；城鎮新增就業1200萬人以上，城鎮調查失業率5.5%左右；居民消費價格漲幅3%左右；糧食產量1.3萬億斤以上。',
  '李強回顧去年工作時說，國內生產總值超過126萬億元，增長5.2%，增速居世界主要經濟體前列。城鎮新增就業1244萬人，年末城鎮調查失業率5.1%。',
  '',
].join('\n');

describe('a speaker’s frame before a lead', () => {
  const g = buildGraph([passage('xinhua-gwr-2024-plain', report, '2024-03-05')]);

  it('reads every goal of the list after it as a target', () => {
    for (const v of [12000000, 5.5, 3, 1300000000000]) expect(judgedAt(g, v).map((j) => j.kind)).toEqual(['TARGET']);
  });

  it('keeps a frame that looks back (回顾去年工作时说) leading results', () => {
    for (const v of [126000000000000, 12440000, 5.1]) expect(judgedAt(g, v).map((j) => j.kind)).toEqual(['ACTUAL']);
  });
});
