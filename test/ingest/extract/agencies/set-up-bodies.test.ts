import { namesRead } from '../names-read';

// Bodies a text sets up act in it, named from the setting-up verb to a body's head word, quoted from
// the zero-waste city pilot notice (074), the sports events opinion (078), Hailar's 2017 work report
// (017) and the Shandong 14th five-year education plan (031).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('bodies a text sets up', () => {
  it('reads a group set up with no name before its head (成立领导小组)', () => {
    const text = '把试点工作列为政府年度重点工作任务，作为深化城市管理体制改革的重要内容，成立领导小组，健全工作机制，明确部门职责。';
    expect(agencies(text, '074')).toContain('领导小组');
  });

  it('reads the first of two bodies set up together (组建协调小组和专家委员会)', () => {
    const text = '（一）加强组织领导。生态环境部会同有关部门组建协调小组和专家委员会，建立工作协调机制。';
    expect(agencies(text, '074')).toContain('协调小组');
  });

  it('reads a council after what it is like (建立具有独立法人资格的职业联赛理事会)', () => {
    const text =
      '鼓励网球、自行车、拳击、赛车等有条件的运动项目举办职业赛事，建立具有独立法人资格的职业联赛理事会，合理构建职业联赛分级制度。';
    expect(agencies(text, '078')).toContain('职业联赛理事会');
  });

  it('reads a squad set up in a review (成立了胜利街道执法大队)', () => {
    const text = '城市管理综合执法体制改革试点工作达到先行先试效果,成立了胜利街道执法大队,四级网格化管理成效显著。';
    expect(agencies(text, '017')).toContain('胜利街道执法大队');
  });

  it('reads no body from a count of teams or from a system to build', () => {
    const text = [
      '推进“三个课堂”建设应用，组建200个在线教育扶智团队，实现在线同步课堂和同步教研。',
      '建立健全民办学校理事会（董事会）、监事会制度，规范理事会（董事会）、监事会成员结构。',
    ].join('');
    expect(agencies(text, '031')).toEqual([]);
  });
});
