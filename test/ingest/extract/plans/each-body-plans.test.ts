import { namesRead } from '../names-read';

// 各 right before a five-year period (各自“十四五”规划, 各区“十四五”规划) names every body's plan of that period, a kind
// of plan, not one (src/ingest/extract/plans/named-plans.ts). A city's own period plan written bare is still its
// plan. Fresh official wording, recalled from 成都市“十四五”数字经济发展实施方案's closing section (2021; the
// passage abridged).

const plans = (text: string) => namesRead('Plan', text);

describe('a five-year plan of each body', () => {
  it('reads no plan in 结合各自“十四五”规划', () => {
    const text = '成都市“十四五”数字经济发展实施方案\n各区（市）县要按照本方案要求，结合各自“十四五”规划，制定具体落实举措。';
    expect(plans(text)).not.toContain('“十四五”规划');
  });

  it('still reads the city’s own period plan written bare', () => {
    const text = '成都市“十四五”数字经济发展实施方案\n各区（市）县要按照本方案要求，落实“十四五”规划，制定具体落实举措。';
    expect(plans(text)).toContain('“十四五”规划');
  });
});

// Session 22, on whole documents outside the corpus: 工业和信息化部 中央网信办关于加快推动区块链技术应用和产业发展的指导意见
// (2021, recalled from the published text); the second sentence is invented in part, in the wording of a province's
// 若干政策措施 closing its text.
describe('plans each locality or the drafters draw up for themselves', () => {
  it('reads no plan a text asks localities to draw up (鼓励地方制定…规划和行动计划)', () => {
    expect(plans('（三）引导地方加快探索。鼓励地方制定区块链产业发展规划和行动计划，推进区块链与地方特色产业融合发展。')).toEqual([]);
  });

  it('reads no plan in a bare division of the tasks (制定任务分工方案), only in a titled one', () => {
    expect(plans('各地、各有关部门要按照职责分工，细化工作举措。省发展改革委要会同有关部门制定任务分工方案，加强跟踪督导。')).toEqual([]);
  });
});
