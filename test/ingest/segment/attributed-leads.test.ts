import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A news item on a work report attributes each paragraph to its speaker (黄强在报告中说，过去一年，… / 报告提出，2024年…
// 主要预期目标是：…): the lead is the clause after the attribution, however long the speaker's name, and a year opening
// it does not use up the lead's length. A summary's paragraph opening on the year after the one it sums up (2024年，我们
// 将…) commits that year's work. After 四川日报's report of 2024-01-23 on the province's work report, wording and
// figures as recalled in session 19's fresh-text audit; the summary is a city's 2023年工作总结 in its usual form, its
// figures invented. Before, the results after 在报告中说 were dated by the news item's month, the next year's
// projects (今年将实施…) were read as results, and the summary's 2024 goals as results of 2023.

const news = [
  '四川省十四届人大二次会议开幕 黄强作政府工作报告',
  '2024年1月23日 来源：四川日报',
  '1月23日上午，四川省第十四届人民代表大会第二次会议在成都开幕。省长黄强作政府工作报告。',
  '黄强在报告中说，过去一年，全省经济持续回升向好，地区生产总值增长6%，地方一般公共预算收入增长10.9%。全年新增城镇就业106.1万人，粮食产量达到718.8亿斤。',
  '报告提出，2024年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业85万人以上。',
  '黄强表示，今年将实施重大基础设施项目1000个以上。',
].join('\n');

const summary = [
  '某市2023年工作总结',
  '（2024年1月）',
  '2023年，全市经济社会发展呈现稳中有进的良好态势。主要做了以下工作：',
  '一是产业发展提质增效。规模以上工业增加值增长8.2%，新增规上工业企业156家。',
  '二是项目建设持续发力。全年实施省市重点项目238个，完成投资1126亿元。',
  '2024年，我们将着力抓好以下工作：一是推动工业经济提质扩量，力争规上工业增加值增长8%以上；二是抓好项目建设，全年实施重点项目250个以上。',
].join('\n');

describe('a lead after its speaker', () => {
  const g = buildGraph([passage('sichuan-news-2024', news)]);

  it('dates the year reviewed after 在报告中说，过去一年 in every sentence of its paragraph', () => {
    expect(judgedAt(g, 1061000)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
    expect(judgedAt(g, 71880000000)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });

  it('reads 报告提出，2024年…主要预期目标是 as the year’s targets', () => {
    expect(judgedAt(g, 850000)).toEqual([{ kind: 'TARGET', period: '2024' }]);
  });

  it('reads 表示，今年将实施… as a commitment', () => {
    expect(judgedAt(g, 1000)).toEqual([{ kind: 'TARGET', period: '2024' }]);
  });
});

describe('a summary’s paragraph opening on the next year', () => {
  const g = buildGraph([passage('city-summary-2023', summary)]);

  it('commits that year’s work, after the list of the year summed up', () => {
    expect(judgedAt(g, 250)).toEqual([{ kind: 'TARGET', period: '2024' }]);
    expect(judgedAt(g, 238)).toEqual([{ kind: 'ACTUAL', period: '2023' }]);
  });
});
