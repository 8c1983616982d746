import { namesRead } from '../names-read';

// Public works as a kind are no named project: the 无废城市 pilot plan (test/fixtures/corpus 074) writes
// 在政府投资公共工程中，优先使用以大宗工业固体废物等为原料的综合利用产品 — the works a government pays for, wherever
// they are. A 工程 that names its own subject keeps 公共 in its name (the Shandong education plan, 031:
// 实施高等学校公共安全保障提升工程).

const projects = (text: string) => namesRead('EngineeringProject', text);

describe('a kind of works written with 工程', () => {
  it('is no project where only who pays and that it is public are said', () => {
    expect(projects('在政府投资公共工程中，优先使用以大宗工业固体废物等为原料的综合利用产品，推广新型墙材等绿色建材应用。')).toEqual([]);
  });

  it('leaves a named project that holds 公共 whole', () => {
    expect(projects('实施高等学校公共安全保障提升工程，健全学校安全风险防控体系。')).toContain('高等学校公共安全保障提升工程');
  });
});
