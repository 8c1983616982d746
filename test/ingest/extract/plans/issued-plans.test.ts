import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A notice issuing a plan (…关于印发X的通知) names X, and the notice's 印发 is no cue for a plan named
// “X的通知”; a span of years a title carries (（2019-2022年）) is part of its name written without 《》 as
// with them, so the two forms are one plan. The plan is the one 029 (test/fixtures/corpus, Qingdao's AI
// pilot-zone plan) cites, 落实《青岛市超高清视频产业发展行动计划（2019-2022年）》; the notice issuing it is
// written here in the form such notices take, as no tune text carries one with a place in its name.

const notice = [
  '青岛市人民政府办公厅关于印发青岛市超高清视频产业发展行动计划（2019-2022年）的通知',
  '各区、市人民政府，市政府各部门，市直各单位：',
  '现将《青岛市超高清视频产业发展行动计划（2019-2022年）》印发给你们，请认真贯彻执行。',
].join('\n\n');

const plansIn = (text: string) =>
  buildGraph([record('notice', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('a plan a notice issues', () => {
  const plans = () => plansIn(notice);

  it('is one plan, its span of years in its name', () => {
    expect(plans()).toEqual(['青岛市超高清视频产业发展行动计划(2019-2022年)']);
  });

  it('names no plan “…的通知”, with or without the span', () => {
    const unspanned = notice.replaceAll('（2019-2022年）', '');
    expect(plansIn(unspanned)).toEqual(['青岛市超高清视频产业发展行动计划']);
  });
});
