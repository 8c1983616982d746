import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesOf } from '../../judged-values';

// A count of the parts a text describes a structure by (5个层面, 两个层级, 5个方面) is no quantity: quoted from
// the Ministry of Transport's 2014 guide to the smart public transport demonstration project (test/fixtures/corpus
// 071) and the drug regulator's 2019 smart regulation plan (070), whose 20 standards to draw up stay a target.

const values = (text: string) => valuesOf(buildGraph([doc('passage', text, '2019-05-21')]));

describe('counts of the parts of a structure', () => {
  it('reads no value in a count of layers or tiers (071)', () => {
    expect(
      values(
        '技术方面应从物理安全、网络安全、主机安全、应用安全、数据安全5个层面完善相应的保护措施，应用系统安全认证或身份鉴别系统应有效对接。',
      ),
    ).toEqual([]);
    expect(values('基本建成包含交通运输主管部门和公共交通企业两个层级的城市公共交通数据资源体系，并确保各类数据的真实性。')).toEqual([]);
  });

  it('reads the standards counted after the aspects they cover, not the aspects (070)', () => {
    expect(values('重点开展电子证照、药品追溯、药品品种档案、医疗器械编码数据库和化妆品监管5个方面20个信息化标准的编制工作。')).toEqual([
      20,
    ]);
  });
});
