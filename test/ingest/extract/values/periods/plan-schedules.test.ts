import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Qingdao's 2020 opinion on AI education (corpus 030, outside the gold): a background section that
// tells what the city has done, and a task whose schedule writes one year per part of its sentence
// (2020年，…；2021年，…；2022年，…).

const OPINION = [
  '青岛市关于推进人工智能教育的实施意见',
  '　　一、实施背景',
  '　　2017年国家发布《国务院关于印发新一代人工智能发展规划的通知》，将人工智能提升为国家战略。2019年山东省政府印发《关于大力推进“现代优势产业集群＋人工智能”的指导意见》，推进全省人工智能发展。青岛市随即发起“高端制造业＋人工智能”攻势，支撑人工智能赋能百业。市教育局以青岛入选山东省人工智能教育试点城市为契机，高端引领，整体布局，遴选崂山区、城阳区、西海岸新区、胶州市为人工智能教育试点区，选培青岛一中等100余所人工智能教育试点学校，构建了“1＋4＋100N”试点体系。建设人工智能教育超算中心、学习平台、实验室，搭建基础支撑环境，完成教师培训与试点学校课程开设工作，成功创建教育部“人工智能课程教学及应用研究实践共同体”。',
  '　　二、总体要求',
  '　　（六）人工智能技能人才培养工程',
  '　　2020年，支持职业院校与行业、企业合作，在中职院校建设人工智能专业；2021年，成立人工智能教育产教融合联盟，建设人工智能实习实训基地；2022年，全市职业院校人工智能领域技术技能人才培养总规模达到5000人以上，承接或举办国内人工智能创新创业大赛和职业技能竞赛。',
].join('\n');

describe('a plan’s background and its schedules', () => {
  const g = buildGraph([doc('030-passage', OPINION, '2020-08-12')]);

  it('reads what a 实施背景 section tells as done, as of the document', () => {
    expect(at(g, 100)).toEqual([{ kind: 'ACTUAL', period: '2020' }]);
  });

  it('dates a target by the year that opens its part of a schedule, not by the document’s year', () => {
    expect(at(g, 5000)).toEqual([{ kind: 'TARGET', period: '2022' }]);
  });
});
