import { buildGraph } from '../../../../../src/ingest';
import { judgedAt, passage } from '../../judged-values';

// Results counted over part of a year where the sentence writes none: a release titled by the months
// (2023年1—10月份全国固定资产投资增长2.9%: 国家统计局, 2023-11-15, opening paragraphs as recalled), a paragraph opening on
// them (1—10月，…。全市固定资产投资…: a city statistics bureau's monthly release in its usual form, figures invented),
// and a half-year summary's goals for the whole year (下半年，…力争全年…). Before, the release's later paragraphs and
// sentences were dated by the day it was issued (2023-11), and the year's goals by the second half.

const nbs = [
  '2023年1—10月份全国固定资产投资增长2.9%',
  '发布时间：2023-11-15',
  '1—10月份，全国固定资产投资（不含农户）419409亿元，同比增长2.9%；其中，民间固定资产投资210311亿元，同比下降0.5%。',
  '分产业看，第一产业投资7757亿元，同比下降0.7%；第二产业投资135035亿元，增长9.0%；第三产业投资276617亿元，下降0.5%。',
].join('\n');

const city = [
  '全市经济运行情况',
  '（2023年11月20日 市统计局）',
  '1—10月，全市规模以上工业增加值同比增长6.5%。全市固定资产投资同比增长8.9%，其中，工业投资增长21.4%。',
].join('\n');

const half = [
  '某区2023年上半年工作总结和下半年工作打算',
  '一、上半年工作情况',
  '上半年，全区实现地区生产总值356.2亿元，同比增长6.8%。',
  '二、下半年工作打算',
  '下半年，我们将紧紧围绕全年目标任务，力争全年地区生产总值增长7%以上，固定资产投资增长10%以上。',
].join('\n');

describe('a release titled by the months it counts', () => {
  const g = buildGraph([passage('nbs-fai-2023-10', nbs)]);

  it('dates its later paragraphs’ results by them, not by its issue date', () => {
    expect(judgedAt(g, 775700000000)).toEqual([{ kind: 'ACTUAL', period: '2023-10' }]);
    expect(judgedAt(g, 27661700000000)).toEqual([{ kind: 'ACTUAL', period: '2023-10' }]);
  });
});

describe('a paragraph opening on the months it counts', () => {
  it('dates its later sentences by them', () => {
    const g = buildGraph([passage('city-stats-2023-10', city)]);
    expect(judgedAt(g, 8.9)).toEqual([{ kind: 'ACTUAL', period: '2023-10' }]);
    expect(judgedAt(g, 21.4)).toEqual([{ kind: 'ACTUAL', period: '2023-10' }]);
  });
});

describe('a goal for the whole year in the second half’s section', () => {
  it('is due at the year’s end', () => {
    const g = buildGraph([passage('district-h1-2023', half)]);
    expect(judgedAt(g, 7)).toEqual([{ kind: 'TARGET', period: '2023' }]);
    expect(judgedAt(g, 10)).toEqual([{ kind: 'TARGET', period: '2023' }]);
  });
});

// Hong Kong and Macao write the months and quarters from January as 首十個月 and 首三季: 澳門特別行政區政府二〇二四年
// 財政年度施政報告 (賀一誠, 2023-11-14), in traditional script as delivered, wording as recalled. Before, both were dated
// by the year alone.
const macao = [
  '澳門特別行政區政府二〇二四年財政年度施政報告',
  '二〇二三年十一月十四日',
  '一、二〇二三年施政工作回顧',
  '今年首三季，本地生產總值按年實質上升81.8%。首十個月入境旅客約2,277萬人次。',
].join('\n');

describe('the first quarters and months as Hong Kong and Macao write them', () => {
  it('are read as 前三季度 and 前十个月 are', () => {
    const g = buildGraph([passage('macao-policy-2024', macao)]);
    expect(judgedAt(g, 81.8)).toEqual([{ kind: 'ACTUAL', period: '2023-09' }]);
    expect(judgedAt(g, 22770000)).toEqual([{ kind: 'ACTUAL', period: '2023-10' }]);
  });
});
