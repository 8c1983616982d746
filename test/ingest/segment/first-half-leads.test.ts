import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A heading or lead naming the first half (2023年上半年…执行情况, 今年上半年以来) reports that half, and a lead
// saying how the goals were met (（一）主要目标完成情况) reports, as a heading saying so does. Quoted from
// 昆明市官渡区人民政府关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告
// (http://www.kmgd.gov.cn/c/2023-10-25/6719680.shtml) and from 三门峡日报, 2025-08-04
// (https://szb.ismx.cn/smxrb/html/2025-08/04/content_845511.htm); the 去年上半年 lead from tune 001 (2014).

const guandu = [
  '昆明市官渡区人民政府关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告',
  '——2023年8月31日在区第十七届人大常委会第十五次会议上',
  '一、2023年上半年国民经济和社会发展计划执行情况',
  '(一)主要目标完成情况',
  '2023年上半年,全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点;规模以上工业增加值同比增长10.1%,高于目标2.1个百分点;一般公共预算收入完成21.91亿元,同比增长1.3%,塌目标18.7个百分点。',
  '',
].join('\n');

const hubin = [
  '本报讯 今年上半年以来,湖滨区各级各部门深入贯彻落实省、市、区经济工作会议各项决策部署,强力补短板、强弱项、促提升,各项主要指标呈现稳中有进、稳中向好的发展态势,继续稳居全市第一梯队。该区地区生产总值同比增长6.8%,高于全市0.5个百分点,增速位居全市第2位。分产业看,第一产业增加值增长2.5%,第二产业增加值增长4.4%,第三产业增加值增长8.1%,全面完成上半年“双过半”任务。',
  '',
].join('\n');

const lastYearsHalf = [
  '去年上半年，出口大幅波动，经济持续下行，中央财政收入一度出现多年少有的负增长，银行间同业拆放利率一度异常升高，国际上出现中国经济可能“硬着陆”的声音。',
  '在保持总量政策稳定的同时，积极盘活存量、用好增量。优化财政支出，整合压缩专项转移支付。中央党政机关和事业单位一般性支出压减5%，各地也压减一般性支出。',
  '',
].join('\n');

describe('the first half named by a heading or lead', () => {
  it('reads a half-year report’s figures under 主要目标完成情况 as the half’s results', () => {
    const g = buildGraph([passage('guandu-2023h1', guandu)]);
    expect(judgedAt(g, 80600000000)).toEqual([{ kind: 'ACTUAL', period: '2023H1' }]);
    expect(judgedAt(g, 2191000000)).toEqual([{ kind: 'ACTUAL', period: '2023H1' }]);
  });

  it('reads the growth after a 今年上半年以来 lead as the half’s', () => {
    const g = buildGraph([passage('hubin-2025h1', hubin, '2025-08-04')]);
    expect(judgedAt(g, 2.5)).toEqual([{ kind: 'ACTUAL', period: '2025H1' }]);
  });

  it('keeps 去年上半年 the year before, its results the year’s', () => {
    const g = buildGraph([passage('gwr-2014', lastYearsHalf, '2014-03-05')]);
    expect(judgedAt(g, -5)).toEqual([{ kind: 'ACTUAL', period: '2013' }]);
  });
});
