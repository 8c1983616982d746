import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// The Digital China report (test/fixtures/corpus 052) counts the ministries that acted together: who acted, not a
// quantity; what they did (78个…基地) is the value.

const values = valuesWithUnit;

describe('bodies counted as they act together', () => {
  it('reads the bases chosen, not the 13 departments choosing them', () => {
    const text = [
      '数字中国发展报告（2022年）',
      '（五）数字素养',
      '中央网信办等13个部门联合评选认定78个全民数字素养和技能培训基地，打造协同一体、各具特色、服务群众的全民数字素养与技能培训体系。',
    ].join('\n');
    expect(values(buildGraph([doc('052-passage', text, '2023-05-23')]))).toEqual(['78 个']);
  });
});
