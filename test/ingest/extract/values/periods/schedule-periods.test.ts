import { buildGraph } from '../../../../../src/ingest';
import { loadLexicon } from '../../../../../src/ingest/lexicon';
import { segment } from '../../../../../src/ingest/segment';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Qingdao's 2020 opinion on AI education (test/fixtures/corpus 030) lays each task out as a yearly
// schedule (2020年，…；2021年，…；2022年，…) and writes no 到20XX年: the year heading an item dates the
// figure inside it, the schedule's last year ends the opinion's span, and its 实施背景 reports the
// pilot as it stands.

const OPINION = [
  '为贯彻落实国家、省、市关于推动人工智能教育发展部署，推进青岛市人工智能教育快速发展，制定本意见。',
  '　　一、实施背景',
  '　　市教育局以青岛入选山东省人工智能教育试点城市为契机，高端引领，整体布局，遴选崂山区、城阳区、西海岸新区、胶州市为人工智能教育试点区，选培青岛一中等100余所人工智能教育试点学校，构建了“1＋4＋100N”试点体系。',
  '　　三、主要任务',
  '　　（一）人工智能教育课程普及工程',
  '　　2.明确课程定位。将人工智能教育课程作为青岛市特色课程，面向全市中小学开设。统筹规划课程实施，小学一至三年级开设人工智能启蒙课程，采取视频授课模式，每月一课时；其他年级（初、高中毕业年级除外）采取常规授课模式，每月至少两课时。（基教处、装备信息中心、教科院、各区市）',
  '　　（六）人工智能技能人才培养工程',
  '　　2020年，支持职业院校与行业、企业合作，在中职院校建设人工智能专业；2021年，成立人工智能教育产教融合联盟，建设人工智能实习实训基地；2022年，全市职业院校人工智能领域技术技能人才培养总规模达到5000人以上，承接或举办国内人工智能创新创业大赛和职业技能竞赛。',
].join('\n');

describe('a plan laid out as a yearly schedule', () => {
  it('dates a target by the year heading its ；-item (2022年，…总规模达到5000人以上)', () => {
    const g = buildGraph([doc('030-passage', OPINION, '2020-08-12')]);
    expect(at(g, 5000)).toEqual([{ kind: 'TARGET', period: '2022' }]);
  });

  it('runs to the schedule’s last year when no 到20XX年 is written, and gives an undated target that span', () => {
    expect(segment(doc('030-passage', OPINION, '2020-08-12'), loadLexicon()).time.horizon).toBe(2022);
    const g = buildGraph([doc('030-passage', OPINION, '2020-08-12')]);
    expect(at(g, 1)).toEqual([{ kind: 'TARGET', period: '2020-2022' }]);
  });

  it('reads the pilot under 实施背景 as a result as of the document, not a commitment', () => {
    const g = buildGraph([doc('030-passage', OPINION, '2020-08-12')]);
    expect(at(g, 100)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
  });

  it('takes no schedule year that is past: a report’s 2021年，…；2022年，… stays without a horizon', () => {
    const text = ['一、工作回顾', '2021年，全市建成基站1000个；2022年，全市建成基站2000个。'].join('\n');
    expect(segment(doc('report', text, '2023-02-01'), loadLexicon()).time.horizon).toBeUndefined();
  });
});
