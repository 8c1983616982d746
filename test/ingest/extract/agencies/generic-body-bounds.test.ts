import { namesRead } from '../names-read';

// A generic body bound by a prohibition is still the actor of its clause: the General Office's opinion on
// sports events (test/fixtures/corpus 078) writes 相关部门不得要求赛事主办方提交体育部门的审批材料. The body
// it names as the owner of the papers (体育部门的审批材料) stays an object.

const agencies = (text: string) => namesRead('Agency', text);

describe('a generic body written before 不得', () => {
  it('acts in its clause', () => {
    expect(agencies('对与举办体育赛事相关联的审批事项，相关部门不得要求赛事主办方提交体育部门的审批材料。')).toContain('相关部门');
  });

  it('is not read where it only owns what is named', () => {
    expect(agencies('相关部门的审批材料应当齐全。')).not.toContain('相关部门');
  });
});
