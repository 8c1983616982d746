import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A paragraph opening on a past year dates the later sentences (；-items) of the paragraph that write no date of
// their own. Quoted from the Hailar district's 2017 report (017), without the 2016年工作回顾 heading that dates
// the passage there, so the paragraph's own year is what dates it; the paragraph after it names no year.

const TEXT = [
  '海拉尔区政府工作报告',
  '2016年,地区生产总值完成303.6亿元,同比增长7.2%;一般公共财政预算收入完成17亿元,按可比口径增长13%;区本级固定资产投资完成100.6亿元,同比增长16.6%。各项主要经济指标总量和增速均位居全市前列。',
  '全区常住人口城镇化率达到82%。',
].join('\n');
const g = buildGraph([doc('017-passage', TEXT, '2017-02-11')]);

describe('a paragraph opening on a past year', () => {
  it('dates the later sentences of the paragraph by it', () => {
    expect(at(g, 1700000000)).toEqual([{ kind: 'ACTUAL', period: '2016' }]);
    expect(at(g, 16.6)).toEqual([{ kind: 'ACTUAL', period: '2016' }]);
  });

  it('leaves the next paragraph to its own date', () => {
    expect(at(g, 82)).toEqual([{ kind: 'ACTUAL', period: '2017-02' }]);
  });
});

// Qingdao's 2020 AI-education opinion (030) lays out its work as a yearly schedule, each ；-item headed by its year
// (2020年，…；2021年，…；2022年，…). Its 2022 item is quoted with its two clauses swapped and joined by ；, so the
// figure stands in a ；-item the year does not head itself: the schedule's year still dates it.
const SCHEDULE = [
  '青岛市关于推进中小学人工智能教育的指导意见',
  '（六）加强人工智能职业教育',
  '2020年，支持职业院校与行业、企业合作，在中职院校建设人工智能专业；2021年，成立人工智能教育产教融合联盟，建设人工智能实习实训基地；2022年，承接或举办国内人工智能创新创业大赛和职业技能竞赛；全市职业院校人工智能领域技术技能人才培养总规模达到5000人以上。',
  '到2025年，人工智能教育普及程度全国领先。',
].join('\n');

describe('a year not yet past heading a ；-item of a schedule', () => {
  const s = buildGraph([doc('030-passage', SCHEDULE, '2020-04-20')]);

  it('dates the commitment of the ；-item after it, not the plan’s later horizon', () => {
    expect(at(s, 5000)).toEqual([{ kind: 'TARGET', period: '2022' }]);
  });
});

// A news item on MIIT's figures for 2023 (published January 2024, its headline naming no year) opens a paragraph on
// the date its figures stand at, then goes on in a second sentence with no date of its own.
const AS_OF = [
  '工业和信息化部：我国5G基站总数达337.7万个',
  '截至2023年底，全国移动通信基站总数达1162万个，其中5G基站为337.7万个。千兆光网具备覆盖超过5亿户家庭的能力，10G PON端口数达2302万个。',
  '全国移动电话用户总数达17.27亿户。',
].join('\n');

describe('a paragraph opening on the date it stands at (截至2023年底，…)', () => {
  const s = buildGraph([doc('miit-2023-bulletin', AS_OF, '2024-01-24')]);

  it('dates the later sentences of the paragraph as of then', () => {
    expect(at(s, 3377000)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(at(s, 23020000)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });

  it('leaves a date not yet passed when the text speaks to be a deadline (截至2024年底 in January 2024)', () => {
    const plan = '截至2024年底，全市建成5G基站3万个。新建千兆光网端口2万个。';
    expect(at(buildGraph([doc('plan', '2024年工作要点\n' + plan, '2024-01-24')]), 20000)).not.toEqual([{ kind: 'ACTUAL', period: '2024' }]);
  });
});
