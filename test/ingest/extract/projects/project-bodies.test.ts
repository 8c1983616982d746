import { namesRead } from '../names-read';

// 工程 inside a body's name (…工程有限公司, …工程局, …工程大学) names the body's trade, not works
// (plans.json → projectNames.notFollowedBy). Shandong's intelligent-retrofit plan (test/fixtures/corpus 026)
// quoted with the enterprises it encourages named as bodies of that trade; no tune text names one.

const plan026 = '鼓励轻工装备制造企业开展工程总承包集成业务。';

describe('a body whose name holds 工程', () => {
  it.each(['中建八局第二建设工程有限公司', '中交第一航务工程局', '山东建筑工程大学', '北京工程公司'])('reads no project in %s', (body) => {
    expect(namesRead('EngineeringProject', plan026.replace('轻工装备制造企业', body))).toEqual([]);
  });

  it('still reads works a body carries out (026 frame)', () => {
    expect(namesRead('EngineeringProject', '鼓励中交第一航务工程局实施智能制造工程。')).toEqual(['智能制造工程']);
  });
});
