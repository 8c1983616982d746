import { namesRead } from '../names-read';

// Papers a text commits to draw up, written with the drafting verbs and heads government texts use
// (seeds/lexicon/plans.json → named.cues, named.heads): 制订 and 起草 as 制定, 实施意见 and 若干措施 as
// 指导意见. The tune texts write these papers with 制定 (003 制定划转部分国有资本充实社保基金办法); the
// sentence is quoted, then written with the other verbs. A paper named by nothing but its kind stays
// unread (077 结合实际制定实施意见).

const planNames = (text: string) => namesRead('Plan', text);
const report003 = '各地要切实负起责任，确保养老金按时足额发放。制定划转部分国有资本充实社保基金办法。开展养老服务业综合改革试点。';

describe('a paper the text commits to draw up', () => {
  it('reads it after 制定 (003)', () => {
    expect(planNames(report003)).toContain('划转部分国有资本充实社保基金办法');
  });

  it.each(['制订', '起草'])('reads it after %s', (verb) => {
    expect(planNames(report003.replace('制定', verb))).toContain('划转部分国有资本充实社保基金办法');
  });

  it.each(['实施意见', '若干措施'])('reads a titled paper ending in %s', (head) => {
    expect(planNames(`出台关于促进内蒙古经济社会又好又快发展的${head}，推动发展。`)).toContain(
      `关于促进内蒙古经济社会又好又快发展的${head}`,
    );
  });

  it('reads no plan in a paper named only by its kind (077)', () => {
    expect(planNames('纳入本地区经济社会发展规划和议事日程，结合实际制定实施意见。')).toEqual([]);
  });

  it('reads no plan in an enforcement operation named by its field (031)', () => {
    expect(planNames('建立教育违法事项通报制度和重点督办制度，开展重点领域执法专项行动，探索建立教育督导和')).not.toContain(
      '重点领域执法专项行动',
    );
  });
});
