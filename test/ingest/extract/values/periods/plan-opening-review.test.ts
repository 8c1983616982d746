import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// A one-year plan (工作要点) may open, before its first heading, on how the year before went (2022年，全省数字政府建设
// 取得积极成效，…): those figures are that year's results, read as a report's opening is, while the plan's own framing
// (为…，制定本工作要点) gives none. Composed in the shape of a provincial 工作要点 (title and framing as such texts write
// them; figures invented).
const POINTS = [
  '2023年江苏省数字政府建设工作要点',
  '2023年是全面贯彻落实党的二十大精神的开局之年。为深入推进数字政府建设，制定本工作要点。',
  '2022年，全省数字政府建设取得积极成效，“苏服办”总门户注册用户突破8000万，政务服务事项网上可办率达到96%。',
  '一、总体目标',
  '2023年，省级政务服务事项全程网办率达到85%以上。',
].join('\n');

describe('a plan opening on the year before', () => {
  const g = buildGraph([doc('jiangsu-egov-points-2023', POINTS)]);

  it('reads the opening look back as that year’s results', () => {
    expect(at(g, 96)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(at(g, 80_000_000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('leaves the goals as they were', () => {
    expect(at(g, 85)).toEqual([{ kind: 'TARGET', period: '2023' }]);
  });
});

// A five-year review's 新改扩建学校62所 is what the five years built (扩建 does as 新建), not a level at their end.
// Composed in the shape of a district work report of January 2022 (figures invented).
const REVIEW = [
  '政府工作报告',
  '——2022年1月6日在鄞州区第十九届人民代表大会第一次会议上',
  '一、过去五年工作回顾',
  '五年来，我们坚持以人民为中心，民生福祉不断增进。累计新增城镇就业25.6万人。新改扩建学校62所，新增学位5.4万个。',
].join('\n');

describe('works extended over a five-year review', () => {
  it('are the span’s sum', () => {
    const g = buildGraph([doc('yinzhou-gwr-2022', REVIEW)]);
    expect(at(g, 62)).toEqual([{ kind: 'ACTUAL', period: '2017-2021' }]);
    expect(at(g, 54_000)).toEqual([{ kind: 'ACTUAL', period: '2017-2021' }]);
  });
});
