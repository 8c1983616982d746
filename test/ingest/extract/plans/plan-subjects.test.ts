import { namesRead } from '../names-read';

// Plans opening their clause without a cue verb before them (src/ingest/extract/plans/named-plans.ts →
// subject): before what they reached, or inside a frame that makes them the guide or base of what
// follows, on the State Council's work reports of 2014 and 2016 (test/fixtures/corpus 001, 003).

const planNames = (text: string) => namesRead('Plan', text);

describe('a plan opening its clause', () => {
  it('reads a plan before the people it reached (001)', () => {
    expect(planNames('启动教育扶贫工程，实施农村义务教育薄弱学校改造计划，学生营养改善计划惠及3200万孩子。')).toContain('学生营养改善计划');
  });

  it('reads a plan framed as the guide or the base of what follows (001, 003)', () => {
    expect(planNames('决不能一边高楼林立，一边棚户连片。以国家新型城镇化规划为指导，做好相关规划的统筹衔接。')).toContain(
      '国家新型城镇化规划',
    );
    expect(planNames('新农村建设取得新成效。以区域发展总体战略为基础，以“三大战略”为引领，形成沿海沿江沿线经济带。')).toContain(
      '区域发展总体战略',
    );
  });
});
