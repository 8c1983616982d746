import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Policies named by the rule they fix, as the State Council's work reports write them (test/fixtures/corpus 001, 003,
// 005, 007, 009).

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');
const names = (text: string) => plans(text).map((n) => n.name);

describe('policies named by the rule they fix', () => {
  it('reads the land-contract policy less its cue verb, with the name also written without 的 (005)', () => {
    const text = '全面深化农村改革。落实第二轮土地承包到期后再延长30年的政策。探索宅基地所有权、资格权、使用权分置改革。';
    const policy = plans(text).find((p) => p.name === '第二轮土地承包到期后再延长30年的政策');
    expect(policy?.aliases).toContain('第二轮土地承包到期后再延长30年政策');
  });

  it('leaves out the words saying whose policy it is (009: 国家关于…)', () => {
    const text = '推进乡村建设行动。国家关于土地承包期再延长30年的政策，务必通过细致工作扎实落实到位。';
    expect(names(text)).toContain('土地承包期再延长30年的政策');
  });

  it('reads the two-child rule as one policy, its 的 inside the name (001)', () => {
    const text = '坚持计划生育基本国策不动摇，落实一方是独生子女的夫妇可生育两个孩子政策。为了人民的身心健康和家庭幸福。';
    expect(names(text)).toEqual(['一方是独生子女的夫妇可生育两个孩子政策']);
  });

  it('reads no policy supporting a rule, nor one named by its rate (003, 007)', () => {
    const text =
      '构建和谐医患关系。完善一对夫妇可生育两个孩子的配套政策。为了人民健康。\n推进大众创业万众创新。延续执行企业研发费用加计扣除75%政策，将制造业企业加计扣除比例提高到100%。';
    expect(names(text)).toEqual([]);
  });
});
