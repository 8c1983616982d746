import { buildGraph } from '../../../../../src/ingest';
import { judgedAt as at, passage as doc } from '../../judged-values';

// Clauses of a five-year review, quoted from Hailar district's 2016 work report (test/fixtures/corpus
// 016, its “十二五” review): what each figure's clause says about when it holds — a change from a
// year's level to a later one, a change since a base year, a multiple of another period or of a
// year, the total of works just counted, a list going on past a comma, what was spent on the works
// that follow, a running total reached — and a decline written 精简.

const HAILAR_2016 = [
  '政 府 工 作 报 告',
  ' ——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上',
  '各位代表：',
  '现在，我代表海拉尔区人民政府向大会作工作报告，并请区政协委员和列席会议的同志提出意见。',
  '一、“十二五”时期和2015年工作回顾',
  '——综合实力显著增强。五年来，我们以培育新的经济增长点、孕育新的发展动力，做大经济总量为重点，不断优化经济结构。“十二五”期间，累积完成全社会固定资产投资615亿元，是“十一五”时期的2.7倍。2015年城镇常住居民人均可支配收入完成30788元，比2010年增加13480元，年均递增12.2%。',
  '旅游业持续发展。开通了海拉尔至乌兰巴托、赤塔、韩国、台湾、香港等国际及地区航线10条，国内外航线累计达到60条。',
  '——城市面貌发生巨变。新建、改造胜利大街、哈萨尔大街、伊敏河沿河路贯通工程等城市主干道路80条，总里程达到61.4公里，人均道路面积达到18.99平方米，比2010年提高86%。城市管理全面加强，城区道路保洁总面积达到555万平方米，是2010年的1.3倍。',
  '——生态环境明显改善。重点实施了黑土地综合治理、矿山生态修复、三北防护林、退耕还林、重点区域绿化等重点工程，森林覆盖率由2010年的21.6%提高到25.2%。',
  '——改革开放不断深入。深入推进行政审批制度改革，削减审批事项62项，精简30.5%。',
  '——民生事业扎实推进。五年连续增加企业退休人员养老金，月人均养老金由2010年的1264元增加到2011元。五年累计发放城乡低保金9823万元、贫困大学生救助金307万元、低收入高龄老人生活补助623万元，城乡特困群体大病医疗救助金476万元、低收入群体生活得到有效保障。投资3.06亿元实施了供水、供热、污水、雨水等管网改造。',
].join('\n');

// The State Council's 2023 report (test/fixtures/corpus 009): a clause with its own verb after a five-year sum.
const REPORT_2023 = [
  '政府工作报告',
  '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
  '一、过去一年和五年工作回顾',
  '五年来，我们深入贯彻以习近平同志为核心的党中央决策部署，主要做了以下工作。',
  '合理把握赤字规模，五年总体赤字率控制在3%以内，政府负债率控制在50%左右。',
].join('\n');

describe('clauses of a five-year review (Hailar’s 2016 report)', () => {
  const g = buildGraph([doc('hailar-2016', HAILAR_2016)]);

  it('reads the level a change from 2010 reached as of 2015, not 2010, and keeps the start at 2010', () => {
    expect(at(g, 1264)).toEqual([{ kind: 'ACTUAL', period: '2010' }]);
    expect(at(g, 2011)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
    expect(at(g, 21.6)).toEqual([{ kind: 'ACTUAL', period: '2010' }]);
    expect(at(g, 25.2)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });

  it('names the level a change reached after the measure written before the start year', () => {
    const names = g.relationships
      .filter((r) => r.type === 'MEASURED' && r.properties.value === 25.2)
      .map((r) => g.nodes.find((n) => n.id === r.to)?.name);
    expect(names).toEqual(['森林覆盖率']);
  });

  it('reads a change since a base year, after a level of a written year, over the years between', () => {
    expect(at(g, 13480)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
    expect(at(g, 30788)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });

  it('reads a multiple of another period as the span’s, and a multiple of a year’s level as the last year’s', () => {
    expect(at(g, 2.7)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
    expect(at(g, 1.3)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });

  it('reads the total length of the roads just counted as the span’s, a level per head as of its end', () => {
    expect(at(g, 80)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
    expect(at(g, 61.4)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
    expect(at(g, 18.99)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
    expect(at(g, 5550000)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
  });

  it('reads a list of amounts paid over five years as the span’s past the comma that ends its first clause', () => {
    expect(at(g, 6230000)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
    expect(at(g, 4760000)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });

  it('reads what was spent on the works its clause then names as the span’s', () => {
    expect(at(g, 306000000)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });

  it('reads a running total that reached a figure (累计达到) as the level at the span’s end', () => {
    expect(at(g, 60)).toEqual([{ kind: 'ACTUAL', period: '2015' }]);
    expect(at(g, 10)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });

  it('reads a share cut (精简30.5%) as a decline, and the items cut before it (削减审批事项62项)', () => {
    expect(at(g, -30.5)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
    expect(at(g, -62)).toEqual([{ kind: 'ACTUAL', period: '2011-2015' }]);
  });
});

describe('a clause with its own verb after a five-year sum (the 2023 State Council report)', () => {
  const g = buildGraph([doc('gwr-2023', REPORT_2023, '2023-03-05')]);

  it('keeps a level held (控制在50%左右) as of the last year, the sum before it over the five years', () => {
    expect(at(g, 3)).toEqual([{ kind: 'ACTUAL', period: '2018-2022' }]);
    expect(at(g, 50)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });
});
