import { buildGraph } from '../../../../../src/ingest';
import { loadLexicon } from '../../../../../src/ingest/lexicon';
import { segment } from '../../../../../src/ingest/segment';
import { Period } from '../../../../../src/model';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A plan's target with no year of its own is due over the plan's years, not at the first horizon
// the document happens to write: Jinan's 2021 science measures (in force to 2025) and the national
// smart elderly-care plan (2021-2025), whose printed page numbers sit between paragraphs.

const MEASURES = [
  '关于加快“科创济南”建设全面提升科技创新能力的若干政策措施',
  '一、全力争创综合性国家科学中心',
  '（二）构建大科学装置群。加强设施建设运行统筹布局，规划建设空间集聚、方向关联、功能支撑的重大科技基础设施集群，提升基础研究能力。围绕信息、生命、材料、空天科技等领域谋划建设2-3个重大科技基础设施，采取“一事一议”方式予以支持。（责任单位：市科技局、市发展改革委）',
  '（十七）培育技术经纪人队伍。依托技术转移人才培养基地，培育一批通业务、精技术、懂市场、善经营、会管理、能创业的技术经纪人队伍。到2025年，新培育技术经纪人1000人。（责任单位：市科技局）',
  '本政策措施自印发之日起施行，有效期至2025年12月31日。',
].join('\n');

const ELDERLY_CARE = [
  '智慧健康养老产业发展行动计划',
  '（2021-2025 年）',
  '智慧健康养老产业是以智能产品和信息系统平台为载',
  '体，面向人民群众的健康及养老服务需求，深度融合应用物',
  '联网、大数据、云计算、人工智能等新一代信息技术的新兴',
  '产业形态。为进一步促进智慧健康养老产业发展，制定本计划。',
  '一、总体要求',
  '（三）发展愿景',
  '到 2025 年，智慧健康养老产业科技支撑能力显著增强，',
  '产品及服务供给能力明显提升，试点示范建设成效日益凸显。',
  '3',
  '——试点示范建设成效日益凸显。持续推进试点示范建',
  '设，拓展试点示范类型。在现有试点示范的基础上，面向不',
  '少于 10 个应用场景，再培育 100 个以上示范企业，50 个以上',
  '示范园区。',
].join('\n');

// Shandong's 2024 AI action plan: no years in its title, its goals due 到2027年.
const AI_PLAN = [
  '山东省科技创新引领人工智能产业发展行动计划',
  '为充分发挥科技创新对人工智能产业发展的引领支撑作用，加快培育新质生产力，特制定本行动计划。',
  '一、主要目标',
  '力争到2027年，全省算力算法数据有效支撑，创新体系不断完善。培育20家人工智能领军企业；建成100家重大科技创新平台。',
  '二、重点任务',
  '1.强化前沿基础研究和技术预见。聚焦多模态智能、生成式智能、类脑智能、具身智能、群体智能等前沿基础理论，每年布局150项以上基础研究项目。',
].join('\n');

// Shandong's 2019 opinion on industry clusters and AI (test/fixtures/corpus 022): goals in two stages, 争取到2022年 then
// 到2025年, each opening its paragraph; its actions' counts name no year.
const STAGED = [
  '  一、总体要求',
  '  争取到2022年，全省初步建成人工智能产业生态链，部分关键技术达到国内领先水平，培育形成一批拳头产品、特色创新型企业和标志性产业集群。',
  '  到2025年，全省人工智能产业发展水平进入全国先进行列，部分技术达到国际先进水平。',
  '  三、专项行动',
  '  1.完善产业互联网平台体系。重点打造1家以上产业互联网综合服务平台，培育10家以上跨行业跨领域产业互联网平台，建设100家以上面向特定行业、特定区域、特定应用场景的产业互联网平台。',
].join('\n');

describe('the years a policy runs', () => {
  it('counts 有效期3年 from the policy’s date (Jinan’s AI pilot zone policies, 2020: its title and closing line)', () => {
    const text = ['济南国家新一代人工智能创新发展试验区建设若干政策', '本政策自发布之日起施行，有效期3年。'].join('\n');
    expect(segment(doc('028-passage', text, '2020-06-01'), loadLexicon()).time.span).toEqual(Period.span(2020, 2022));
  });
});

describe('periods of a plan’s targets', () => {
  it('reads a plan with no years in its title as running from its year to the horizon it sets', () => {
    const g = buildGraph([doc('ai-plan', AI_PLAN, '2024-12-20')]);
    expect(at(g, 20)).toEqual([{ kind: 'TARGET', period: '2027' }]);
    expect(at(g, 150)).toEqual([{ kind: 'TARGET', period: '2024-2027' }]);
  });

  it('gives a target without a year of its own the plan’s years, and one after 到2025年 that year', () => {
    const g = buildGraph([doc('measures', MEASURES, '2021-08-20')]);
    expect(at(g, 2)).toEqual([{ kind: 'TARGET', period: '2021-2025' }]);
    expect(at(g, 1000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });

  it('runs a plan whose goals are written in stages (争取到2022年…, 到2025年…) to its last stage', () => {
    const g = buildGraph([doc('staged', STAGED, '2019-05-17')]);
    expect(at(g, 10)).toEqual([{ kind: 'TARGET', period: '2019-2025' }]);
    expect(at(g, 100)).toEqual([{ kind: 'TARGET', period: '2019-2025' }]);
  });

  it('does not take a printed page number for a heading that cuts the goals off their horizon', () => {
    const g = buildGraph([doc('elderly-care', ELDERLY_CARE, '2021-10-20')]);
    expect(at(g, 100)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(at(g, 10)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });
});
