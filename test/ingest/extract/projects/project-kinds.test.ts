import { namesRead } from '../names-read';

// What names a 工程 and what only says what kind of works: sentences quoted from the State Council's
// work reports (005, 007) and the Hailar district work reports (018, 019).

const projects = (text: string) => namesRead('EngineeringProject', text, 'report');

describe('a bare kind of works after 的', () => {
  it('is named by what it is done to (018)', () => {
    expect(projects('继续推进河西重要区域和关键节点的亮化工程。')).toEqual(['河西重要区域和关键节点的亮化工程']);
  });

  it('leaves a rank after 的 naming nothing, and a name of its own after 的 alone (007)', () => {
    expect(projects('实施促进区域协调发展的重大工程。')).toEqual([]);
    expect(projects('实施形式多样的文化惠民工程。')).toEqual(['文化惠民工程']);
  });
});

describe('fields summed up by a rank', () => {
  it('name no works (007), while works summed up by a rank stay one name (005)', () => {
    expect(projects('实施一批交通、能源、水利等重大工程项目，建设信息网络等新型基础设施。')).toEqual([]);
    expect(projects('推进工业强基、智能制造、绿色制造等重大工程，先进制造业加快发展。')).toEqual([
      '工业强基、智能制造、绿色制造等重大工程',
    ]);
  });
});

describe('a 工程 that qualifies a quoted term', () => {
  it('is not read there (019)', () => {
    expect(projects('继续实施农村饮水安全巩固提升工程，建立落实农村饮水安全工程“三项制度”“三个责任”。')).toEqual([
      '农村饮水安全巩固提升工程',
    ]);
  });
});
