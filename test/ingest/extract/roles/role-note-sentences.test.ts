import { namesRead } from '../names-read';

// A role note's list ends where its sentence does: quoted from 数字威海建设2023年工作要点 (威海市人民政府办公室,
// 2023), whose first note adds a sentence for every task after it.

const task =
  '1.深化政务服务“网上办”。建设“24小时不打烊”网上办事大厅。（牵头单位：市行政审批服务局；责任单位：市直有关部门、单位，各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实，不再一一列出）';

describe('a role note with a sentence after its list', () => {
  const read = namesRead('Agency', `一、着力构建高效协同的数字政府\n${task}\n`, 'weihai-2023-points');

  it('reads the bodies of its labels', () => {
    expect(read).toEqual(expect.arrayContaining(['市行政审批服务局', '市直有关部门', '各区市政府', '开发区管委']));
  });

  it('reads no body from the sentence after the list', () => {
    expect(read).not.toContain('开发区管委落实');
    expect(read).not.toContain('不再一一列出');
  });

  it('reads no body from a kind that shares the item before it (市直有关部门、单位)', () => {
    expect(read).not.toContain('单位');
  });
});
