import { buildGraph } from '../../../../src/ingest';
import { judgedAt, passage } from '../judged-values';

// The goals a short measures document writes before its first heading are its own: quoted from Shandong's
// measures to promote the digital economy by reform and innovation (关于深化改革创新促进数字经济高质量发展的若干措施),
// in simplified script. Before, every sentence above the first heading was skipped as framing.

const text = [
  '关于深化改革创新促进数字经济高质量发展的若干措施',
  '为深入贯彻习近平总书记关于数字经济重要论述，全面落实省第十二次党代会精神和“十大创新”工作部署，积极融入数字经济新时代，促进数字经济高质量发展，制定如下措施。',
  '总的要求是，坚持以习近平新时代中国特色社会主义思想为指导，锚定“走在前、开新局”，着力深化改革创新，推动数字经济做强做优做大，力争经过5年努力，全省数字经济增加值增长55%以上、达到5.5万亿元，数字经济核心产业增加值占GDP比重实现翻番，打造全国数字产业创新发展集聚区、产业数字化转型示范区、数字经济高质量发展新高地。',
  '一、建立数字设施支撑能力提升机制',
  '1.实施“网络能力”提升行动。统筹5G网络建设布局，加快建设高质量、大规模独立组网5G网络，新开通5G基站15万个以上，总数达到30万个以上。',
].join('\n');

describe('goals in the text that frames a document', () => {
  const g = buildGraph([passage('shandong-digital-measures', text)]);

  it('are read as its targets', () => {
    expect(judgedAt(g, 55).map((j) => j.kind)).toEqual(['TARGET']);
    expect(judgedAt(g, 5500000000000).map((j) => j.kind)).toEqual(['TARGET']);
  });
});

// An opinion opening on its horizon before its first heading (到2025年，…；培育…300家以上): the goals of the whole
// paragraph are its targets. After 宁波市人民政府关于加快推进数字经济高质量发展的若干意见 (2023), wording as recalled in
// session 19's fresh-text audit, figures partly invented. Before, the paragraph was skipped as framing.
const opinion = [
  '宁波市人民政府关于加快推进数字经济高质量发展的若干意见',
  '到2025年，全市数字经济核心产业增加值年均增长10%以上，规模突破2500亿元；培育数字经济领域“专精特新”企业300家以上。',
  '一、支持数字产业化发展。对年营业收入首次突破10亿元的软件企业，给予最高100万元奖励。',
  '宁波市人民政府',
  '2023年4月10日',
].join('\n');

describe('goals a framing paragraph opens with its horizon', () => {
  const g = buildGraph([passage('ningbo-digital-opinion', opinion)]);

  it('are read as its targets, every sentence of the paragraph', () => {
    expect(judgedAt(g, 10)).toEqual([{ kind: 'TARGET', period: '2023-2025' }]);
    expect(judgedAt(g, 250000000000)).toEqual([{ kind: 'TARGET', period: '2025' }]);
    expect(judgedAt(g, 300)).toEqual([{ kind: 'TARGET', period: '2025' }]);
  });
});
