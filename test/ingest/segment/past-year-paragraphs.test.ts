import { buildGraph } from '../../../src/ingest';
import { judgedAt as at, passage as doc } from '../extract/judged-values';

// A paragraph opening on a year already over when the document speaks reports that year, even under a heading that
// commits (一、总体要求): recalled from the 2020 work points of Zhejiang's digital government (wording approximate).

const POINTS = [
  '浙江省数字政府建设2020年工作要点',
  '浙江省人民政府办公厅',
  '2020年4月',
  '一、总体要求',
  '以习近平新时代中国特色社会主义思想为指导，以“最多跑一次”改革为牵引，全面推进政府数字化转型。',
  '2019年，全省数字政府建设取得积极成效。浙江政务服务网实名注册用户突破4000万。全省政务服务事项“一网通办”率达到80%，“掌上办”事项达到660项。',
  '到2020年底，全省政务服务事项“一网通办”率达到85%以上，“掌上办事”覆盖率达到80%以上。',
  '建成省级部门业务协同应用系统50个以上。',
].join('\n');

describe('a paragraph opening on a past year under a heading that commits', () => {
  const g = buildGraph([doc('zhejiang-points-2020', POINTS, '2020-04')]);

  it('reads its figures as that year’s results', () => {
    expect(at(g, 660)).toEqual([{ kind: 'ACTUAL', period: '2019' }]);
    expect(at(g, 40_000_000)).toEqual([{ kind: 'ACTUAL', period: '2019' }]);
  });

  it('leaves the section committing after that paragraph', () => {
    expect(at(g, 85)).toEqual([{ kind: 'TARGET', period: '2020' }]);
    expect(at(g, 50)).toEqual([{ kind: 'TARGET', period: '2020' }]);
  });
});
