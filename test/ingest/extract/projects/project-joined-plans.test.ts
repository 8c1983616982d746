import { namesRead } from '../names-read';

// A plan joined by 和 before works is a plan of its own; the works are named after 和. 037
// (test/fixtures/corpus, Jinan's science measures) writes it with a 计划 (a title ending, read so
// already); a campaign (…行动) joined so is written here, as no tune text writes one before works.
// A work 杜绝-ed or named by its vanity (政绩工程) is no project (plans.json → projectNames), as 010's
// 面子工程、形象工程 are not.

const projects = (text: string) => namesRead('EngineeringProject', text);

describe('a plan joined to works by 和', () => {
  it('reads the works alone after 承接 (037)', () => {
    expect(projects('领域，积极承接大科学计划和大科学工程。鼓励企业')).toEqual(['大科学工程']);
  });

  it.each(['实施', '推进'])('reads the works alone after a campaign joined to them (%s)', (verb) => {
    expect(projects(`${verb}城市更新行动和老旧小区改造工程。`)).toEqual(['老旧小区改造工程']);
  });
});

describe('works named by their vanity', () => {
  it('reads none in 010 and none in 政绩工程 after 杜绝', () => {
    expect(projects('加强财会监督，严禁搞面子工程、形象工程，坚决制止铺张浪费。')).toEqual([]);
    expect(projects('加强财会监督，严禁搞面子工程、形象工程，坚决杜绝政绩工程。')).toEqual([]);
  });
});
