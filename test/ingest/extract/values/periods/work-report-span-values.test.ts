import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Values under the 2023 State Council work report's look back over five years (test/fixtures/corpus
// 009), quoted: a count with 十年 right before it is the ten years' (2013–2022); a level reached
// (压缩到目前的平均4个工作日以内) is as of the span's last year, however the level is introduced; a
// list of programmes carried out names them, no plan for the figure after it; a saving over the
// span (降低…超过4000亿元) and works set up (设置13个) are the span's.

const REPORT_2023 = [
  '政府工作报告',
  '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
  '一、过去一年和五年工作回顾',
  '五年来，我们深入贯彻以习近平同志为核心的党中央决策部署，主要做了以下工作。',
  '持续推进以人为核心的新型城镇化。我国仍处于城镇化进程中，每年有上千万农村人口转移到城镇。完善城市特别是县城功能，增强综合承载能力。分类放宽或取消城镇落户限制，十年1.4亿农村人口在城镇落户。',
  '改革商事制度，推行“证照分离”改革，企业开办时间从一个月以上压缩到目前的平均4个工作日以内。',
  '深入实施“强基计划”和基础学科拔尖人才培养计划，建设288个基础学科拔尖学生培养基地，接续实施国家“双一流”建设。',
  '推行药品和医用耗材集中带量采购，降低费用负担超过4000亿元。设置13个国家医学中心，布局建设76个国家区域医疗中心。',
].join('\n');

describe('values under a work report’s look back over five years', () => {
  const g = buildGraph([doc('gwr-2023', REPORT_2023, '2023-03-05')]);

  it('reads a count right after 十年 as the ten years’ sum', () => {
    expect(at(g, 140000000)).toEqual([{ kind: 'ACTUAL', period: '2013-2022' }]);
  });

  it('reads the level a span reached as of its last year, past 目前的 and 平均', () => {
    expect(at(g, 4)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('reads the figure after a list of programmes carried out as the span’s result', () => {
    expect(at(g, 288)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
  });

  it('reads a saving over the span as its sum, though 超过 ends the clause', () => {
    // 降低费用负担超过4000亿元: a decline written 降低, negative (indicator-declines.test.ts).
    expect(at(g, -400000000000)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
  });

  it('reads works set up (设置) as the span’s', () => {
    expect(at(g, 13)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
  });
});
