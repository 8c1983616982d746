import { buildGraph } from '../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../judged-values';

// Counts that name what a task works around (围绕37条产业链和40个产业集群), and money bounding which
// clusters are meant (收入过200亿元的软件产业集群), are not values; the targets beside them are
// (Jinan's 2021 digital pioneer city plan, Shandong's 2023 manufacturing innovation plan).

const JINAN = [
  '加快数字化高质量发展打造数字先锋城市推进方案',
  '二、主要任务',
  '（2）打造国内一流的软件产业集群。到2023年，培育5个以上收入过200亿元的软件产业集群，建成10个以上省级特色软件产业园区（集聚区）。',
  '（8）推动重点行业数字化转型。围绕37条产业链和40个产业集群，支持链主企业制定数字化转型路线图、案例集和工具箱。到2023年，形成不少于100个行业数字化转型优秀案例。',
].join('\n');

const SHANDONG = [
  '（五）产业链协同创新能力提升行动',
  '推动创新链、产业链、资金链、人才链深度融合，加强跨部门对接合作，围绕11条标志性产业链，充分发挥山东省产学研协同创新联盟作用，建立与省内外高等院校和科研院所常态化联系机制。推动标志性产业链企业走进高校科研院所、专家教授团队走进省优势产业集群或链主企业，每年组织开展6场左右精准产学研对接和新技术新产品推介活动。',
].join('\n');

describe('numbers that set a task’s scope or pick its objects', () => {
  const jinan = buildGraph([doc('jinan-pioneer', JINAN, '2021-09-15')]);
  const shandong = buildGraph([doc('shandong-mfg', SHANDONG, '2023-04-29')]);

  it('skips the chains and clusters a task works around, and keeps the target after them', () => {
    expect(at(jinan, 37)).toEqual([]);
    expect(at(jinan, 40)).toEqual([]);
    expect(at(jinan, 100)).toEqual([{ kind: 'TARGET', period: '2023' }]);
    expect(at(shandong, 11)).toEqual([]);
    expect(at(shandong, 6)).toHaveLength(1);
  });

  it('skips the revenue that picks the clusters, and keeps how many are to be grown', () => {
    expect(at(jinan, 20000000000)).toEqual([]);
    expect(at(jinan, 5)).toEqual([{ kind: 'TARGET', period: '2023' }]);
    expect(at(jinan, 10)).toEqual([{ kind: 'TARGET', period: '2023' }]);
  });
});
